"""Submissions and the dashboard's lists, against real PostgreSQL and NATS and the real files service."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

import sqlalchemy as sa

from printdesk.devstack.samples import cube_stl
from printdesk.devstack.testing import TokenMint, eventually
from printdesk.jobs.adapters.orm import jobs, outbox


async def _upload(files_client, size: float = 20.0) -> str:
    response = await files_client.post("/api/v1/uploads", files={"file": ("cube.stl", cube_stl(size), "model/stl")})
    assert response.status_code == 201, response.text
    return response.json()["upload_id"]


async def _row_count(app, table) -> int:
    async with app.state.runtime.session_factory() as session:
        return await session.scalar(sa.select(sa.func.count()).select_from(table))




async def test_a_submission_creates_the_job_and_its_file_lands_in_uploaded(jobs_service, files_service, mint):
    app, client = jobs_service
    files_client, files_settings = files_service[1], files_service[2]
    incoming = Path(files_settings.storage_root) / ".incoming"
    staged_before = set(incoming.iterdir())
    upload_id = await _upload(files_client, 21)
    email = f"student-{uuid.uuid4().hex[:6]}@example.edu"
    response = await client.post(
        "/api/v1/submissions", json={"student_name": "Jane Doe", "student_email": email, "upload_id": upload_id}
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["status"] == "UPLOADED" and body["short_id"] == body["job_id"][:6]

    async def stored():
        async with app.state.runtime.session_factory() as session:
            return await session.scalar(sa.select(jobs.c.file_path).where(jobs.c.id == body["job_id"]))

    relative = await eventually(stored)
    assert relative == f"Uploaded/JaneDoe_{body['short_id']}.stl"
    placed = Path(files_settings.storage_root) / relative
    assert placed.read_bytes() == cube_stl(21)
    metadata = placed.with_name(f"JaneDoe_{body['short_id']}_metadata.json")
    assert metadata.exists() and email in metadata.read_text()
    assert set(incoming.iterdir()) == staged_before, "the staged copy is removed once the move committed"

    listed = await client.get("/api/v1/jobs", params={"status": "UPLOADED"}, headers=mint.headers())
    assert listed.status_code == 200
    assert body["job_id"] in [j["id"] for j in listed.json()["jobs"]]
    assert listed.headers["cache-control"] == "no-store"
    counts = await client.get("/api/v1/jobs/counts", headers=mint.headers())
    assert counts.json()["counts"]["UPLOADED"] >= 1
    assert set(counts.json()["counts"]) == {
        "UPLOADED", "PENDING", "READYTOPRINT", "PRINTING", "COMPLETED", "PAIDPICKEDUP", "REJECTED", "ARCHIVED"
    }


async def test_resubmitting_the_same_upload_is_a_409_and_writes_nothing(jobs_service, files_service):
    app, client = jobs_service
    upload_id = await _upload(files_service[1], 22)
    payload = {"student_name": "Sam Lee", "student_email": "sam@example.edu", "upload_id": upload_id}
    assert (await client.post("/api/v1/submissions", json=payload)).status_code == 201
    before_jobs, before_events = await _row_count(app, jobs), await _row_count(app, outbox)
    again = await client.post("/api/v1/submissions", json=payload)
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "conflict"
    assert "existing_job_id" in again.json()["error"]["fields"]
    assert (await _row_count(app, jobs), await _row_count(app, outbox)) == (before_jobs, before_events)


async def test_bad_submissions_get_json_errors_and_write_nothing(jobs_service):
    app, client = jobs_service
    before = await _row_count(app, jobs)
    cases = [
        ({"student_name": "Jane Doe", "student_email": "jane@example.edu"}, 422, "upload_id"),
        ({"student_name": "J", "student_email": "jane@example.edu", "upload_id": str(uuid.uuid4())}, 422, "student_name"),
        ({"student_name": "Jane", "student_email": "nope", "upload_id": str(uuid.uuid4())}, 422, "student_email"),
        ({"student_name": "Jane", "student_email": "jane@example.edu", "upload_id": str(uuid.uuid4())}, 422, "upload_id"),
        ({"student_name": "Jane", "student_email": "jane@example.edu", "upload_id": "x", "extra": 1}, 422, "extra"),
    ]
    for body, status, field in cases:
        response = await client.post("/api/v1/submissions", json=body)
        assert response.status_code == status, (body, response.text)
        assert field in response.json()["error"]["fields"], response.json()
    malformed = await client.post("/api/v1/submissions", content=b"{not json", headers={"content-type": "application/json"})
    assert malformed.status_code == 400
    assert malformed.json()["error"]["code"] == "malformed_json"
    assert await _row_count(app, jobs) == before


async def test_lists_need_a_valid_staff_token(jobs_service, mint):
    _, client = jobs_service
    stranger = TokenMint()  # a key the service does not trust
    for headers in ({}, {"Authorization": "Bearer garbage"}, stranger.headers(),
                    {"Authorization": f"Bearer {mint.token(ttl=timedelta(seconds=-5))}"}):
        for path in ("/api/v1/jobs", "/api/v1/jobs/counts"):
            response = await client.get(path, headers=headers)
            assert response.status_code == 401, (path, headers, response.text)
            assert response.json()["error"]["code"] == "unauthorized"
    bad_status = await client.get("/api/v1/jobs", params={"status": "NOPE"}, headers=mint.headers())
    assert bad_status.status_code == 422
