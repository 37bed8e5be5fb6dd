"""Retention: archive and prune by the age of the last change, previewed by a dry run that matches the run;
also without an admin at the console: the daily schedule's run and the command line's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from printdesk.devstack.samples import cube_stl, submission_form
from printdesk.devstack.testing import eventually
from printdesk.jobs.adapters.orm import job_events, jobs, outbox
from printdesk.jobs.adapters.uploads_client import HttpUploadLookup
from printdesk.jobs.entrypoints.retention_cli import run_from_command_line
from printdesk.jobs.entrypoints.retention_runs import run_scheduled

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
    files_client = files_service[1]

    async def placed() -> bool:  # the files service has moved both jobs' files to Rejected/ (it learns by event)
        for job_id in (rejected, locked):
            found = await files_client.get(f"/api/v1/files/jobs/{job_id}/candidates", headers=admin)
            if found.status_code != 200 or not found.json()["folder"].startswith("Rejected"):
                return False
        return True

    assert await eventually(placed)
    other_desk = mint.headers(workstation="print-lab")
    assert (await client.post(f"/api/v1/jobs/{locked}/lock", headers=other_desk, json=who)).status_code == 200

    preview = await client.post("/api/v1/admin/archive", headers=admin, json={**who, "older_than_days": 30})
    assert preview.status_code == 200, preview.text
    shown = preview.json()
    assert shown["dry_run"] is True and {rejected, locked} <= set(shown["job_ids"]) and fresh not in shown["job_ids"]
    # Bytes: what the batch's files take on the files service's disk (file + metadata.json per job, at least).
    measured = (await files_client.post("/api/v1/files/usage", headers=admin, json={"job_ids": shown["job_ids"]})).json()
    assert shown["files"] == measured["files"] >= 4 and shown["bytes"] == measured["bytes"] > len(cube_stl()) * 2
    async with app.state.runtime.session_factory() as session:
        assert await session.scalar(sa.select(jobs.c.status).where(jobs.c.id == rejected)) == "REJECTED"

    run = await client.post("/api/v1/admin/archive", headers=admin,
                            json={**who, "older_than_days": 30, "dry_run": False})
    done = run.json()
    assert done["job_ids"] == shown["job_ids"] and done["matched"] == shown["matched"]
    assert (done["files"], done["bytes"]) == (shown["files"], shown["bytes"])
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


async def test_the_preview_still_counts_when_the_files_service_cannot_say(jobs_service, files_service, mint):
    app, client = jobs_service
    admin = mint.headers(workstation="office", role="admin")
    job_id = await new_job(client, files_service[1])
    answer = await client.post(f"/api/v1/jobs/{job_id}/reject", headers=admin,
                               json={"staff_name": STAFF, "reasons": ["Walls too thin"]})
    assert answer.status_code == 200
    await age(app, [job_id], 90)
    real = app.state.uploads
    app.state.uploads = HttpUploadLookup("http://127.0.0.1:9")  # nothing listens there
    try:
        preview = await client.post("/api/v1/admin/archive", headers=admin,
                                    json={"staff_name": STAFF, "older_than_days": 80})
    finally:
        await app.state.uploads.aclose()
        app.state.uploads = real
    assert preview.status_code == 200, preview.text
    body = preview.json()
    assert job_id in body["job_ids"] and body["matched"] >= 1  # the counts stand
    assert (body["files"], body["bytes"]) == (None, None)  # the bytes are unknown, not zero


async def test_retention_requests_are_checked(jobs_service, mint):
    _, client = jobs_service
    admin = mint.headers(workstation="office", role="admin")
    for body in ({"staff_name": STAFF, "older_than_days": 0}, {"staff_name": "Nobody"},
                 {"staff_name": STAFF, "dry_run": "maybe"}):
        answer = await client.post("/api/v1/admin/archive", headers=admin, json=body)
        assert answer.status_code == 422 and answer.json()["error"]["message"], body
    assert (await client.post("/api/v1/admin/prune", headers=mint.headers(), json={"staff_name": STAFF})).status_code == 403


async def _status(app, job_id: str) -> str | None:  # noqa: ANN001
    async with app.state.runtime.session_factory() as session:
        return await session.scalar(sa.select(jobs.c.status).where(jobs.c.id == job_id))


async def _summaries(app) -> list[dict]:  # noqa: ANN001
    async with app.state.runtime.session_factory() as session:
        rows = (await session.execute(sa.select(outbox.c.envelope).where(
            outbox.c.subject == "jobs.retention.ran.v1").order_by(outbox.c.created_at))).scalars().all()
    return list(rows)


async def test_the_schedule_archives_and_prunes_what_is_due_as_the_system(jobs_service, files_service, mint):
    app, client = jobs_service
    admin = mint.headers(workstation="office", role="admin")
    job_id = await new_job(client, files_service[1])
    assert (await client.post(f"/api/v1/jobs/{job_id}/reject", headers=admin,
                              json={"staff_name": STAFF, "reasons": ["Walls too thin"]})).status_code == 200
    await age(app, [job_id], 100)  # the catalog archives after 45 days
    settings = app.state.runtime.settings.model_copy(update={"retention_daily_at": "03:30",
                                                             "retention_prune_on_schedule": False})
    before = len(await _summaries(app))

    reports = await run_scheduled(app.state.runtime, settings)
    assert [r.kind for r in reports] == ["archive"] and job_id in reports[0].job_ids
    assert await _status(app, job_id) == "ARCHIVED"
    async with app.state.runtime.session_factory() as session:
        who = (await session.execute(sa.select(job_events.c.staff_name, job_events.c.workstation).where(
            job_events.c.job_id == job_id, job_events.c.event_type == "JobArchived"))).one()
    assert tuple(who) == ("Retention schedule", "printdesk-jobs")
    summary = (await _summaries(app))[before]
    assert summary["actor"]["kind"] == "system"
    assert summary["data"]["kind"] == "archive" and summary["data"]["scheduled"] is True
    assert job_id in summary["data"]["job_ids"] and summary["data"]["done"] >= 1

    # Pruning on the schedule only when asked for: 400 days archived, past the catalog's 365.
    await age(app, [job_id], 400)
    reports = await run_scheduled(app.state.runtime, settings)
    assert await _status(app, job_id) == "ARCHIVED"
    reports = await run_scheduled(app.state.runtime, settings.model_copy(update={"retention_prune_on_schedule": True}))
    assert [r.kind for r in reports] == ["archive", "prune"] and job_id in reports[1].job_ids
    assert await _status(app, job_id) is None


async def test_the_command_line_previews_then_applies(jobs_service, files_service, mint):
    app, client = jobs_service
    admin = mint.headers(workstation="office", role="admin")
    job_id = await new_job(client, files_service[1])
    assert (await client.post(f"/api/v1/jobs/{job_id}/reject", headers=admin,
                              json={"staff_name": STAFF, "reasons": ["Walls too thin"]})).status_code == 200
    await age(app, [job_id], 200)
    settings = app.state.runtime.settings

    preview = await run_from_command_line(settings, "archive", apply=False, older_than_days=150)
    assert "Nothing changed" in preview and await _status(app, job_id) == "REJECTED"
    done = await run_from_command_line(settings, "archive", apply=True, older_than_days=150)
    assert " archived, 0 skipped." in done and await _status(app, job_id) == "ARCHIVED"


async def test_the_schedule_is_shown_to_admins(jobs_service, mint):
    _, client = jobs_service
    answer = await client.get("/api/v1/admin/retention/schedule", headers=mint.headers(workstation="office", role="admin"))
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["enabled"] is False and body["next_run_at"] is None and body["prune"] is False
    assert (body["archive_after_days"], body["prune_after_days"]) == (45, 365) and body["time_zone"]
    assert (await client.get("/api/v1/admin/retention/schedule", headers=mint.headers())).status_code == 403
