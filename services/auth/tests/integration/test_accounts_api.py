"""The roster and workstation API against real PostgreSQL and NATS: admin-only, attributed, audited, published."""

from __future__ import annotations

import httpx
import pytest
import sqlalchemy as sa
from fastapi import FastAPI
from sqlalchemy.exc import DBAPIError

from printdesk.auth.adapters.orm import audit_log, outbox
from printdesk.auth.service_layer import handlers
from printdesk.devstack.testing import eventually

PASSWORD = "a long enough pass"
UNKNOWN_SAM = {"error": {"code": "unknown_staff", "message": '"Sam" is not an active staff member.',
                         "fields": {"staff_name": "not an active staff member"}}}


@pytest.fixture(scope="module", autouse=True)
async def lab(app: FastAPI, fast_hashing: None) -> None:
    runtime, hasher = app.state.runtime, app.state.hasher
    for name, is_admin in (("lab-admin", True), ("front-desk", False), ("office", True)):
        await handlers.create_workstation(handlers.CreateWorkstation(name, PASSWORD, is_admin), runtime.uow(), hasher)
    for name in ("Jane Doe", "Sam Lee"):
        await handlers.add_staff_member(handlers.AddStaffMember(name), runtime.uow())


async def _token(client: httpx.AsyncClient, workstation: str) -> dict[str, str]:
    response = await client.post("/api/v1/auth/login", json={"workstation": workstation, "password": PASSWORD})
    assert response.status_code == 200, response.text
    client.cookies.clear()
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


@pytest.fixture
async def admin(client) -> dict[str, str]:
    return await _token(client, "lab-admin")


@pytest.fixture
async def staff(client) -> dict[str, str]:
    return await _token(client, "front-desk")


async def _audit(app: FastAPI, target: str) -> list:
    async with app.state.runtime.session_factory() as session:
        return list((await session.execute(
            sa.select(audit_log).where(audit_log.c.target == target).order_by(audit_log.c.id))).all())


async def _published(app: FastAPI, event_type: str, **data: object) -> dict | None:
    query = sa.select(outbox.c.envelope, outbox.c.published_at).where(outbox.c.envelope["type"].astext == event_type)
    async with app.state.runtime.session_factory() as session:
        rows = (await session.execute(query)).all()
    for row in rows:
        if all(row.envelope["data"].get(k) == v for k, v in data.items()):
            return row.envelope if row.published_at is not None else None
    return None


# --- the roster --------------------------------------------------------------------------------------------


async def test_staff_tokens_read_the_active_roster_sorted_by_name(client, staff) -> None:
    response = await client.get("/api/v1/staff", headers=staff)
    assert response.status_code == 200 and response.headers["cache-control"] == "no-store"
    members = response.json()["staff"]
    names = [m["name"] for m in members]
    assert names == sorted(names, key=str.lower) and {"Jane Doe", "Sam Lee"} <= set(names)
    assert set(members[0]) == {"name", "is_active", "added_at", "deactivated_at"}
    assert all(m["is_active"] for m in members)


async def test_an_admin_adds_a_member_attributed_to_the_acting_member_and_workstation(app, client, admin) -> None:
    response = await client.post("/api/v1/staff", headers=admin, json={"name": "Alex  Kim", "staff_name": "jane doe"})
    assert response.status_code == 201, response.text
    assert response.json()["name"] == "Alex Kim" and response.json()["is_active"] is True
    envelope = await eventually(lambda: _published(app, "StaffMemberAdded", name="Alex Kim"))
    assert envelope["actor"] == {"kind": "staff", "staff_name": "Jane Doe", "workstation_id": "lab-admin"}
    [entry] = await _audit(app, "Alex Kim")
    assert (entry.action, entry.staff_name, entry.workstation) == ("staff.added", "Jane Doe", "lab-admin")


async def test_a_staff_token_cannot_change_the_roster(client, staff) -> None:
    response = await client.post("/api/v1/staff", headers=staff, json={"name": "Eve", "staff_name": "Jane Doe"})
    assert response.status_code == 403 and response.json()["error"]["code"] == "forbidden"
    response = await client.patch("/api/v1/staff/Sam Lee", headers=staff,
                                  json={"is_active": False, "staff_name": "Jane Doe"})
    assert response.status_code == 403


async def test_a_name_already_on_the_roster_in_any_case_is_a_409(client, admin) -> None:
    response = await client.post("/api/v1/staff", headers=admin, json={"name": "SAM LEE", "staff_name": "Jane Doe"})
    assert response.status_code == 409 and response.json()["error"]["code"] == "conflict"


async def test_an_unknown_acting_member_is_a_422_naming_them(client, admin) -> None:
    response = await client.post("/api/v1/staff", headers=admin, json={"name": "Eve Park", "staff_name": "Sam"})
    assert response.status_code == 422 and response.json() == UNKNOWN_SAM
    response = await client.patch("/api/v1/workstations/front-desk", headers=admin,
                                  json={"staff_name": "Sam", "is_admin": True})
    assert response.json() == UNKNOWN_SAM


async def test_a_missing_staff_name_is_a_validation_error(client, admin) -> None:
    response = await client.post("/api/v1/staff", headers=admin, json={"name": "Eve Park"})
    assert response.status_code == 422 and "staff_name" in response.json()["error"]["fields"]


async def test_deactivating_keeps_the_member_listed_with_inactive_and_reactivating_restores(
    app, client, admin, staff
) -> None:
    await client.post("/api/v1/staff", headers=admin, json={"name": "Robin Roe", "staff_name": "Jane Doe"})
    response = await client.patch("/api/v1/staff/robin%20roe", headers=admin,
                                  json={"is_active": False, "staff_name": "Jane Doe"})
    assert response.status_code == 200, response.text
    assert response.json()["is_active"] is False and response.json()["deactivated_at"]
    active = (await client.get("/api/v1/staff", headers=staff)).json()["staff"]
    everyone = (await client.get("/api/v1/staff?include_inactive=true", headers=staff)).json()["staff"]
    assert "Robin Roe" not in [m["name"] for m in active]
    assert "Robin Roe" in [m["name"] for m in everyone]
    # An inactive member cannot act.
    acting = await client.post("/api/v1/staff", headers=admin, json={"name": "Zed", "staff_name": "Robin Roe"})
    assert acting.status_code == 422 and acting.json()["error"]["code"] == "unknown_staff"
    back = await client.patch("/api/v1/staff/Robin Roe", headers=admin, json={"is_active": True, "staff_name": "Sam Lee"})
    assert back.json()["is_active"] is True and back.json()["deactivated_at"] is None
    assert await eventually(lambda: _published(app, "StaffMemberDeactivated", name="Robin Roe"))
    assert await eventually(lambda: _published(app, "StaffMemberReactivated", name="Robin Roe"))
    assert [(e.action, e.staff_name) for e in await _audit(app, "Robin Roe")] == [
        ("staff.added", "Jane Doe"), ("staff.deactivated", "Jane Doe"), ("staff.reactivated", "Sam Lee")]


async def test_an_unknown_member_is_a_404(client, admin) -> None:
    response = await client.patch("/api/v1/staff/Nobody", headers=admin, json={"is_active": False,
                                                                              "staff_name": "Jane Doe"})
    assert response.status_code == 404 and response.json()["error"]["code"] == "not_found"


# --- workstations ------------------------------------------------------------------------------------------


async def test_only_admins_list_workstations_and_no_secret_is_listed(client, admin, staff) -> None:
    assert (await client.get("/api/v1/workstations", headers=staff)).status_code == 403
    response = await client.get("/api/v1/workstations", headers=admin)
    assert response.status_code == 200
    workstations = response.json()["workstations"]
    assert [w["name"] for w in workstations] == sorted(w["name"] for w in workstations)
    assert all(set(w) == {"name", "is_admin", "is_active", "created_at", "updated_at"} for w in workstations)


async def test_an_admin_creates_a_workstation_that_can_sign_in(app, client, admin) -> None:
    response = await client.post("/api/v1/workstations", headers=admin,
                                 json={"name": "desk-5", "password": PASSWORD, "is_admin": False, "staff_name": "Jane Doe"})
    assert response.status_code == 201, response.text
    assert response.json()["is_active"] is True and response.json()["is_admin"] is False
    assert await _token(client, "desk-5")
    [entry] = await _audit(app, "desk-5")
    assert (entry.action, entry.details) == ("workstation.created", {"is_admin": False})
    assert PASSWORD not in str(entry) and PASSWORD not in str(await _published(app, "WorkstationCreated", name="desk-5"))


@pytest.mark.parametrize(("body", "status", "field"), [
    ({"name": "Desk Six", "password": PASSWORD}, 422, "name"),
    ({"name": "desk-6", "password": "short"}, 422, "password"),
    ({"name": "front-desk", "password": PASSWORD}, 409, "name"),
])
async def test_bad_new_workstations_are_refused_naming_the_field(client, admin, body, status, field) -> None:
    response = await client.post("/api/v1/workstations", headers=admin, json={**body, "staff_name": "Jane Doe"})
    assert response.status_code == status and field in response.json()["error"]["fields"]


async def test_renaming_moves_the_account_and_signs_its_old_name_out(app, client, admin) -> None:
    await client.post("/api/v1/workstations", headers=admin,
                      json={"name": "desk-7", "password": PASSWORD, "staff_name": "Jane Doe"})
    old_token = await _token(client, "desk-7")
    response = await client.patch("/api/v1/workstations/desk-7", headers=admin,
                                  json={"staff_name": "Jane Doe", "new_name": "desk-seven"})
    assert response.status_code == 200 and response.json()["name"] == "desk-seven"
    assert (await client.get("/api/v1/auth/me", headers=old_token)).status_code == 401
    assert await _token(client, "desk-seven")
    assert await eventually(lambda: _published(app, "WorkstationRenamed", old_name="desk-7", new_name="desk-seven"))
    conflict = await client.patch("/api/v1/workstations/desk-seven", headers=admin,
                                  json={"staff_name": "Jane Doe", "new_name": "front-desk"})
    assert conflict.status_code == 409


async def test_promoting_gives_admin_tokens_after_signing_in_again(app, client, admin) -> None:
    await client.post("/api/v1/workstations", headers=admin,
                      json={"name": "desk-8", "password": PASSWORD, "staff_name": "Jane Doe"})
    staff_token = await _token(client, "desk-8")
    response = await client.patch("/api/v1/workstations/desk-8", headers=admin,
                                  json={"staff_name": "Jane Doe", "is_admin": True})
    assert response.json()["is_admin"] is True
    assert (await client.get("/api/v1/auth/me", headers=staff_token)).status_code == 401
    assert (await client.get("/api/v1/workstations", headers=await _token(client, "desk-8"))).status_code == 200
    assert await eventually(lambda: _published(app, "WorkstationRoleChanged", name="desk-8", is_admin=True))
    assert await eventually(lambda: _published(app, "WorkstationTokensRevoked", workstation="desk-8"))


async def test_an_admin_cannot_demote_or_disable_the_workstation_they_are_signed_in_on(client, admin) -> None:
    for change in ({"is_admin": False}, {"is_active": False}):
        response = await client.patch("/api/v1/workstations/lab-admin", headers=admin,
                                      json={"staff_name": "Jane Doe", **change})
        assert response.status_code == 409 and "signed in on" in response.json()["error"]["message"]


async def test_unknown_workstations_are_a_404(client) -> None:
    office = await _token(client, "office")
    response = await client.patch("/api/v1/workstations/ghost", headers=office,
                                  json={"staff_name": "Jane Doe", "is_active": False})
    assert response.status_code == 404


async def test_the_audit_log_is_append_only(app) -> None:
    async with app.state.runtime.engine.connect() as conn:
        for statement in (sa.update(audit_log).values(staff_name="someone else"), sa.delete(audit_log),
                          sa.text("TRUNCATE audit_log")):
            with pytest.raises(DBAPIError, match="append-only"):
                await conn.execute(statement)
            await conn.rollback()
