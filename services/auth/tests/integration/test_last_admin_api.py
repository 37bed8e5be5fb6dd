"""The lab always keeps an admin workstation, even when two admins remove each other at the same moment."""

from __future__ import annotations

import asyncio

import pytest
from fastapi import FastAPI

from printdesk.auth.service_layer import handlers

PASSWORD = "a long enough pass"


@pytest.fixture(scope="module", autouse=True)
async def lab(app: FastAPI, fast_hashing: None) -> None:
    runtime, hasher = app.state.runtime, app.state.hasher
    for name in ("admin-a", "admin-b"):
        await handlers.create_workstation(handlers.CreateWorkstation(name, PASSWORD, True), runtime.uow(), hasher)
    await handlers.add_staff_member(handlers.AddStaffMember("Jane Doe"), runtime.uow())


async def _headers(client, workstation: str) -> dict[str, str]:  # noqa: ANN001
    response = await client.post("/api/v1/auth/login", json={"workstation": workstation, "password": PASSWORD})
    client.cookies.clear()
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


@pytest.mark.parametrize("change", [{"is_admin": False}, {"is_active": False}])
async def test_two_admins_removing_each_other_at_once_leave_one_admin(app, client, change) -> None:
    a, b = await _headers(client, "admin-a"), await _headers(client, "admin-b")
    responses = await asyncio.gather(
        client.patch("/api/v1/workstations/admin-b", headers=a, json={"staff_name": "Jane Doe", **change}),
        client.patch("/api/v1/workstations/admin-a", headers=b, json={"staff_name": "Jane Doe", **change}),
    )
    statuses = sorted(r.status_code for r in responses)
    assert statuses in ([200, 401], [200, 409]), [r.text for r in responses]
    admins = [w for w in await handlers.list_workstations(app.state.runtime.uow()) if w.is_active_admin]
    assert len(admins) == 1
    # Put the other one back for the next case, from the remaining admin.
    remaining = await _headers(client, admins[0].name)
    other = "admin-a" if admins[0].name == "admin-b" else "admin-b"
    restore = await client.patch(f"/api/v1/workstations/{other}", headers=remaining,
                                 json={"staff_name": "Jane Doe", "is_admin": True, "is_active": True})
    assert restore.status_code == 200
