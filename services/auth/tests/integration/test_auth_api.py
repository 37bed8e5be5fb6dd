"""The auth HTTP API against real PostgreSQL and NATS."""

from __future__ import annotations

import base64
import json
import time
from datetime import UTC, datetime, timedelta

import httpx
import pytest
import sqlalchemy as sa
from fastapi import FastAPI

from printdesk.auth.adapters.orm import outbox
from printdesk.auth.adapters.signing import SigningKey
from printdesk.auth.service_layer import handlers
from printdesk.devstack.testing import eventually
from printdesk.kit.auth import SESSION_COOKIE, TokenVerifier

STAFF_PASSWORD = "front desk pass"
ADMIN_PASSWORD = "lab admin pass"
INVALID_CREDENTIALS = {
    "error": {"code": "invalid_credentials", "message": "Wrong workstation name or password.", "fields": {}}
}


@pytest.fixture(scope="module", autouse=True)
async def workstations(app: FastAPI) -> None:
    runtime, hasher = app.state.runtime, app.state.hasher
    await handlers.create_workstation(handlers.CreateWorkstation("front-desk", STAFF_PASSWORD), runtime.uow(), hasher)
    await handlers.create_workstation(
        handlers.CreateWorkstation("lab-admin", ADMIN_PASSWORD, is_admin=True), runtime.uow(), hasher
    )


async def _login(client: httpx.AsyncClient, workstation: str = "front-desk", password: str = STAFF_PASSWORD):
    return await client.post("/api/v1/auth/login", json={"workstation": workstation, "password": password})


def _b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


async def test_login_sets_a_strict_http_only_cookie_and_returns_a_token_the_kit_verifier_accepts(client) -> None:
    response = await _login(client)
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["workstation"], body["role"], body["token_type"]) == ("front-desk", "staff", "bearer")
    cookie = response.headers["set-cookie"]
    attributes = {part.strip().split("=")[0].lower(): part.strip() for part in cookie.split(";")}
    assert cookie.startswith(f"{SESSION_COOKIE}={body['access_token']}")
    assert "httponly" in attributes
    assert attributes["samesite"].lower() == "samesite=strict"
    assert attributes["path"] == "Path=/"
    assert attributes["max-age"] == f"Max-Age={10 * 3600}"
    assert "secure" not in attributes, "make up serves plain HTTP on loopback; cookie_secure is off by default"
    assert response.headers["cache-control"] == "no-store"

    keys = await client.get("/api/v1/auth/jwks")
    assert keys.status_code == 200
    assert keys.headers["cache-control"] == "public, max-age=300"
    principal = await TokenVerifier.static(keys.json()).verify(body["access_token"])
    assert (principal.workstation, principal.role) == ("front-desk", "staff")
    assert principal.expires_at == datetime.fromisoformat(body["expires_at"])
    assert timedelta(hours=9) < principal.expires_at - datetime.now(UTC) <= timedelta(hours=10)


async def test_an_admin_workstation_gets_the_admin_role(client) -> None:
    response = await _login(client, "lab-admin", ADMIN_PASSWORD)
    assert response.json()["role"] == "admin"
    keys = (await client.get("/api/v1/auth/jwks")).json()
    assert (await TokenVerifier.static(keys).verify(response.json()["access_token"])).is_admin


async def test_me_answers_to_the_bearer_header(client) -> None:
    token = (await _login(client)).json()["access_token"]
    client.cookies.clear()
    response = await client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200, response.text
    assert response.json()["workstation"] == "front-desk" and response.json()["role"] == "staff"
    assert response.headers["cache-control"] == "no-store"


async def test_me_answers_to_the_session_cookie_alone(client) -> None:
    await _login(client, "lab-admin", ADMIN_PASSWORD)
    response = await client.get("/api/v1/auth/me")
    assert response.status_code == 200, response.text
    assert response.json()["role"] == "admin"


async def test_logout_clears_the_cookie_so_the_browser_is_signed_out(client) -> None:
    await _login(client)
    response = await client.post("/api/v1/auth/logout")
    assert response.status_code == 204
    cleared = response.headers["set-cookie"].lower()
    assert cleared.startswith(f"{SESSION_COOKIE}=") and "max-age=0" in cleared and "path=/" in cleared
    assert (await client.get("/api/v1/auth/me")).status_code == 401


async def test_logout_needs_a_signed_in_workstation(client) -> None:
    response = await client.post("/api/v1/auth/logout")
    assert response.status_code == 401 and response.json()["error"]["code"] == "unauthorized"


def _unsigned(kid: str) -> str:
    now = int(time.time())
    claims = {"iss": "printdesk-auth", "aud": "printdesk", "sub": "front-desk", "role": "admin", "jti": "x",
              "iat": now, "exp": now + 3600}
    return f"{_b64({'alg': 'none', 'typ': 'JWT', 'kid': kid})}.{_b64(claims)}."


@pytest.mark.parametrize("case", ["no token", "garbage", "another key", "alg none", "expired", "empty bearer"])
async def test_me_refuses_anything_but_a_valid_token_with_a_json_401(app, client, case: str) -> None:
    key = await handlers.current_signing_key(app.state.runtime.uow())
    tokens = {
        "no token": None,
        "garbage": "not-a-token",
        "another key": SigningKey.generate().issue(workstation="front-desk", role="admin", ttl=timedelta(hours=1)).token,
        "alg none": _unsigned(key.kid),
        "expired": key.issue(workstation="front-desk", role="staff", ttl=timedelta(hours=1),
                             now=datetime.now(UTC) - timedelta(hours=2)).token,
        "empty bearer": "",
    }
    headers = {"Authorization": f"Bearer {tokens[case]}"} if tokens[case] is not None else {}
    response = await client.get("/api/v1/auth/me", headers=headers)
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/json"
    assert response.json()["error"]["code"] == "unauthorized"


async def test_a_token_of_another_key_in_the_cookie_is_refused_too(client) -> None:
    forged = SigningKey.generate().issue(workstation="lab-admin", role="admin", ttl=timedelta(hours=1)).token
    client.cookies.set(SESSION_COOKIE, forged)
    assert (await client.get("/api/v1/auth/me")).status_code == 401


async def test_a_wrong_password_gets_a_json_401_and_no_cookie(client) -> None:
    response = await _login(client, "front-desk", "not the password")
    assert response.status_code == 401
    assert response.json() == INVALID_CREDENTIALS
    assert "set-cookie" not in response.headers
    assert not client.cookies


async def test_an_unknown_workstation_gets_exactly_the_same_answer(client) -> None:
    unknown = await _login(client, "back-office", STAFF_PASSWORD)
    invalid_name = await _login(client, "Not A Name!", STAFF_PASSWORD)
    assert unknown.status_code == invalid_name.status_code == 401
    assert unknown.json() == invalid_name.json() == INVALID_CREDENTIALS
    assert "set-cookie" not in unknown.headers


async def test_malformed_json_is_a_400_with_a_json_error(client) -> None:
    response = await client.post(
        "/api/v1/auth/login", content=b'{"workstation": "front-desk", "pass', headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "malformed_json"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"workstation": "front-desk"}, "password"),
        ({"password": STAFF_PASSWORD}, "workstation"),
        ({"workstation": "front-desk", "password": "x" * 257}, "password"),
        ({"workstation": "w" * 5_000, "password": STAFF_PASSWORD}, "workstation"),
        ({"workstation": "front-desk", "password": STAFF_PASSWORD, "role": "admin"}, "role"),
    ],
    ids=["missing password", "missing workstation", "oversized password", "oversized name", "extra field"],
)
async def test_invalid_login_bodies_are_a_422_naming_the_field(client, body: dict, field: str) -> None:
    response = await client.post("/api/v1/auth/login", json=body)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "validation_error" and field in error["fields"]
    assert "set-cookie" not in response.headers


async def test_jwks_lists_only_public_keys(client) -> None:
    keys = (await client.get("/api/v1/auth/jwks")).json()["keys"]
    assert keys and all(set(k) == {"kty", "crv", "x", "kid", "use", "alg"} for k in keys)
    assert all(k["alg"] == "EdDSA" and k["crv"] == "Ed25519" for k in keys)


async def test_health_reports_database_nats_relay_and_the_revocation_feed_up(client) -> None:
    response = await client.get("/api/v1/auth/health")
    assert response.status_code == 200, response.text
    assert response.json()["components"] == {"database": "up", "nats": "up", "relay": "up", "consumers": "up"}


async def test_creating_a_workstation_writes_workstation_created_and_the_relay_publishes_it(app) -> None:
    runtime = app.state.runtime
    await handlers.create_workstation(
        handlers.CreateWorkstation("workstation-2", "another pass"), runtime.uow(), app.state.hasher
    )
    query = sa.select(outbox.c.envelope, outbox.c.published_at).where(
        outbox.c.envelope["type"].astext == "WorkstationCreated",
        outbox.c.envelope["data"]["name"].astext == "workstation-2",
    )
    async def published_row():
        async with runtime.session_factory() as session:
            row = (await session.execute(query)).one()
        return row if row.published_at is not None else None

    row = await eventually(published_row, timeout=15)
    assert row is not None, "the running service's relay publishes outbox rows"
    assert row.envelope["producer"] == "auth" and row.envelope["data"] == {"name": "workstation-2", "is_admin": False}
    assert row.published_at is not None, "the running service's relay publishes outbox rows"



async def test_a_body_over_64_kb_is_a_json_413_before_it_is_parsed(client) -> None:
    big = {"workstation": "front-desk", "password": "x" * (65 * 1024)}
    response = await client.post("/api/v1/auth/login", json=big)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "payload_too_large"


async def test_a_chunked_body_over_64_kb_without_a_length_is_refused_too(client) -> None:
    async def chunks():
        yield b'{"workstation": "front-desk", "password": "'
        for _ in range(70):
            yield b"x" * 1024
        yield b'"}'

    response = await client.post("/api/v1/auth/login", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413 and response.json()["error"]["code"] == "payload_too_large"


async def test_hostile_tokens_and_passwords_never_reach_the_log(app, client, caplog) -> None:
    import logging

    from printdesk.kit.logs import JsonFormatter

    key = await handlers.current_signing_key(app.state.runtime.uow())
    forged = SigningKey.generate().issue(workstation="lab-admin", role="admin", ttl=timedelta(hours=1)).token
    hostile = [forged, _unsigned(key.kid), "garbage.token.here"]
    with caplog.at_level(logging.DEBUG):
        for token in hostile:
            response = await client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"})
            assert response.status_code == 401 and response.json()["error"]["code"] == "unauthorized"
        await _login(client, "front-desk", "the wrong secret pass")
        await client.post("/api/v1/auth/login", content=b'{"workstation": "front-desk", "password": "malformed sec',
                          headers={"content-type": "application/json"})
    text = "\n".join(JsonFormatter("auth").format(record) for record in caplog.records)
    assert not any(token in text for token in hostile)
    assert "the wrong secret pass" not in text and "malformed sec" not in text
