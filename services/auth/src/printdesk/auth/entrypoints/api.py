"""HTTP routes of signing in and out (API.md, "auth"): login, logout, me, jwks."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from printdesk.auth.adapters.signing import jwks
from printdesk.auth.entrypoints.dependencies import ERRORS, NO_STORE, LiveStaff, as_api_error
from printdesk.auth.service_layer import handlers
from printdesk.auth.service_layer.errors import InvalidCredentials, TooManyAttempts
from printdesk.contracts.api import LoginRequest, LoginResponse, Me
from printdesk.kit.auth import SESSION_COOKIE
from printdesk.kit.errors import ApiError
from printdesk.kit.responses import no_store_json

log = logging.getLogger(__name__)

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])


def _client(request: Request) -> str | None:
    # The gateway's X-Forwarded-For is trusted by uvicorn (from 127.0.0.1 only), so this is the browser's address.
    return request.client.host[:64] if request.client else None


def _attempt_log(workstation: str | None, client: str | None) -> dict[str, str | None]:
    """Log fields of a refused sign-in. A name that is no account is not logged as typed: it may be a
    password typed into the wrong box."""
    return {"workstation": workstation or "(unknown workstation)", "client": client}


@router.post(
    "/login",
    response_model=LoginResponse,
    responses={400: ERRORS, 401: ERRORS, 413: ERRORS, 422: ERRORS, 429: ERRORS},
    summary="Sign a workstation in: a token in the body and in the session cookie",
)
async def login(body: LoginRequest, request: Request, response: Response) -> LoginResponse:
    """Five failures for one workstation name (or twenty from one address) in 15 minutes pause sign-ins
    with a 429 and `Retry-After`, even with the right password, until the window passes."""
    runtime = request.app.state.runtime
    settings = runtime.settings
    client = _client(request)
    try:
        signed = await handlers.login(
            handlers.Login(body.workstation, body.password, settings.token_ttl, client=client),
            runtime.uow(), request.app.state.hasher,
        )
    except TooManyAttempts as exc:
        log.warning("sign-in throttled", extra={**_attempt_log(exc.workstation, client),
                                                "retry_after": exc.retry_after_seconds})
        raise as_api_error(exc) from exc
    except InvalidCredentials as exc:
        log.warning("sign-in refused",
                    extra={**_attempt_log(exc.workstation, client), "reason": exc.reason})
        raise ApiError(401, "invalid_credentials", exc.message, headers={"Cache-Control": NO_STORE}) from exc
    await request.app.state.keyring.trust(signed.key_id)
    response.set_cookie(
        SESSION_COOKIE, signed.access_token, max_age=int(settings.token_ttl.total_seconds()), path="/",
        secure=settings.cookie_secure, httponly=True, samesite="strict",
    )
    response.headers["Cache-Control"] = NO_STORE
    log.info(
        "workstation signed in",
        extra={"workstation": signed.workstation, "role": signed.role, "token_id": signed.token_id, "client": client},
    )
    return LoginResponse(
        workstation=signed.workstation, role=signed.role, expires_at=signed.expires_at,
        access_token=signed.access_token,
    )


@router.post("/logout", status_code=204, responses={401: ERRORS}, summary="Sign out: end this token everywhere")
async def logout(principal: LiveStaff, request: Request) -> Response:
    """Revokes the presented token (every service refuses it from now on) and clears the session cookie."""
    settings = request.app.state.runtime.settings
    await handlers.sign_out(
        handlers.SignOut(token_id=principal.token_id, workstation=principal.workstation,
                         expires_at=principal.expires_at),
        request.app.state.runtime.uow(),
    )
    # This replica knows at once; the others (and every other service) learn it from the AUTH stream.
    request.app.state.revocations.revoke_token(principal.token_id, principal.expires_at)
    response = Response(status_code=204)
    response.delete_cookie(SESSION_COOKIE, path="/", secure=settings.cookie_secure, httponly=True, samesite="strict")
    log.info("workstation signed out", extra={"workstation": principal.workstation, "token_id": principal.token_id})
    return response


@router.get("/me", response_model=Me, responses={401: ERRORS}, summary="The signed-in workstation and its role")
async def me(principal: LiveStaff) -> Response:
    body = Me(workstation=principal.workstation, role=principal.role, expires_at=principal.expires_at)
    return no_store_json(body)


@router.get("/jwks", summary="Public keys that verify workstation tokens")
async def public_keys(request: Request) -> Response:
    keys = await handlers.verification_keys(request.app.state.runtime.uow())
    return JSONResponse(jwks(keys), headers={"Cache-Control": "public, max-age=300"})
