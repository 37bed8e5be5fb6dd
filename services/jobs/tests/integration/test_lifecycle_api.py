"""A job's lifecycle over HTTP, against real PostgreSQL, NATS and the files service: the happy path with the
student's confirm link, refusals (status, lock, input) that write nothing, the trail and the live feed."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from printdesk.devstack.samples import cube_stl, submission_form
from printdesk.devstack.testing import announce_staff, eventually, staff_known
from printdesk.jobs.adapters.lifecycle_store import whole_trail
from printdesk.jobs.adapters.orm import job_events, jobs, outbox
from printdesk.jobs.domain.audit import verify_chain

pytestmark = pytest.mark.asyncio(loop_scope="session")

STAFF = "Alex Kim"  # announced by conftest
OTHER = "Blair Chen"


async def upload(files_client) -> str:
    response = await files_client.post("/api/v1/uploads", files={"file": ("cube.stl", cube_stl(), "model/stl")})
    assert response.status_code == 201, response.text
    return response.json()["upload_id"]


async def submitted_job(jobs_service, files_service) -> str:
    _, client = jobs_service
    response = await client.post("/api/v1/submissions", json=submission_form(await upload(files_service[1])))
    assert response.status_code == 201, response.text
    return response.json()["job_id"]


async def events_of(app, job_id: str, event_type: str) -> list[dict]:
    async with app.state.runtime.session_factory() as session:
        rows = (await session.execute(
            sa.select(outbox.c.envelope).where(outbox.c.subject.like("jobs.%")).order_by(outbox.c.created_at)
        )).scalars().all()
    return [r["data"] for r in rows if r["type"] == event_type and r["data"]["job_id"] == job_id]


async def trail_count(app) -> int:
    async with app.state.runtime.session_factory() as session:
        return await session.scalar(sa.select(sa.func.count()).select_from(job_events))


async def job_row(app, job_id: str) -> dict | None:
    async with app.state.runtime.session_factory() as session:
        row = (await session.execute(sa.select(jobs).where(jobs.c.id == job_id))).mappings().first()
    return dict(row) if row else None


def token_of(url: str) -> str:
    return url.rsplit("/", 1)[1]


async def test_the_happy_path_from_approval_to_pickup(jobs_service, files_service, mint):
    app, client = jobs_service
    staff = mint.headers(workstation="front-desk")
    submitted = await client.post("/api/v1/submissions", json=submission_form(await upload(files_service[1])))
    job_id, tracking = submitted.json()["job_id"], submitted.json()["tracking_token"]

    approved = await client.post(f"/api/v1/jobs/{job_id}/approve", headers=staff,
                                 json={"staff_name": "alex kim", "weight_g": "45.55", "time_hours": 3.5})
    assert approved.status_code == 200, approved.text
    body = approved.json()
    assert body["status"] == "PENDING" and body["cost"] == "4.56"  # 45.55 g × $0.10, half-up
    assert body["last_updated_by"] == STAFF and body["staff_viewed_at"] is not None
    assert body["confirmation"]["used_at"] is None

    [issued] = await events_of(app, job_id, "ConfirmationLinkIssued")
    assert issued["cost"] == "4.56" and issued["resent"] is False and issued["job"]["student_email"].endswith(".edu")
    token = token_of(issued["confirm_url"])
    assert issued["confirm_url"].startswith("https://print.example.edu/confirm/")

    view = await client.get(f"/api/v1/confirm/{token}")
    assert view.status_code == 200 and view.json()["state"] == "open" and view.json()["cost"] == "4.56"
    confirmed = await client.post(f"/api/v1/confirm/{token}")
    assert confirmed.status_code == 200 and confirmed.json()["state"] == "confirmed"
    assert confirmed.json()["status"] == "READYTOPRINT"
    again = await client.post(f"/api/v1/confirm/{token}")
    assert again.status_code == 409 and again.json()["error"]["message"] == "This confirmation link was already used."
    assert (await client.get(f"/api/v1/confirm/{token}")).json()["state"] == "used"

    tracked = (await client.get(f"/api/v1/track/{tracking}")).json()
    assert tracked["quote"]["cost"] == "4.56" and tracked["quote"]["confirmed"] is True
    dated = {step["status"]: step["at"] for step in tracked["timeline"]}
    assert dated["PENDING"] and dated["READYTOPRINT"] and dated["PRINTING"] is None

    printing = await client.post(f"/api/v1/jobs/{job_id}/mark-printing", headers=staff,
                                 json={"staff_name": STAFF, "printer": "Prusa XL"})
    assert printing.status_code == 200 and printing.json()["printing_printer"] == "Prusa XL"
    complete = await client.post(f"/api/v1/jobs/{job_id}/mark-complete", headers=staff, json={"staff_name": STAFF})
    assert complete.status_code == 200 and complete.json()["status"] == "COMPLETED"
    paid = await client.post(f"/api/v1/jobs/{job_id}/payment", headers=staff, json={
        "staff_name": STAFF, "grams": "50", "txn_no": "TC-1001", "picked_up_by": "Jane Doe"})
    assert paid.status_code == 200, paid.text
    assert paid.json()["payment"]["price"] == "5.00" and paid.json()["charge_difference"] == "0.44"
    assert paid.json()["status"] == "PAIDPICKEDUP"

    trail = (await client.get(f"/api/v1/jobs/{job_id}/events", headers=staff)).json()["events"]
    assert [e["event_type"] for e in trail] == [
        "JobCreated", "JobApproved", "StudentConfirmed", "JobMarkedPrinting", "JobMarkedComplete", "PaymentRecorded"]
    assert trail[1]["staff_name"] == STAFF and trail[1]["workstation"] == "front-desk"
    assert trail[2]["staff_name"] is None  # the student, through the link
    changes = await events_of(app, job_id, "JobChanged")
    assert [(c["action"], c["previous_status"], c["status"]) for c in changes] == [
        ("approve", "UPLOADED", "PENDING"), ("confirm", "PENDING", "READYTOPRINT"),
        ("mark_printing", "READYTOPRINT", "PRINTING"), ("mark_complete", "PRINTING", "COMPLETED"),
        ("record_payment", "COMPLETED", "PAIDPICKEDUP")]
    async with app.state.runtime.session_factory() as session:
        assert verify_chain([r async for r in whole_trail(session)]) == []


async def test_a_wrong_starting_status_is_a_409_with_the_current_status_and_changes_nothing(
    jobs_service, files_service, mint
):
    app, client = jobs_service
    job_id = await submitted_job(jobs_service, files_service)
    before, rows = await trail_count(app), await job_row(app, job_id)
    response = await client.post(f"/api/v1/jobs/{job_id}/mark-complete", headers=mint.headers(),
                                 json={"staff_name": STAFF})
    assert response.status_code == 409
    error = response.json()["error"]
    assert error["fields"]["current_status"] == "UPLOADED"
    assert error["message"] == (
        "Cannot mark complete: the job is Uploaded now, and only Printing jobs can be changed this way.")
    assert await trail_count(app) == before and await job_row(app, job_id) == rows


@pytest.mark.parametrize(("path", "payload", "field"), [
    ("approve", {"staff_name": STAFF, "weight_g": 0, "time_hours": 1}, "weight_g"),
    ("approve", {"staff_name": STAFF, "weight_g": "abc", "time_hours": 1}, "weight_g"),
    ("approve", {"staff_name": STAFF, "weight_g": 10, "time_hours": 1, "authoritative_filename": "../x.stl"},
     "authoritative_filename"),
    ("approve", {"staff_name": STAFF, "weight_g": 10, "time_hours": 1, "authoritative_filename": "notes.txt"},
     "authoritative_filename"),
    ("approve", {"staff_name": STAFF, "weight_g": 10, "time_hours": 1, "printer": "Toaster 3000"}, "printer"),
    ("approve", {"staff_name": "Nobody Here", "weight_g": 10, "time_hours": 1}, "staff_name"),
    ("reject", {"staff_name": STAFF, "reasons": []}, None),
    ("reject", {"staff_name": STAFF, "reasons": ["Because I said so"]}, "reasons"),
    ("reject", {"staff_name": STAFF, "reasons": ["Walls too thin"], "surprise": 1}, "surprise"),
])
async def test_bad_input_is_a_422_naming_the_field_and_writes_nothing(
    jobs_service, files_service, mint, path, payload, field
):
    app, client = jobs_service
    job_id = await submitted_job(jobs_service, files_service)
    before, rows = await trail_count(app), await job_row(app, job_id)
    response = await client.post(f"/api/v1/jobs/{job_id}/{path}", headers=mint.headers(), json=payload)
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert error["message"]
    if field:
        assert field in str(error["fields"]) or field in error["message"]
    assert await trail_count(app) == before and await job_row(app, job_id) == rows


async def test_unknown_jobs_and_malformed_bodies_get_json_errors(jobs_service, mint):
    _, client = jobs_service
    missing = await client.post("/api/v1/jobs/nope/mark-complete", headers=mint.headers(), json={"staff_name": STAFF})
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    assert (await client.get("/api/v1/jobs/nope", headers=mint.headers())).status_code == 404
    broken = await client.post("/api/v1/jobs/nope/approve", headers={**mint.headers(), "Content-Type": "application/json"},
                               content=b"{not json")
    assert broken.status_code == 400 and broken.json()["error"]["message"]
    assert (await client.get("/api/v1/confirm/not-a-token")).status_code == 404
    resend = await client.post("/api/v1/confirm/resend", json={"token": "not-a-token"})
    assert resend.status_code == 404


async def test_the_lock_keeps_others_out_until_released_or_forced(jobs_service, files_service, mint):
    app, client = jobs_service
    await announce_staff(app.state.runtime.settings.nats_url, OTHER)
    assert await staff_known(app, OTHER)
    desk, lab = mint.headers(workstation="front-desk"), mint.headers(workstation="print-lab")
    job_id = await submitted_job(jobs_service, files_service)

    locked = await client.post(f"/api/v1/jobs/{job_id}/lock", headers=desk, json={"staff_name": STAFF})
    assert locked.status_code == 200 and locked.json()["lock"]["holder"] == f"front-desk · {STAFF}"
    # Another person, even at the same desk, is kept out, and told who holds it.
    for headers, name in ((lab, OTHER), (desk, OTHER)):
        refused = await client.post(f"/api/v1/jobs/{job_id}/review", headers=headers,
                                    json={"staff_name": name, "reviewed": True})
        assert refused.status_code == 409, refused.text
        assert refused.json()["error"]["fields"]["holder"] == f"front-desk · {STAFF}"
    assert (await client.post(f"/api/v1/jobs/{job_id}/lock/extend", headers=lab,
                              json={"staff_name": OTHER})).status_code == 409
    assert (await client.post(f"/api/v1/jobs/{job_id}/lock/extend", headers=desk,
                              json={"staff_name": STAFF})).status_code == 200

    staff_force = await client.post(f"/api/v1/admin/jobs/{job_id}/force-unlock", headers=lab,
                                    json={"staff_name": OTHER, "reason": "left for lunch"})
    assert staff_force.status_code == 403
    no_reason = await client.post(f"/api/v1/admin/jobs/{job_id}/force-unlock",
                                  headers=mint.headers(workstation="office", role="admin"),
                                  json={"staff_name": OTHER, "reason": ""})
    assert no_reason.status_code == 422
    forced = await client.post(f"/api/v1/admin/jobs/{job_id}/force-unlock",
                               headers=mint.headers(workstation="office", role="admin"),
                               json={"staff_name": OTHER, "reason": "left for lunch"})
    assert forced.status_code == 200 and forced.json()["lock"] is None
    reviewed = await client.post(f"/api/v1/jobs/{job_id}/review", headers=lab,
                                 json={"staff_name": OTHER, "reviewed": True})
    assert reviewed.status_code == 200 and reviewed.json()["staff_viewed_at"] is not None
    trail = (await client.get(f"/api/v1/jobs/{job_id}/events", headers=lab)).json()["events"]
    forced_row = next(e for e in trail if e["event_type"] == "ForceUnlocked")
    assert forced_row["details"] == {"reason": "left for lunch", "previous_holder": f"front-desk · {STAFF}"}


async def test_an_expired_link_is_410_and_the_student_can_get_a_new_one(jobs_service, files_service, mint):
    app, client = jobs_service
    job_id = await submitted_job(jobs_service, files_service)
    await client.post(f"/api/v1/jobs/{job_id}/approve", headers=mint.headers(),
                      json={"staff_name": STAFF, "weight_g": 10, "time_hours": 1})
    [issued] = await events_of(app, job_id, "ConfirmationLinkIssued")
    old = token_of(issued["confirm_url"])
    past = datetime.now(UTC) - timedelta(hours=80)
    async with app.state.runtime.session_factory() as session, session.begin():
        await session.execute(sa.update(jobs).where(jobs.c.id == job_id).values(
            confirm_expires_at=past + timedelta(hours=72), confirmation_last_sent_at=past))

    assert (await client.get(f"/api/v1/confirm/{old}")).json()["state"] == "expired"
    # The Pending tab tells staff the link ran out.
    pending = await client.get("/api/v1/jobs", params={"status": "PENDING", "search": job_id},
                               headers=mint.headers())
    [card] = [j for j in pending.json()["jobs"] if j["id"] == job_id]
    assert datetime.fromisoformat(card["confirmation_expires_at"]) == past + timedelta(hours=72)
    expired = await client.post(f"/api/v1/confirm/{old}")
    assert expired.status_code == 410 and expired.json()["error"]["code"] == "gone"
    asked = await client.post("/api/v1/confirm/resend", json={"token": old})
    assert asked.status_code == 202 and "e-mail" in asked.json()["message"]
    assert (await client.post("/api/v1/confirm/resend", json={"token": "x"})).status_code == 404

    issued_all = await events_of(app, job_id, "ConfirmationLinkIssued")
    assert len(issued_all) == 2 and issued_all[1]["resent"] is True
    fresh = token_of(issued_all[1]["confirm_url"])
    assert (await client.post(f"/api/v1/confirm/{old}")).status_code == 404  # replaced: no longer valid
    too_soon = await client.post("/api/v1/confirm/resend", json={"token": fresh})
    assert too_soon.status_code == 429
    assert (await client.post(f"/api/v1/confirm/{fresh}")).json()["status"] == "READYTOPRINT"
    ready = await client.get("/api/v1/jobs", params={"status": "READYTOPRINT", "search": job_id}, headers=mint.headers())
    assert [j["confirmation_expires_at"] for j in ready.json()["jobs"] if j["id"] == job_id] == [None]


async def test_approval_can_print_another_file_of_the_job_but_not_one_that_is_not_there(
    jobs_service, files_service, mint
):
    app, client = jobs_service
    job_id = await submitted_job(jobs_service, files_service)
    staff = mint.headers()

    async def candidates():
        answer = await files_service[1].get(f"/api/v1/files/jobs/{job_id}/candidates", headers=staff)
        return answer.json() if answer.status_code == 200 else None

    found = await eventually(candidates)
    assert found and found["recommended"]
    ghost = await client.post(f"/api/v1/jobs/{job_id}/approve", headers=staff, json={
        "staff_name": STAFF, "weight_g": 10, "time_hours": 1, "authoritative_filename": "ghost_v2.3mf"})
    assert ghost.status_code == 422 and "authoritative_filename" in ghost.json()["error"]["fields"]
    assert (await job_row(app, job_id))["status"] == "UPLOADED"
    chosen = await client.post(f"/api/v1/jobs/{job_id}/approve", headers=staff, json={
        "staff_name": STAFF, "weight_g": 10, "time_hours": 1, "authoritative_filename": found["recommended"]})
    assert chosen.status_code == 200, chosen.text
    [change] = await events_of(app, job_id, "JobChanged")
    assert change["authoritative_filename"] == found["recommended"]


async def test_rejection_keeps_the_reasons_and_announces_them(jobs_service, files_service, mint):
    app, client = jobs_service
    job_id = await submitted_job(jobs_service, files_service)
    response = await client.post(f"/api/v1/jobs/{job_id}/reject", headers=mint.headers(), json={
        "staff_name": STAFF, "reasons": ["Walls too thin"], "custom_reason": "Thicken the handle to 2 mm."})
    assert response.status_code == 200 and response.json()["status"] == "REJECTED"
    assert response.json()["rejection_reasons"] == ["Walls too thin"]
    [rejected] = await events_of(app, job_id, "JobRejected")
    assert rejected["reasons"] == ["Walls too thin"] and rejected["custom_reason"] == "Thicken the handle to 2 mm."


async def test_delete_removes_the_row_keeps_the_trail_and_tells_the_files_service(jobs_service, files_service, mint):
    app, client = jobs_service
    job_id = await submitted_job(jobs_service, files_service)
    response = await client.request("DELETE", f"/api/v1/jobs/{job_id}", headers=mint.headers(),
                                    json={"staff_name": STAFF})
    assert response.status_code == 204
    assert await job_row(app, job_id) is None
    trail = (await client.get(f"/api/v1/jobs/{job_id}/events", headers=mint.headers())).json()["events"]
    assert [e["event_type"] for e in trail] == ["JobCreated", "JobDeleted"]
    [change] = await events_of(app, job_id, "JobChanged")
    assert change["deleted"] is True and change["action"] == "delete"
    again = await client.request("DELETE", f"/api/v1/jobs/{job_id}", headers=mint.headers(), json={"staff_name": STAFF})
    assert again.status_code == 404


async def test_every_change_reaches_the_live_feed_within_a_second(jobs_service, files_service, mint):
    app, client = jobs_service
    queue = app.state.job_feed.listen()
    job_id = await submitted_job(jobs_service, files_service)
    try:
        async def submitted():
            while not queue.empty():
                change = queue.get_nowait()
                if change and change["job_id"] == job_id:
                    return change
            return None

        new = await eventually(submitted, timeout=5)
        assert new and new["action"] == "submit" and new["status"] == "UPLOADED" and new["job"]["short_id"]
        await client.post(f"/api/v1/jobs/{job_id}/review", headers=mint.headers(),
                          json={"staff_name": STAFF, "reviewed": True})

        async def arrived():
            while not queue.empty():
                change = queue.get_nowait()
                if change and change["job_id"] == job_id:
                    return change
            return None

        change = await eventually(arrived, timeout=5)
        assert change and change["action"] == "review" and change["actor"]["staff_name"] == STAFF
    finally:
        app.state.job_feed.leave(queue)


async def test_the_stream_needs_a_staff_token(jobs_service):
    _, client = jobs_service
    response = await client.get("/api/v1/jobs/stream")
    assert response.status_code == 401 and response.json()["error"]["code"] == "unauthorized"


async def test_concurrent_approvals_of_one_job_accept_exactly_one(jobs_service, files_service, mint):
    app, client = jobs_service
    job_id = await submitted_job(jobs_service, files_service)
    results = await asyncio.gather(*[
        client.post(f"/api/v1/jobs/{job_id}/approve", headers=mint.headers(),
                    json={"staff_name": STAFF, "weight_g": 10 + i, "time_hours": 1})
        for i in range(4)
    ])
    assert sorted(r.status_code for r in results) == [200, 409, 409, 409]
    assert len(await events_of(app, job_id, "ConfirmationLinkIssued")) == 1
