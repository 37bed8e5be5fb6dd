"""The kit's token check: revoked tokens are refused with 401 "session ended", and protection shows in OpenAPI."""

from __future__ import annotations

import base64
import json
import uuid
from datetime import UTC, datetime, timedelta

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import APIRouter, FastAPI

from printdesk.kit.auth import (
    AdminPrincipal,
    InvalidToken,
    SessionEnded,
    StaffPrincipal,
    TokenVerifier,
)
from printdesk.kit.errors import install_error_handlers
from printdesk.kit.revocation import RevocationList

NOW = datetime.now(UTC)
CUT_OFF = NOW - timedelta(minutes=1)  # in the past: a token may not claim to be issued in the future


class Key:
    def __init__(self) -> None:
        self.private = Ed25519PrivateKey.generate()
        raw = self.private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        self.kid = "k" + uuid.uuid4().hex[:8]
        self.jwk = {"kty": "OKP", "crv": "Ed25519", "kid": self.kid, "alg": "EdDSA", "use": "sig",
                    "x": base64.urlsafe_b64encode(raw).rstrip(b"=").decode()}

    def token(self, *, workstation: str = "front-desk", role: str = "staff", jti: str | None = None,
              iat: datetime = NOW, ttl: timedelta = timedelta(hours=1), **extra: object) -> str:
        claims = {"iss": "printdesk-auth", "aud": "printdesk", "sub": workstation, "role": role,
                  "jti": jti or uuid.uuid4().hex, "iat": iat.timestamp(), "exp": int((iat + ttl).timestamp()),
                  **extra}
        return jwt.encode(claims, self.private, algorithm="EdDSA", headers={"kid": self.kid})


@pytest.fixture
def key() -> Key:
    return Key()


@pytest.fixture
def revocations() -> RevocationList:
    return RevocationList()


@pytest.fixture
def verifier(key: Key, revocations: RevocationList) -> TokenVerifier:
    return TokenVerifier.static({"keys": [key.jwk]}, revocations=revocations)


async def test_a_valid_token_gives_its_workstation_role_and_issue_time(key, verifier) -> None:
    principal = await verifier.verify(key.token(iat=NOW))
    assert (principal.workstation, principal.role) == ("front-desk", "staff")
    assert abs(principal.issued_at - NOW) < timedelta(microseconds=2)


async def test_a_token_revoked_by_id_has_ended(key, verifier, revocations) -> None:
    revocations.revoke_token("gone", NOW + timedelta(hours=1))
    with pytest.raises(SessionEnded):
        await verifier.verify(key.token(jti="gone"))
    await verifier.verify(key.token(jti="kept"))


async def test_a_workstation_cut_off_ends_older_tokens_and_spares_newer_ones(key, verifier, revocations) -> None:
    revocations.revoke_workstation("front-desk", CUT_OFF)
    with pytest.raises(SessionEnded):
        await verifier.verify(key.token(iat=CUT_OFF - timedelta(milliseconds=1)))
    await verifier.verify(key.token(iat=CUT_OFF + timedelta(milliseconds=1)))


def _b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


@pytest.mark.parametrize("kid", [["a list"], None, 7, {"a": 1}])
async def test_a_kid_that_is_not_a_string_is_refused_not_a_crash(key, verifier, kid) -> None:
    signed = key.token()
    _, payload, signature = signed.split(".")
    token = f"{_b64({'alg': 'EdDSA', 'kid': kid})}.{payload}.{signature}"
    with pytest.raises(InvalidToken):
        await verifier.verify(token)


async def test_string_times_are_refused(key, verifier) -> None:
    token = key.token(iat=NOW)
    claims = jwt.decode(token, options={"verify_signature": False})
    claims["iat"] = str(int(claims["iat"]))
    forged = jwt.encode(claims, key.private, algorithm="EdDSA", headers={"kid": key.kid})
    with pytest.raises(InvalidToken):
        await verifier.verify(forged)


def _app(verifier: TokenVerifier, app_revocations: RevocationList | None = None) -> FastAPI:
    app = FastAPI()
    install_error_handlers(app)
    router = APIRouter()

    @router.get("/staff-only")
    async def staff_only(principal: StaffPrincipal) -> dict:
        return {"workstation": principal.workstation}

    @router.get("/admin-only")
    async def admin_only(principal: AdminPrincipal) -> dict:
        return {"workstation": principal.workstation}

    @router.get("/open")
    async def open_to_all() -> dict:
        return {}

    app.include_router(router)
    app.state.token_verifier = verifier
    if app_revocations is not None:
        app.state.revocations = app_revocations
    return app


async def _get(app: FastAPI, path: str, token: str | None = None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
        return await client.get(path, headers=headers)


async def test_a_revoked_token_gets_a_json_401_saying_the_session_ended(key, verifier, revocations) -> None:
    revocations.revoke_token("gone", NOW + timedelta(hours=1))
    response = await _get(_app(verifier), "/staff-only", key.token(jti="gone"))
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.json()["error"]["code"] == "session_ended"
    assert "ended" in response.json()["error"]["message"]


async def test_the_apps_own_revocation_list_counts_whichever_verifier_is_installed(key) -> None:
    """Tests and the auth service install verifiers of their own; the runtime's list still applies."""
    app_list = RevocationList()
    app_list.revoke_workstation("front-desk", CUT_OFF)
    app = _app(TokenVerifier.static({"keys": [key.jwk]}), app_list)
    response = await _get(app, "/staff-only", key.token(iat=CUT_OFF - timedelta(seconds=1)))
    assert response.status_code == 401 and response.json()["error"]["code"] == "session_ended"
    assert (await _get(app, "/staff-only", key.token(iat=CUT_OFF + timedelta(seconds=1)))).status_code == 200


async def test_a_staff_token_on_an_admin_route_is_a_json_403(key, verifier) -> None:
    response = await _get(_app(verifier), "/admin-only", key.token(role="staff"))
    assert response.status_code == 403 and response.json()["error"]["code"] == "forbidden"
    assert (await _get(_app(verifier), "/admin-only", key.token(role="admin"))).status_code == 200


def test_openapi_marks_protected_operations_and_names_the_admin_role(verifier) -> None:
    paths = _app(verifier).openapi()["paths"]
    assert paths["/staff-only"]["get"]["security"] == [{"workstationToken": []}, {"sessionCookie": []}]
    assert paths["/admin-only"]["get"]["security"] == [{"workstationToken": ["admin"]}, {"sessionCookie": ["admin"]}]
    assert "security" not in paths["/open"]["get"]
