"""Sign-out and revocation that really work, and sign-in throttling, against real PostgreSQL and NATS."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

import pytest
from fastapi import FastAPI

from printdesk.auth.bootstrap import make_app
from printdesk.auth.config import AuthSettings
from printdesk.auth.service_layer import handlers
from printdesk.devstack.testing import eventually, running_app
from printdesk.kit.logs import JsonFormatter

DESK_PASSWORD = "front desk pass"
ADMIN_PASSWORD = "lab admin pass"
LOGIN = "/api/v1/auth/login"
ME = "/api/v1/auth/me"


@pytest.fixture(scope="module", autouse=True)
async def lab(app: FastAPI, fast_hashing: None) -> None:
    runtime, hasher = app.state.runtime, app.state.hasher
    for name, password, is_admin in (("front-desk", DESK_PASSWORD, False), ("lab-admin", ADMIN_PASSWORD, True),
                                     ("desk-2", DESK_PASSWORD, False), ("desk-3", DESK_PASSWORD, False)):
        await handlers.create_workstation(handlers.CreateWorkstation(name, password, is_admin), runtime.uow(), hasher)
    await handlers.add_staff_member(handlers.AddStaffMember("Jane Doe"), runtime.uow())


async def _sign_in(browser, workstation: str = "front-desk", password: str = DESK_PASSWORD,
                   address: str = "127.0.0.1") -> str:
    async with browser(address) as client:
        response = await client.post(LOGIN, json={"workstation": workstation, "password": password})
    assert response.status_code == 200, response.text
    return response.json()["access_token"]


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def _status(client, path: str, token: str) -> tuple[int, str | None]:  # noqa: ANN001
    response = await client.get(path, headers=_bearer(token))
    return response.status_code, (response.json().get("error") or {}).get("code")


@pytest.fixture(scope="module")
async def replica(database_url: str, nats_url: str) -> AsyncIterator[FastAPI]:
    """A second auth process on the same database: it learns nothing from the first except through them."""
    application = make_app(AuthSettings(database_url=database_url, nats_url=nats_url))
    async with running_app(application) as client:
        yield client


async def test_logout_ends_the_token_itself_not_just_the_cookie(browser, replica) -> None:
    token = await _sign_in(browser)
    async with browser() as client:
        assert await _status(client, ME, token) == (200, None)
        response = await client.post("/api/v1/auth/logout", headers=_bearer(token))
        assert response.status_code == 204
        assert "max-age=0" in response.headers["set-cookie"].lower()
        assert await _status(client, ME, token) == (401, "session_ended")
        assert (await client.post("/api/v1/auth/logout", headers=_bearer(token))).status_code == 401
    assert await _status(replica, ME, token) == (401, "session_ended"), "another replica refuses it at once"


async def test_a_signed_out_token_is_refused_by_other_services_from_the_stream(browser, other_service) -> None:
    token = await _sign_in(browser)
    assert await _status(other_service, "/api/v1/other/whoami", token) == (200, None)
    async with browser() as client:
        assert (await client.post("/api/v1/auth/logout", headers=_bearer(token))).status_code == 204

    async def refused() -> bool:
        return await _status(other_service, "/api/v1/other/whoami", token) == (401, "session_ended")

    assert await eventually(refused)


async def test_other_sessions_of_the_workstation_survive_one_logout(browser) -> None:
    first, second = await _sign_in(browser), await _sign_in(browser)
    async with browser() as client:
        await client.post("/api/v1/auth/logout", headers=_bearer(first))
        assert await _status(client, ME, second) == (200, None)


async def _patch(browser, admin_token: str, name: str, **changes):  # noqa: ANN001, ANN202
    async with browser() as client:
        return await client.patch(f"/api/v1/workstations/{name}", headers=_bearer(admin_token),
                                  json={"staff_name": "Jane Doe", **changes})


async def test_rotating_a_password_ends_earlier_tokens_and_the_new_password_works_at_once(
    browser, replica, other_service
) -> None:
    admin, old = await _sign_in(browser, "lab-admin", ADMIN_PASSWORD), await _sign_in(browser, "desk-2")
    assert (await _patch(browser, admin, "desk-2", password="rotated password")).status_code == 200
    async with browser() as client:
        assert await _status(client, ME, old) == (401, "session_ended")
    assert await _status(replica, ME, old) == (401, "session_ended")
    new = await _sign_in(browser, "desk-2", "rotated password")
    async with browser() as client:
        assert await _status(client, ME, new) == (200, None)
        refused = await client.post(LOGIN, json={"workstation": "desk-2", "password": DESK_PASSWORD})
        assert refused.status_code == 401

    async def other_refuses_old() -> bool:
        return await _status(other_service, "/api/v1/other/whoami", old) == (401, "session_ended")

    assert await eventually(other_refuses_old)
    assert await _status(other_service, "/api/v1/other/whoami", new) == (200, None)


async def test_a_disabled_workstations_token_is_refused_everywhere_and_it_cannot_sign_in(
    browser, other_service
) -> None:
    admin, token = await _sign_in(browser, "lab-admin", ADMIN_PASSWORD), await _sign_in(browser, "desk-3")
    assert (await _patch(browser, admin, "desk-3", is_active=False)).json()["is_active"] is False
    async with browser() as client:
        assert await _status(client, ME, token) == (401, "session_ended")
        assert (await client.get("/api/v1/staff", headers=_bearer(token))).status_code == 401
        refused = await client.post(LOGIN, json={"workstation": "desk-3", "password": DESK_PASSWORD})
        assert refused.status_code == 401 and refused.json()["error"]["code"] == "invalid_credentials"

    async def other_refuses() -> bool:
        return await _status(other_service, "/api/v1/other/whoami", token) == (401, "session_ended")

    assert await eventually(other_refuses)


async def _attempt(browser, address: str, workstation: str, password: str):  # noqa: ANN001, ANN202
    async with browser(address) as client:
        return await client.post(LOGIN, json={"workstation": workstation, "password": password})


async def test_five_failures_pause_a_workstation_with_a_429_even_for_the_right_password(browser) -> None:
    for _ in range(5):
        assert (await _attempt(browser, "198.51.100.1", "front-desk", "wrong password")).status_code == 401
    for password in ("wrong password", DESK_PASSWORD):
        response = await _attempt(browser, "198.51.100.2", "front-desk", password)
        assert response.status_code == 429
        assert response.json() == {"error": {
            "code": "too_many_attempts", "message": "Too many failed sign-ins; try again in 15 minutes.", "fields": {}}}
        assert 14 * 60 < int(response.headers["retry-after"]) <= 15 * 60
        assert "set-cookie" not in response.headers
    # Another workstation is not affected.
    assert (await _attempt(browser, "198.51.100.2", "lab-admin", ADMIN_PASSWORD)).status_code == 200


async def test_a_success_resets_the_workstations_count(browser) -> None:
    for _ in range(2):
        for _ in range(4):
            assert (await _attempt(browser, "198.51.100.10", "lab-admin", "wrong password")).status_code == 401
        assert (await _attempt(browser, "198.51.100.10", "lab-admin", ADMIN_PASSWORD)).status_code == 200


async def test_twenty_failures_from_one_address_pause_it_for_every_workstation(browser) -> None:
    for i in range(20):
        assert (await _attempt(browser, "203.0.113.50", f"guess-{i % 4}", "wrong password")).status_code == 401
    paused = await _attempt(browser, "203.0.113.50", "lab-admin", ADMIN_PASSWORD)
    assert paused.status_code == 429 and paused.json()["error"]["code"] == "too_many_attempts"
    assert (await _attempt(browser, "203.0.113.51", "lab-admin", ADMIN_PASSWORD)).status_code == 200


async def test_unknown_workstations_are_paused_exactly_like_real_ones(browser) -> None:
    for _ in range(5):
        assert (await _attempt(browser, "192.0.2.77", "no-such-desk", "whatever pass")).status_code == 401
    assert (await _attempt(browser, "192.0.2.78", "no-such-desk", "whatever pass")).status_code == 429


async def test_an_ipv6_client_address_is_counted_like_any_other(browser) -> None:
    for _ in range(5):
        assert (await _attempt(browser, "2001:db8::17", "desk-4", "wrong password")).status_code == 401
    assert (await _attempt(browser, "2001:db8::18", "desk-4", "wrong password")).status_code == 429


async def test_logs_name_the_workstation_and_address_but_never_the_password_or_token(browser, caplog) -> None:
    secret = "hunter2-never-log-me"
    with caplog.at_level(logging.INFO):
        token = await _sign_in(browser, "lab-admin", ADMIN_PASSWORD, address="198.51.100.99")
        await _attempt(browser, "198.51.100.99", "lab-admin", secret)
        await _attempt(browser, "198.51.100.99", secret, secret)
        async with browser("198.51.100.99") as client:
            await client.get(ME, headers=_bearer(token))
            await client.post("/api/v1/auth/logout", headers=_bearer(token))
            await client.get(ME, headers=_bearer(token))
    lines = [JsonFormatter("auth").format(record) for record in caplog.records]
    text = "\n".join(lines)
    assert secret not in text and ADMIN_PASSWORD not in text and token not in text
    refused = [line for line in lines if "sign-in refused" in line]
    assert refused and all('"client": "198.51.100.99"' in line for line in refused)
    assert any('"workstation": "lab-admin"' in line for line in refused)
    assert any('"workstation": "(unknown workstation)"' in line for line in refused)
