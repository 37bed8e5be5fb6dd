"""Verifying workstation tokens locally, with the auth service's public keys cached (EdDSA only).

Routes declare who may call them with the `StaffPrincipal` / `AdminPrincipal` dependencies. The token
comes from `Authorization: Bearer …` (scripts, the handler) or the httpOnly session cookie (the web app).
Both dependencies declare the two security schemes, so every protected operation carries `security` in
the service's OpenAPI; admin operations carry the role name `admin` in it (OpenAPI 3.1 lets non-OAuth
schemes list required roles). A token that was revoked (logout, password rotated, workstation disabled) is
refused from the verifier's `RevocationList`, which each service fills from the AUTH stream.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Literal

import httpx
import jwt
from fastapi import Depends, Request, Security
from fastapi.security import APIKeyCookie, HTTPAuthorizationCredentials, HTTPBearer

from printdesk.kit.errors import ApiError
from printdesk.kit.revocation import RevocationList

SESSION_COOKIE = "printdesk_session"
ISSUER = "printdesk-auth"
AUDIENCE = "printdesk"
ALGORITHM = "EdDSA"
ADMIN_ROLE = "admin"
BEARER_SCHEME = "workstationToken"
COOKIE_SCHEME = "sessionCookie"


@dataclass(frozen=True)
class Principal:
    workstation: str
    role: Literal["admin", "staff"]
    token_id: str
    expires_at: datetime
    issued_at: datetime | None = None

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


class InvalidToken(Exception):
    pass


class SessionEnded(InvalidToken):
    """A genuine token that was revoked: signed out, or its workstation's password or status changed."""


class KeysUnavailable(Exception):
    pass


class TokenVerifier:
    """Checks signature, algorithm, issuer, audience and expiry against keys from the JWKS URL, then revocation."""

    def __init__(self, jwks_url: str, *, cache_seconds: float = 300.0, refetch_floor_seconds: float = 5.0,
                 revocations: RevocationList | None = None) -> None:
        self._jwks_url = jwks_url
        self.revocations = revocations
        self._cache_seconds = cache_seconds
        self._refetch_floor = refetch_floor_seconds
        self._keys: dict[str, jwt.PyJWK] = {}
        self._fetched_at = 0.0
        self._lock = asyncio.Lock()

    @classmethod
    def static(cls, jwks: dict, *, revocations: RevocationList | None = None) -> TokenVerifier:
        """A verifier with fixed keys and no fetching (tests, and tools that hold the JWKS already)."""
        verifier = cls("static://", cache_seconds=float("inf"), refetch_floor_seconds=float("inf"),
                       revocations=revocations)
        verifier._keys = {k["kid"]: jwt.PyJWK(k, algorithm=ALGORITHM) for k in jwks["keys"]}
        verifier._fetched_at = time.monotonic()
        return verifier

    async def _refresh(self, *, force: bool) -> None:
        async with self._lock:
            age = time.monotonic() - self._fetched_at
            if (force and age < self._refetch_floor) or (not force and age < self._cache_seconds):
                return
            try:
                async with httpx.AsyncClient(timeout=3.0) as client:
                    response = await client.get(self._jwks_url)
                    response.raise_for_status()
                    keys = response.json()["keys"]
            except Exception as exc:
                if not self._keys:
                    raise KeysUnavailable(str(exc)) from exc
                return  # keep serving with the cached keys
            self._keys = {k["kid"]: jwt.PyJWK(k, algorithm=ALGORITHM) for k in keys if k.get("kid")}
            self._fetched_at = time.monotonic()

    async def verify(self, token: str) -> Principal:
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError as exc:
            raise InvalidToken("malformed token") from exc
        if header.get("alg") != ALGORITHM:
            raise InvalidToken("unexpected signing algorithm")
        kid = header.get("kid")
        if not isinstance(kid, str):
            raise InvalidToken("token signed by an unknown key")
        await self._refresh(force=False)
        if kid not in self._keys:
            await self._refresh(force=True)
        key = self._keys.get(kid)
        if key is None:
            raise InvalidToken("token signed by an unknown key")
        try:
            claims = jwt.decode(
                token, key.key, algorithms=[ALGORITHM], audience=AUDIENCE, issuer=ISSUER,
                options={"require": ["exp", "iat", "sub", "jti", "role"]},
            )
        except jwt.ExpiredSignatureError as exc:
            raise InvalidToken("token expired") from exc
        except jwt.PyJWTError as exc:
            raise InvalidToken("token rejected") from exc
        if claims["role"] not in ("admin", "staff"):
            raise InvalidToken("token has an unknown role")
        if not all(type(claims[name]) in (int, float) for name in ("iat", "exp")):
            raise InvalidToken("token has malformed times")
        principal = Principal(
            workstation=claims["sub"], role=claims["role"], token_id=claims["jti"],
            expires_at=datetime.fromtimestamp(claims["exp"], UTC),
            issued_at=datetime.fromtimestamp(claims["iat"], UTC),
        )
        if self.revocations is not None and is_revoked(self.revocations, principal):
            raise SessionEnded("session ended")
        return principal


def is_revoked(revocations: RevocationList, principal: Principal) -> bool:
    return revocations.is_revoked(
        token_id=principal.token_id, workstation=principal.workstation, issued_at=principal.issued_at
    )


def token_from_request(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    if header:
        scheme, _, value = header.partition(" ")
        return value.strip() if scheme.lower() == "bearer" and value.strip() else None
    return request.cookies.get(SESSION_COOKIE)


_UNAUTHORIZED_HEADERS = {"WWW-Authenticate": "Bearer"}

# Declared for OpenAPI only (auto_error off): `token_from_request` decides which credential counts.
_bearer = HTTPBearer(
    scheme_name=BEARER_SCHEME, bearerFormat="JWT", auto_error=False,
    description="A workstation token from POST /api/v1/auth/login (scripts, the protocol handler).",
)
_cookie = APIKeyCookie(
    name=SESSION_COOKIE, scheme_name=COOKIE_SCHEME, auto_error=False,
    description="The httpOnly session cookie POST /api/v1/auth/login sets (the web app).",
)


def _session_ended() -> ApiError:
    return ApiError(401, "session_ended", "Your session has ended; sign in again.", headers=_UNAUTHORIZED_HEADERS)


async def require_staff(
    request: Request,
    _bearer_credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    _cookie_credentials: Annotated[str | None, Depends(_cookie)],
) -> Principal:
    token = token_from_request(request)
    if not token:
        raise ApiError(401, "unauthorized", "Sign in at a workstation first.", headers=_UNAUTHORIZED_HEADERS)
    verifier: TokenVerifier = request.app.state.token_verifier
    try:
        principal = await verifier.verify(token)
    except SessionEnded as exc:
        raise _session_ended() from exc
    except InvalidToken as exc:
        raise ApiError(401, "unauthorized", f"Your session is not valid ({exc}); sign in again.",
                       headers=_UNAUTHORIZED_HEADERS) from exc
    except KeysUnavailable as exc:
        raise ApiError(503, "auth_unavailable", "Sign-in cannot be checked right now; try again shortly.") from exc
    # The app's own list too, whichever verifier is installed (the auth service swaps in its own keys).
    revocations: RevocationList | None = getattr(request.app.state, "revocations", None)
    if revocations is not None and revocations is not getattr(verifier, "revocations", None) \
            and is_revoked(revocations, principal):
        raise _session_ended()
    return principal


async def require_admin(principal: Annotated[Principal, Security(require_staff, scopes=[ADMIN_ROLE])]) -> Principal:
    if not principal.is_admin:
        raise ApiError(403, "forbidden", "This needs an admin workstation.")
    return principal


StaffPrincipal = Annotated[Principal, Depends(require_staff)]
AdminPrincipal = Annotated[Principal, Depends(require_admin)]
