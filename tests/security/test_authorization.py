"""Authorization, generated from the OpenAPI of every service: adding a route without protection fails here.

Each service's app is built the way `printdesk.devstack.openapi` builds it (a placeholder database that is
never reached: token checks come before any database access, so a route that touches the database first
answers 500 here and fails). Then, for every operation in its OpenAPI:

- an operation not on the small PUBLIC list must be marked as secured in the OpenAPI, and must answer a
  JSON 401 to a missing, malformed, wrongly signed, `alg: none`, expired and revoked token;
- an operation marked admin (the role `admin` in its security requirement) must answer a JSON 403 to a
  valid staff token, and the operations API.md names as admin-only must be marked admin.

Path parameters get plausible dummy values; bodies stay empty (authorization must fail first).
"""

from __future__ import annotations

import base64
import json
import re
import time
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Annotated

import httpx
import pytest
import sqlalchemy as sa
from fastapi import APIRouter, Depends, FastAPI, Request

from printdesk.auth.adapters.signing import SigningKey, jwks
from printdesk.devstack.openapi import build_app
from printdesk.devstack.stack import SERVICES
from printdesk.kit.app import create_service_app
from printdesk.kit.auth import (
    ADMIN_ROLE,
    BEARER_SCHEME,
    COOKIE_SCHEME,
    SESSION_COOKIE,
    StaffPrincipal,
    TokenVerifier,
)
from printdesk.kit.messaging.tables import inbox_table, outbox_table
from printdesk.kit.revocation import RevocationList
from printdesk.kit.runtime import ServiceRuntime
from printdesk.kit.settings import ServiceSettings

_PLACEHOLDER_DB = "postgresql://openapi@127.0.0.1:1/openapi"
_probe_metadata = sa.MetaData()
_outbox, _inbox = outbox_table(_probe_metadata), inbox_table(_probe_metadata)
_METHODS = {"get", "post", "put", "patch", "delete"}

# Operations anyone may call without a token. Keep this list short and say why for each.
PUBLIC: dict[tuple[str, str], str] = {
    ("POST", "/api/v1/auth/login"): "signing in",
    ("GET", "/api/v1/auth/jwks"): "public keys, by definition",
    ("POST", "/api/v1/uploads"): "students upload models without an account",
    ("GET", "/api/v1/uploads/{upload_id}"): "read by the jobs service at submission; the id is an unguessable uuid",
    ("POST", "/api/v1/submissions"): "students submit without an account",
    ("GET", "/api/v1/catalog"): "the submission form reads the lab catalog",
    ("GET", "/api/v1/track/{token}"): "the student's tracking link (the token is the secret)",
    ("GET", "/api/v1/confirm/{token}"): "the quote behind the student's confirmation link (the token is the secret)",
    ("POST", "/api/v1/confirm/{token}"): "the student's confirmation link (the token is the secret)",
    ("POST", "/api/v1/confirm/resend"): "a student asks for a new confirmation link",
    ("POST", "/api/v1/files/jobs/{job_id}/opened"): "the protocol handler reports with its signed link",
}
_HEALTH = re.compile(r"^/api/v1/[a-z]+/health$")

# API.md's admin-only operations: each that exists must be marked admin in its service's OpenAPI.
_ADMIN_PATHS = re.compile(r"^/api/v1/(admin/.*|[a-z]+/diag|workstations(/.*)?|exports/.*|files/storage)$")
_ADMIN_OPERATIONS = {
    ("PUT", "/api/v1/catalog"),
    ("POST", "/api/v1/staff"),
    ("PATCH", "/api/v1/staff/{name}"),
    ("POST", "/api/v1/notifications/{id}/resend"),
    ("POST", "/api/v1/notifications/test"),
}


def _is_public(method: str, path: str) -> bool:
    return (method, path) in PUBLIC or (method == "GET" and bool(_HEALTH.match(path)))




APPS: dict[str, FastAPI] = {service: build_app(service) for service in SERVICES}


def _operations() -> list[tuple[str, str, str, dict]]:
    found = []
    for service, app in APPS.items():
        for path, item in app.openapi()["paths"].items():
            for method, operation in item.items():
                if method in _METHODS:
                    found.append((service, method.upper(), path, operation))
    return found


OPERATIONS = _operations()
PROTECTED = [op for op in OPERATIONS if not _is_public(op[1], op[2])]


def _requires_admin(operation: dict) -> bool:
    return any(ADMIN_ROLE in scopes for requirement in operation.get("security", []) for scopes in requirement.values())


ADMIN = [op for op in PROTECTED if _requires_admin(op[3])]


def _id(op: tuple[str, str, str, dict]) -> str:
    return f"{op[0]} {op[1]} {op[2]}"


def _dummy(parameter: dict) -> str:
    schema = parameter.get("schema", {})
    candidates = [schema, *schema.get("anyOf", [])]
    if any(s.get("format") == "uuid" for s in candidates):
        return str(uuid.uuid4())
    if any(s.get("type") == "integer" for s in candidates):
        return "1"
    return "a1b2c3d4"


def _url(path: str, operation: dict) -> str:
    for parameter in operation.get("parameters", []):
        if parameter.get("in") == "path":
            path = path.replace("{" + parameter["name"] + "}", _dummy(parameter))
    return path


def _b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


class Keys:
    """The key every app trusts in this test, a stranger's key, and the revocation list the apps consult."""

    def __init__(self) -> None:
        self.trusted = SigningKey.generate()
        self.stranger = SigningKey.generate()
        self.revocations = RevocationList()
        revoked = self.trusted.issue(workstation="front-desk", role="admin", ttl=timedelta(hours=1))
        self.revocations.revoke_token(revoked.token_id, revoked.expires_at)
        now = int(time.time())
        claims = {"iss": "printdesk-auth", "aud": "printdesk", "sub": "front-desk", "role": "admin", "jti": "x",
                  "iat": now, "exp": now + 3600}
        self.tokens: dict[str, str | None] = {
            "missing": None,
            "malformed": "not-a-token",
            "another key": self._impostor(),
            "alg none": f"{_b64({'alg': 'none', 'typ': 'JWT', 'kid': self.trusted.kid})}.{_b64(claims)}.",
            "expired": self.trusted.issue(workstation="front-desk", role="admin", ttl=timedelta(hours=1),
                                          now=datetime.now(UTC) - timedelta(hours=2)).token,
            "revoked": revoked.token,
        }
        self.staff = self.trusted.issue(workstation="front-desk", role="staff", ttl=timedelta(hours=1)).token

    def _impostor(self) -> str:
        """An admin token signed by another Ed25519 key that claims the trusted key's id."""
        token = self.stranger.issue(workstation="front-desk", role="admin", ttl=timedelta(hours=1)).token
        header, payload, signature = token.split(".")
        forged_header = json.loads(base64.urlsafe_b64decode(header + "=="))
        forged_header["kid"] = self.trusted.kid
        return f"{_b64(forged_header)}.{payload}.{signature}"

    def install(self, app: FastAPI) -> None:
        app.state.token_verifier = TokenVerifier.static(jwks([self.trusted]), revocations=self.revocations)


KEYS = Keys()
for _app in APPS.values():
    KEYS.install(_app)


async def _call(service: str | FastAPI, method: str, url: str, *, token: str | None = None,
                cookie: str | None = None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
    cookies = {SESSION_COOKIE: cookie} if cookie is not None else {}
    app = APPS[service] if isinstance(service, str) else service
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver", cookies=cookies) as client:
        return await client.request(method, url, headers=headers)


def _assert_json_error(response: httpx.Response, status: int) -> None:
    assert response.status_code == status, f"{response.status_code}: {response.text[:300]}"
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert set(error) == {"code", "message", "fields"}


def test_every_service_publishes_operations_and_the_security_schemes() -> None:
    assert {op[0] for op in OPERATIONS} == set(SERVICES)
    for service, app in APPS.items():
        schemes = app.openapi().get("components", {}).get("securitySchemes", {})
        if any(op[0] == service for op in PROTECTED):
            assert {BEARER_SCHEME, COOKIE_SCHEME} <= set(schemes), service


def _marked_secured(operation: dict) -> bool:
    schemes = {name for requirement in operation.get("security") or [] for name in requirement}
    return {BEARER_SCHEME, COOKIE_SCHEME} <= schemes


@pytest.mark.parametrize("op", PROTECTED, ids=_id)
def test_every_non_public_operation_is_marked_secured_in_openapi(op) -> None:
    service, method, path, operation = op
    assert _marked_secured(operation), (
        f"{service}: {method} {path} has no token check. Depend on StaffPrincipal/AdminPrincipal "
        "(printdesk.kit.auth), or, if it must be public, add it to PUBLIC in this test with the reason."
    )


@pytest.mark.parametrize("op", [op for op in PROTECTED if (op[1], op[2]) in _ADMIN_OPERATIONS
                                or _ADMIN_PATHS.match(op[2])], ids=_id)
def test_admin_only_operations_are_marked_admin(op) -> None:
    assert _requires_admin(op[3]), f"{op[0]}: {op[1]} {op[2]} is admin-only (API.md); depend on AdminPrincipal"


@pytest.mark.parametrize("case", list(KEYS.tokens))
@pytest.mark.parametrize("op", PROTECTED, ids=_id)
async def test_every_non_public_operation_refuses_a_bad_token_with_a_json_401(op, case: str) -> None:
    service, method, path, operation = op
    response = await _call(service, method, _url(path, operation), token=KEYS.tokens[case])
    _assert_json_error(response, 401)
    assert response.headers.get("www-authenticate") == "Bearer"
    assert response.json()["error"]["code"] == ("session_ended" if case == "revoked" else "unauthorized")


@pytest.mark.parametrize("op", PROTECTED, ids=_id)
async def test_a_forged_session_cookie_is_refused_too(op) -> None:
    service, method, path, operation = op
    response = await _call(service, method, _url(path, operation), cookie=KEYS.tokens["another key"])
    _assert_json_error(response, 401)


@pytest.mark.parametrize("op", ADMIN, ids=_id)
async def test_every_admin_operation_refuses_a_staff_token_with_a_json_403(op) -> None:
    service, method, path, operation = op
    response = await _call(service, method, _url(path, operation), token=KEYS.staff)
    _assert_json_error(response, 403)
    assert response.json()["error"]["code"] == "forbidden"


def test_the_generated_cases_cover_the_known_protected_routes() -> None:
    """A guard against the generator silently finding nothing."""
    protected = {(op[1], op[2]) for op in PROTECTED}
    assert {("GET", "/api/v1/auth/me"), ("POST", "/api/v1/auth/logout"), ("GET", "/api/v1/staff"),
            ("GET", "/api/v1/jobs"), ("GET", "/api/v1/notifications")} <= protected
    assert {("GET", "/api/v1/workstations"), ("POST", "/api/v1/staff")} <= {(op[1], op[2]) for op in ADMIN}


async def _database_session(request: Request) -> AsyncIterator[None]:
    async with request.app.state.runtime.engine.connect() as conn:
        await conn.execute(sa.text("SELECT 1"))
        yield None


async def test_the_checks_catch_an_unprotected_route_and_a_route_that_reads_the_database_first() -> None:
    """The checks above, run on a service with two faulty routes, fail for both."""
    runtime = ServiceRuntime("probe", ServiceSettings(database_url=_PLACEHOLDER_DB), outbox=_outbox, inbox=_inbox)
    router = APIRouter()

    @router.get("/api/v1/probe/forgotten")
    async def forgotten() -> dict:
        return {}

    @router.get("/api/v1/probe/database-first")
    async def database_first(_session: Annotated[None, Depends(_database_session)], _: StaffPrincipal) -> dict:
        return {}

    probe = create_service_app(runtime, [router], title="probe", version="0")
    KEYS.install(probe)
    paths = probe.openapi()["paths"]
    assert not _is_public("GET", "/api/v1/probe/forgotten")
    assert not _marked_secured(paths["/api/v1/probe/forgotten"]["get"])
    assert (await _call(probe, "GET", "/api/v1/probe/forgotten")).status_code == 200
    assert _marked_secured(paths["/api/v1/probe/database-first"]["get"])
    assert (await _call(probe, "GET", "/api/v1/probe/database-first")).status_code == 500
