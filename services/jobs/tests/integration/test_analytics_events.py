"""The analytics read model follows the service's own events: real lifecycle steps over HTTP reach
`analytics_jobs` through JetStream, a replayed event changes nothing, and a deleted job leaves."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from printdesk.contracts.envelope import EventEnvelope
from printdesk.contracts.events import parse_payload
from printdesk.devstack.samples import cube_stl, submission_form
from printdesk.devstack.testing import eventually
from printdesk.jobs.adapters.analytics_store import analytics_jobs
from printdesk.jobs.adapters.orm import outbox
from printdesk.jobs.entrypoints.analytics_consumers import HANDLERS

pytestmark = pytest.mark.asyncio(loop_scope="session")

STAFF = "Alex Kim"  # announced by conftest


async def new_job(client, files_client) -> str:
    upload = await files_client.post("/api/v1/uploads", files={"file": ("m.stl", cube_stl(), "model/stl")})
    answer = await client.post("/api/v1/submissions", json=submission_form(upload.json()["upload_id"]))
    assert answer.status_code == 201, answer.text
    return answer.json()["job_id"]


async def facts(app, job_id: str) -> dict | None:
    async with app.state.runtime.session_factory() as session:
        row = (await session.execute(sa.select(analytics_jobs).where(analytics_jobs.c.job_id == job_id))).first()
    return dict(row._mapping) if row else None


async def status_becomes(app, job_id: str, status: str) -> dict | None:
    async def probe():  # noqa: ANN202
        row = await facts(app, job_id)
        return row if row and row["status"] == status else None
    return await eventually(probe)


async def test_lifecycle_steps_reach_the_read_model_through_the_events(jobs_service, files_service, mint):
    app, client = jobs_service
    staff = mint.headers(workstation="front-desk")
    who = {"staff_name": STAFF}
    job_id = await new_job(client, files_service[1])
    submitted = await status_becomes(app, job_id, "UPLOADED")
    assert submitted is not None, "the submission never reached the read model"
    assert submitted["print_method"] and submitted["approved_at"] is None

    approve = await client.post(f"/api/v1/jobs/{job_id}/approve", headers=staff,
                                json={**who, "weight_g": "42.5", "time_hours": 3})
    assert approve.status_code == 200, approve.text
    approved = await status_becomes(app, job_id, "PENDING")
    assert approved is not None and approved["approved_at"] is not None
    assert str(approved["estimated_g"]) == "42.50" and approved["quoted_cents"] > 0

    before = (await client.get("/api/v1/analytics/overview", headers=staff)).json()
    rejected_job = await new_job(client, files_service[1])
    reject = await client.post(f"/api/v1/jobs/{rejected_job}/reject", headers=staff,
                               json={**who, "reasons": ["Walls too thin"]})
    assert reject.status_code == 200, reject.text
    assert await status_becomes(app, rejected_job, "REJECTED") is not None
    # The real rejection step counts (the trail's JobRejected), with its reason and its staff member.
    after = (await client.get("/api/v1/analytics/overview", headers=staff)).json()
    assert after["rejections"] == before["rejections"] + 1
    assert reason_count(after, "Walls too thin") == reason_count(before, "Walls too thin") + 1
    assert staff_count(after, "rejections") == staff_count(before, "rejections") + 1

    # The approval's event handled again (a replay, or one arriving late) recomputes the same row.
    before = await facts(app, job_id)
    async with app.state.runtime.session_factory() as session:
        stored = (await session.execute(sa.select(outbox.c.envelope).where(outbox.c.subject == "jobs.job.changed.v1")
                                        )).scalars().all()
    envelope = next(EventEnvelope.model_validate(e) for e in stored
                    if e["data"]["job_id"] == job_id and e["data"]["action"] == "approve")
    async with app.state.runtime.uow() as uow:
        await HANDLERS["JobChanged"](parse_payload(envelope), envelope, uow)
        await uow.commit()
    after = await facts(app, job_id)
    assert {k: v for k, v in after.items() if k != "refreshed_at"} == {
        k: v for k, v in before.items() if k != "refreshed_at"}

    gone = await new_job(client, files_service[1])
    assert await status_becomes(app, gone, "UPLOADED") is not None
    deleted = await client.request("DELETE", f"/api/v1/jobs/{gone}", headers=staff, json=who)
    assert deleted.status_code in (200, 204), deleted.text
    assert await eventually(lambda: _missing(app, gone)), "a deleted job stayed in the read model"


def reason_count(overview: dict, reason: str) -> int:
    return next((r["count"] for r in overview["rejection_reasons"] if r["reason"] == reason), 0)


def staff_count(overview: dict, kind: str) -> int:
    return next((s[kind] for s in overview["staff_activity"] if s["staff_name"] == STAFF), 0)


async def _missing(app, job_id: str) -> bool:
    return await facts(app, job_id) is None
