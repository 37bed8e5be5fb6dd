"""HTTP routes of the auth service (API.md, "auth")."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from printdesk.auth.adapters.signing import jwks
from printdesk.auth.service_layer import handlers
from printdesk.auth.service_layer.errors import InvalidCredentials
from printdesk.contracts.api import ErrorBody, LoginRequest, LoginResponse, Me
from printdesk.kit.auth import SESSION_COOKIE, StaffPrincipal
from printdesk.kit.errors import ApiError

log = logging.getLogger(__name__)

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])

_ERRORS = {"model": ErrorBody}
_NO_STORE = "no-store"


def _client(request: Request) -> str | None:
    return request.client.host if request.client else None


@router.post(
    "/login",
    response_model=LoginResponse,
    responses={400: _ERRORS, 401: _ERRORS, 422: _ERRORS},
    summary="Sign a workstation in: a token in the body and in the session cookie",
)
async def login(body: LoginRequest, request: Request, response: Response) -> LoginResponse:
    runtime = request.app.state.runtime
    settings = runtime.settings
    try:
        signed = await handlers.login(
            handlers.Login(body.workstation, body.password, settings.token_ttl), runtime.uow(), request.app.state.hasher
        )
    except InvalidCredentials as exc:
        log.warning(
            "sign-in refused",
            extra={"workstation": body.workstation, "reason": exc.reason, "client": _client(request)},
        )
        raise ApiError(401, "invalid_credentials", exc.message, headers={"Cache-Control": _NO_STORE}) from exc
    await request.app.state.keyring.trust(signed.key_id)
    response.set_cookie(
        SESSION_COOKIE, signed.access_token, max_age=int(settings.token_ttl.total_seconds()), path="/",
        secure=settings.cookie_secure, httponly=True, samesite="strict",
    )
    response.headers["Cache-Control"] = _NO_STORE
    log.info(
        "workstation signed in",
        extra={"workstation": signed.workstation, "role": signed.role, "token_id": signed.token_id,
               "client": _client(request)},
    )
    return LoginResponse(
        workstation=signed.workstation, role=signed.role, expires_at=signed.expires_at,
        access_token=signed.access_token,
    )


@router.post("/logout", status_code=204, responses={401: _ERRORS}, summary="Sign this browser out")
async def logout(principal: StaffPrincipal, request: Request) -> Response:
    """Clears the session cookie, so this browser is signed out.

    The token itself stays valid until it expires (at most the token lifetime); a script or the handler
    holding it as a Bearer token should simply discard it.
    """
    settings = request.app.state.runtime.settings
    response = Response(status_code=204)
    response.delete_cookie(SESSION_COOKIE, path="/", secure=settings.cookie_secure, httponly=True, samesite="strict")
    log.info("workstation signed out", extra={"workstation": principal.workstation, "token_id": principal.token_id})
    return response


@router.get("/me", response_model=Me, responses={401: _ERRORS}, summary="The signed-in workstation and its role")
async def me(principal: StaffPrincipal) -> JSONResponse:
    body = Me(workstation=principal.workstation, role=principal.role, expires_at=principal.expires_at)
    return JSONResponse(body.model_dump(mode="json"), headers={"Cache-Control": _NO_STORE})


@router.get("/jwks", summary="Public keys that verify workstation tokens")
async def public_keys(request: Request) -> JSONResponse:
    keys = await handlers.verification_keys(request.app.state.runtime.uow())
    return JSONResponse(jwks(keys), headers={"Cache-Control": "public, max-age=300"})
