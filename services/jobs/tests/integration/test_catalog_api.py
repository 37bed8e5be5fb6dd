"""The lab catalog over HTTP against real PostgreSQL and NATS: seeded, cacheable, changed only by admins,
never overwritten unseen, every change kept and announced.

The session's jobs database is shared with the submission tests, so changes here only add things.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa

from printdesk.contracts.api.catalog import seed_catalog
from printdesk.devstack.testing import eventually
from printdesk.jobs.adapters.orm import catalog_history, outbox


async def current(client) -> tuple[int, dict]:
    response = await client.get("/api/v1/catalog")
    assert response.status_code == 200, response.text
    body = response.json()
    return body.pop("version"), body


def admin(mint, **headers) -> dict:
    return {**mint.headers(workstation="admin", role="admin"), **headers}


async def catalog_events(app) -> list:
    async with app.state.runtime.session_factory() as session:
        return (await session.execute(
            sa.select(outbox.c.envelope, outbox.c.published_at).where(outbox.c.subject == "jobs.catalog.updated.v1")
        )).all()


async def test_the_seed_is_version_1_and_its_event_was_published_with_it(jobs_service):
    app, client = jobs_service
    async with app.state.runtime.session_factory() as session:
        first = (await session.execute(sa.select(catalog_history).where(catalog_history.c.version == 1))).mappings().one()
    assert first["data"] == seed_catalog().model_dump(mode="json")

    async def seed_published():
        rows = [r for r in await catalog_events(app) if r.envelope["data"]["version"] == 1]
        return rows if rows and rows[0].published_at is not None else None

    [(envelope, _)] = await eventually(seed_published)
    assert envelope["actor"]["kind"] == "system" and envelope["producer"] == "jobs"
    assert envelope["data"]["catalog"] == seed_catalog().model_dump(mode="json")


async def test_anyone_can_read_the_catalog_and_caches_may_keep_it_a_minute(jobs_service):
    _, client = jobs_service
    response = await client.get("/api/v1/catalog")
    assert response.status_code == 200
    body = response.json()
    assert response.headers["etag"] == f'"v{body["version"]}"'
    assert response.headers["cache-control"] == "public, max-age=60"
    assert [m["name"] for m in body["methods"]] == ["Filament", "Resin"]
    assert len(body["methods"][0]["colors"]) >= 23 and body["minimum_charge"] == "3.00"
    assert {"Prusa MK4S", "Prusa XL", "Raise3D Pro 2 Plus", "Formlabs Form 3"} <= {p["name"] for p in body["printers"]}


async def test_a_cached_copy_that_is_still_current_gets_a_304(jobs_service):
    _, client = jobs_service
    version, _ = await current(client)
    tag = f'"v{version}"'
    for header in (tag, f"W/{tag}", f'"v0", {tag}', "*"):
        response = await client.get("/api/v1/catalog", headers={"If-None-Match": header})
        assert response.status_code == 304, header
        assert response.content == b""
        assert response.headers["etag"] == tag
    stale = await client.get("/api/v1/catalog", headers={"If-None-Match": f'"v{version + 100}"'})
    assert stale.status_code == 200


async def test_only_an_admin_workstation_may_change_the_catalog(jobs_service, mint):
    _, client = jobs_service
    version, content = await current(client)
    body = {"staff_name": "Alex Kim", "catalog": content}
    anonymous = await client.put("/api/v1/catalog", json=body, headers={"If-Match": f'"v{version}"'})
    assert anonymous.status_code == 401 and anonymous.json()["error"]["code"] == "unauthorized"
    staff = await client.put("/api/v1/catalog", json=body, headers={**mint.headers(role="staff"), "If-Match": f'"v{version}"'})
    assert staff.status_code == 403 and staff.json()["error"]["code"] == "forbidden"
    assert (await current(client))[0] == version


async def test_a_change_without_if_match_is_428(jobs_service, mint):
    _, client = jobs_service
    version, content = await current(client)
    for headers in (admin(mint), admin(mint, **{"If-Match": "*"})):
        response = await client.put("/api/v1/catalog", json={"staff_name": "Alex Kim", "catalog": content}, headers=headers)
        assert response.status_code == 428, response.text
        assert response.json()["error"]["code"] == "precondition_required"
    assert (await current(client))[0] == version


async def test_an_admin_change_is_the_next_version_kept_in_the_history_and_announced(jobs_service, mint):
    app, client = jobs_service
    version, content = await current(client)
    discipline = f"Test Discipline {uuid.uuid4().hex[:6]}"
    content["disciplines"].append(discipline)
    response = await client.put(
        "/api/v1/catalog", json={"staff_name": "  Alex   Kim ", "catalog": content},
        headers=admin(mint, **{"If-Match": f'"v{version}"'}),
    )
    assert response.status_code == 200, response.text
    saved = response.json()
    assert saved["version"] == version + 1
    assert discipline in saved["disciplines"]
    assert response.headers["etag"] == f'"v{version + 1}"'
    assert response.headers["cache-control"] == "no-store"
    assert (await current(client)) == (version + 1, content)

    async with app.state.runtime.session_factory() as session:
        kept = (await session.execute(
            sa.select(catalog_history).where(catalog_history.c.version == version + 1)
        )).mappings().one()
    assert (kept["updated_by"], kept["workstation_id"]) == ("Alex Kim", "admin")
    assert discipline in kept["data"]["disciplines"]

    async def announced():
        rows = [r for r in await catalog_events(app) if r.envelope["data"]["version"] == version + 1]
        return rows if rows and rows[0].published_at is not None else None

    [(envelope, _)] = await eventually(announced)
    assert envelope["actor"] == {"kind": "staff", "staff_name": "Alex Kim", "workstation_id": "admin"}
    assert discipline in envelope["data"]["catalog"]["disciplines"]


async def test_a_change_made_to_an_old_version_is_412_and_overwrites_nothing(jobs_service, mint):
    _, client = jobs_service
    version, content = await current(client)
    content["lab_name"] = "Should never be saved"
    for tag in (f'"v{version - 1}"' if version > 1 else '"v999"', '"v999"', '"garbage"', f'W/"v{version}"'):
        response = await client.put(
            "/api/v1/catalog", json={"staff_name": "Alex Kim", "catalog": content}, headers=admin(mint, **{"If-Match": tag})
        )
        assert response.status_code == 412, (tag, response.text)
        error = response.json()["error"]
        assert error["code"] == "precondition_failed"
        assert error["fields"]["current_version"] == str(version)
        assert response.headers["etag"] == f'"v{version}"'
    assert (await current(client))[0] == version
    assert (await current(client))[1]["lab_name"] != "Should never be saved"


async def test_invalid_content_gets_a_message_per_field_and_changes_nothing(jobs_service, mint):
    app, client = jobs_service
    version, content = await current(client)
    events_before = len(await catalog_events(app))
    broken = {**content, "time_zone": "Mars/Olympus_Mons", "disciplines": ["Art", "art"], "pickup_reminder_days": -1}
    broken["methods"] = [dict(m) for m in content["methods"]]
    broken["methods"][0]["colors"] = []
    broken["printers"] = [dict(p) for p in content["printers"]]
    broken["printers"][0]["build_volume_mm"] = [0, 210, 220]
    response = await client.put(
        "/api/v1/catalog", json={"staff_name": "Alex Kim", "catalog": broken}, headers=admin(mint, **{"If-Match": f'"v{version}"'})
    )
    assert response.status_code == 422, response.text
    fields = response.json()["error"]["fields"]
    assert "time zone" in fields["catalog.time_zone"]
    assert "listed twice" in fields["catalog.disciplines"]
    assert "catalog.pickup_reminder_days" in fields
    assert "catalog.methods.0.colors" in fields
    assert "catalog.printers.0.build_volume_mm.0" in fields

    no_name = await client.put(
        "/api/v1/catalog", json={"staff_name": " ", "catalog": content}, headers=admin(mint, **{"If-Match": f'"v{version}"'})
    )
    assert no_name.status_code == 422 and "staff_name" in no_name.json()["error"]["fields"]
    orphan = {**content, "printers": [*content["printers"], {"name": "Laser 1", "method": "Laser", "build_volume_mm": [1, 1, 1]}]}
    unknown_method = await client.put(
        "/api/v1/catalog", json={"staff_name": "Alex Kim", "catalog": orphan}, headers=admin(mint, **{"If-Match": f'"v{version}"'})
    )
    assert unknown_method.status_code == 422
    assert "unknown print methods: Laser" in unknown_method.json()["error"]["fields"]["catalog"]
    assert (await current(client))[0] == version
    assert len(await catalog_events(app)) == events_before


async def test_a_change_by_someone_not_on_the_active_roster_is_refused_and_changes_nothing(jobs_service, mint, nats_url):
    app, client = jobs_service
    from printdesk.devstack.testing import announce_staff, staff_known

    await announce_staff(nats_url, "Former Member")
    assert await staff_known(app, "Former Member")
    await announce_staff(nats_url, "Former Member", active=False)
    assert await staff_known(app, "Former Member", active=False)
    version, content = await current(client)
    for name in ("Nobody Here", "Former Member"):
        response = await client.put(
            "/api/v1/catalog", json={"staff_name": name, "catalog": content},
            headers=admin(mint, **{"If-Match": f'"v{version}"'}),
        )
        assert response.status_code == 422, response.text
        assert response.json()["error"]["code"] == "unknown_staff"
        assert name in response.json()["error"]["message"]
        assert "staff_name" in response.json()["error"]["fields"]
    assert (await current(client))[0] == version
