"""Retention: archive and prune by the age of the last change, previewed by a dry run that matches the run."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from printdesk.devstack.samples import cube_stl, submission_form
from printdesk.jobs.adapters.orm import jobs, outbox

STAFF = "Alex Kim"


async def new_job(client, files_client) -> str:
    upload = await files_client.post("/api/v1/uploads", files={"file": ("m.stl", cube_stl(), "model/stl")})
    return (await client.post("/api/v1/submissions", json=submission_form(upload.json()["upload_id"]))).json()["job_id"]


async def age(app, job_ids: list[str], days: int) -> None:
    async with app.state.runtime.session_factory() as session, session.begin():
        await session.execute(sa.update(jobs).where(jobs.c.id.in_(job_ids)).values(
            status_changed_at=datetime.now(UTC) - timedelta(days=days)))


async def test_archive_then_prune_take_exactly_what_the_dry_run_showed(jobs_service, files_service, mint):
    app, client = jobs_service
    admin = mint.headers(workstation="office", role="admin")
    who = {"staff_name": STAFF}
    rejected, locked, fresh = [await new_job(client, files_service[1]) for _ in range(3)]
    for job_id in (rejected, locked, fresh):
        answer = await client.post(f"/api/v1/jobs/{job_id}/reject", headers=admin, json={**who, "reasons": ["Walls too thin"]})
        assert answer.status_code == 200
    await age(app, [rejected, locked], 60)
    other_desk = mint.headers(workstation="print-lab")
    assert (await client.post(f"/api/v1/jobs/{locked}/lock", headers=other_desk, json=who)).status_code == 200

    preview = await client.post("/api/v1/admin/archive", headers=admin, json={**who, "older_than_days": 30})
    assert preview.status_code == 200, preview.text
    shown = preview.json()
    assert shown["dry_run"] is True and {rejected, locked} <= set(shown["job_ids"]) and fresh not in shown["job_ids"]
    async with app.state.runtime.session_factory() as session:
        assert await session.scalar(sa.select(jobs.c.status).where(jobs.c.id == rejected)) == "REJECTED"

    run = await client.post("/api/v1/admin/archive", headers=admin,
                            json={**who, "older_than_days": 30, "dry_run": False})
    done = run.json()
    assert done["job_ids"] == shown["job_ids"] and done["matched"] == shown["matched"]
    assert [s["job_id"] for s in done["skipped"]] == [locked] and "print-lab" in done["skipped"][0]["reason"]
    assert done["done"] == len(shown["job_ids"]) - 1
    archived = (await client.get(f"/api/v1/jobs/{rejected}", headers=admin)).json()
    assert archived["status"] == "ARCHIVED"

    await age(app, [rejected], 400)
    prune_preview = (await client.post("/api/v1/admin/prune", headers=admin, json=who)).json()  # catalog: 365 days
    assert prune_preview["older_than_days"] == 365 and rejected in prune_preview["job_ids"]
    pruned = (await client.post("/api/v1/admin/prune", headers=admin, json={**who, "dry_run": False})).json()
    assert rejected in pruned["job_ids"] and pruned["done"] >= 1
    assert (await client.get(f"/api/v1/jobs/{rejected}", headers=admin)).status_code == 404
    trail = (await client.get(f"/api/v1/jobs/{rejected}/events", headers=admin)).json()["events"]
    assert [e["event_type"] for e in trail][-2:] == ["JobArchived", "JobPruned"]
    async with app.state.runtime.session_factory() as session:
        changes = (await session.execute(sa.select(outbox.c.envelope).where(
            outbox.c.subject == "jobs.job.changed.v1"))).scalars().all()
    gone = [c["data"] for c in changes if c["data"]["job_id"] == rejected and c["data"]["action"] == "prune"]
    assert gone and gone[0]["deleted"] is True


async def test_retention_requests_are_checked(jobs_service, mint):
    _, client = jobs_service
    admin = mint.headers(workstation="office", role="admin")
    for body in ({"staff_name": STAFF, "older_than_days": 0}, {"staff_name": "Nobody"},
                 {"staff_name": STAFF, "dry_run": "maybe"}):
        answer = await client.post("/api/v1/admin/archive", headers=admin, json=body)
        assert answer.status_code == 422 and answer.json()["error"]["message"], body
    assert (await client.post("/api/v1/admin/prune", headers=mint.headers(), json={"staff_name": STAFF})).status_code == 403
