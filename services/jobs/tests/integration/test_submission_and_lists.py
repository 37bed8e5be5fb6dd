"""Submissions and the dashboard's lists, against real PostgreSQL and NATS and the real files service."""

from __future__ import annotations

import asyncio
import hashlib
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from printdesk.devstack.samples import cube_stl, submission_form, unique_email
from printdesk.devstack.testing import TokenMint, eventually
from printdesk.jobs.adapters.orm import jobs, outbox


async def upload(files_client, size: float = 20.0) -> str:
    response = await files_client.post("/api/v1/uploads", files={"file": ("cube.stl", cube_stl(size), "model/stl")})
    assert response.status_code == 201, response.text
    return response.json()["upload_id"]


form = submission_form


async def row_count(app, table) -> int:
    async with app.state.runtime.session_factory() as session:
        return await session.scalar(sa.select(sa.func.count()).select_from(table))


async def job_row(app, job_id: str) -> dict:
    async with app.state.runtime.session_factory() as session:
        return dict((await session.execute(sa.select(jobs).where(jobs.c.id == job_id))).mappings().one())


async def test_a_submission_stores_every_field_and_its_file_lands_in_uploaded(jobs_service, files_service, mint):
    app, client = jobs_service
    files_client, files_settings = files_service[1], files_service[2]
    incoming = Path(files_settings.storage_root) / ".incoming"
    staged_before = set(incoming.iterdir())
    sent = form(await upload(files_client, 21), student_first_name=" Jane ", class_number="ARCH  4000")
    response = await client.post("/api/v1/submissions", json=sent)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["status"] == "UPLOADED" and body["short_id"] == body["job_id"][:6]
    assert body["tracking_url"] == f"https://print.example.edu/track/{body['tracking_token']}"

    row = await job_row(app, body["job_id"])
    assert (row["student_first_name"], row["student_last_name"], row["student_name"]) == ("Jane", "Doe", "Jane Doe")
    assert (row["student_email"], row["discipline"], row["class_number"]) == (sent["student_email"], "Architecture", "ARCH 4000")
    assert (row["print_method"], row["color"], row["printer"]) == ("Filament", "True Red", "Prusa MK4S")
    assert row["scaling_confirmed"] is True and row["min_charge_consent"] is True
    assert row["consent_at"] == row["created_at"]
    assert row["catalog_version"] >= 1
    assert row["tracking_token_hash"] == hashlib.sha256(body["tracking_token"].encode()).hexdigest()

    async def stored():
        return (await job_row(app, body["job_id"]))["file_path"]

    relative = await eventually(stored)
    assert relative.startswith("Uploaded/JaneDoe_") and relative.endswith(f"_{body['short_id']}.stl")
    placed = Path(files_settings.storage_root) / relative
    assert placed.read_bytes() == cube_stl(21)
    metadata = placed.with_name(f"{placed.stem}_metadata.json")
    assert metadata.exists() and sent["student_email"] in metadata.read_text()
    # (Other tests' submissions may still be leaving staging meanwhile: only new files count.)
    assert not set(incoming.iterdir()) - staged_before, "the staged copy is removed once the move committed"

    listed = await client.get("/api/v1/jobs", params={"status": "UPLOADED"}, headers=mint.headers())
    assert listed.status_code == 200
    [summary] = [j for j in listed.json()["jobs"] if j["id"] == body["job_id"]]
    assert (summary["print_method"], summary["color"], summary["printer"]) == ("Filament", "True Red", "Prusa MK4S")
    assert listed.headers["cache-control"] == "no-store"
    counts = await client.get("/api/v1/jobs/counts", headers=mint.headers())
    assert counts.json()["counts"]["UPLOADED"] >= 1
    assert set(counts.json()["counts"]) == {
        "UPLOADED", "PENDING", "READYTOPRINT", "PRINTING", "COMPLETED", "PAIDPICKEDUP", "REJECTED", "ARCHIVED"
    }


async def test_the_job_submitted_event_carries_the_form_and_the_tracking_link(jobs_service, files_service):
    app, client = jobs_service
    sent = form(await upload(files_service[1], 23), print_method="Resin", color="Clear", printer="Formlabs Form 3")
    body = (await client.post("/api/v1/submissions", json=sent)).json()

    async def published():
        async with app.state.runtime.session_factory() as session:
            rows = (await session.execute(
                sa.select(outbox.c.envelope, outbox.c.published_at).where(outbox.c.subject == "jobs.job.submitted.v1")
            )).all()
        mine = [r for r in rows if r.envelope["data"]["job_id"] == body["job_id"]]
        return mine if mine and mine[0].published_at is not None else None

    [(envelope, _)] = await eventually(published)
    data = envelope["data"]
    assert envelope["actor"]["kind"] == "student"
    assert (data["student_name"], data["student_first_name"], data["student_last_name"]) == ("Jane Doe", "Jane", "Doe")
    assert (data["print_method"], data["color"], data["printer"]) == ("Resin", "Clear", "Formlabs Form 3")
    assert (data["discipline"], data["class_number"]) == ("Architecture", "ARCH 4000")
    assert data["tracking_url"] == body["tracking_url"]
    assert data["student_email"] == sent["student_email"]


async def test_resubmitting_the_same_upload_is_a_409_and_writes_nothing(jobs_service, files_service):
    app, client = jobs_service
    payload = form(await upload(files_service[1], 22))
    assert (await client.post("/api/v1/submissions", json=payload)).status_code == 201
    before = await row_count(app, jobs), await row_count(app, outbox)
    again = await client.post("/api/v1/submissions", json=payload)
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "conflict"
    assert "existing_job_id" in again.json()["error"]["fields"]
    assert (await row_count(app, jobs), await row_count(app, outbox)) == before


async def test_the_same_file_from_the_same_student_while_open_is_a_409_naming_the_job(jobs_service, files_service):
    app, client = jobs_service
    email = unique_email()
    first = await client.post("/api/v1/submissions", json=form(await upload(files_service[1], 24), student_email=email))
    assert first.status_code == 201
    same_bytes = await upload(files_service[1], 24)
    again = await client.post("/api/v1/submissions", json=form(same_bytes, student_email=email.upper()))
    assert again.status_code == 409, again.text
    assert again.json()["error"]["fields"]["existing_job_id"] == first.json()["job_id"]
    other_student = await client.post("/api/v1/submissions", json=form(same_bytes, student_email=unique_email()))
    assert other_student.status_code == 201


INVALID = [
    ({"student_first_name": "J"}, "student_first_name", "First name must be 2 to 100 characters."),
    ({"student_last_name": "x" * 101}, "student_last_name", "Last name must be 2 to 100 characters."),
    ({"student_email": "nope"}, "student_email", "name@example.edu"),
    ({"discipline": "Alchemy"}, "discipline", "Choose your discipline"),
    ({"class_number": " "}, "class_number", "class number"),
    ({"print_method": "Laser"}, "print_method", "Choose a print method: Filament, Resin"),
    ({"color": "Black"}, "color", "Filament colors"),
    ({"printer": "Formlabs Form 3"}, "printer", "Choose a printer for Filament"),
    ({"scaling_confirmed": False}, "scaling_confirmed", "millimeters"),
    ({"min_charge_consent": False}, "min_charge_consent", "$3.00"),
    ({"upload_id": str(uuid.uuid4())}, "upload_id", "upload it again"),
]


@pytest.mark.parametrize(("overrides", "field", "words"), INVALID, ids=[case[1] for case in INVALID])
async def test_each_invalid_field_gets_its_own_message_and_nothing_is_written(
    jobs_service, files_service, overrides, field, words
):
    app, client = jobs_service
    before = await row_count(app, jobs), await row_count(app, outbox)
    response = await client.post("/api/v1/submissions", json={**form(await upload(files_service[1], 25)), **overrides})
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert error["code"] == "validation_error"
    assert field in error["fields"] and words in error["fields"][field], error
    if field not in ("print_method",):
        assert list(error["fields"]) == [field]
    assert (await row_count(app, jobs), await row_count(app, outbox)) == before


async def test_malformed_requests_get_json_errors_and_write_nothing(jobs_service):
    app, client = jobs_service
    before = await row_count(app, jobs)
    everything_missing = await client.post("/api/v1/submissions", json={})
    assert everything_missing.status_code == 422
    assert {"student_first_name", "print_method", "upload_id", "min_charge_consent"} <= set(
        everything_missing.json()["error"]["fields"]
    )
    legacy = await client.post(
        "/api/v1/submissions", json={"student_name": "Jane Doe", "student_email": "j@example.edu", "upload_id": str(uuid.uuid4())}
    )
    assert legacy.status_code == 422 and "student_name" in legacy.json()["error"]["fields"]
    bad_uuid = await client.post("/api/v1/submissions", json=form("x"))
    assert bad_uuid.status_code == 422 and "upload_id" in bad_uuid.json()["error"]["fields"]
    malformed = await client.post("/api/v1/submissions", content=b"{not json", headers={"content-type": "application/json"})
    assert malformed.status_code == 400
    assert malformed.json()["error"]["code"] == "malformed_json"
    assert await row_count(app, jobs) == before


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


async def test_a_double_clicked_submit_makes_one_job_and_one_409(jobs_service, files_service):
    app, client = jobs_service
    payload = form(await upload(files_service[1], 26))
    before = await row_count(app, jobs)
    first, second = await asyncio.gather(*(client.post("/api/v1/submissions", json=payload) for _ in range(2)))
    assert sorted([first.status_code, second.status_code]) == [201, 409], (first.text, second.text)
    created, refused = (first, second) if first.status_code == 201 else (second, first)
    assert refused.json()["error"]["fields"]["existing_job_id"] == created.json()["job_id"]
    assert await row_count(app, jobs) == before + 1



async def test_search_and_filters_narrow_the_list_and_the_counts_alike(jobs_service, files_service, mint):
    _, client = jobs_service
    tag = uuid.uuid4().hex[:6]
    made = []
    for size, first, method, color, printer in ((27, "Quinn", "Filament", "True Red", "Prusa XL"),
                                                (28, "Quinn", "Resin", "Clear", "Formlabs Form 3"),
                                                (29, "Rory", "Filament", "True Red", "Prusa MK4S")):
        sent = form(await upload(files_service[1], size), student_first_name=first, student_last_name=f"Zz{tag}",
                    print_method=method, color=color, printer=printer)
        response = await client.post("/api/v1/submissions", json=sent)
        assert response.status_code == 201, response.text
        made.append(response.json())
    staff = mint.headers()

    async def listed(**params) -> tuple[set[str], int]:
        body = (await client.get("/api/v1/jobs", params={"status": "UPLOADED", **params}, headers=staff)).json()
        counts = (await client.get("/api/v1/jobs/counts", params=params, headers=staff)).json()["counts"]
        return {j["short_id"] for j in body["jobs"]}, counts["UPLOADED"]

    ids = [m["short_id"] for m in made]
    assert await listed(search=f"zz{tag}") == (set(ids), 3)  # by name, any case
    assert await listed(search=f"quinn zz{tag}") == (set(ids[:2]), 2)
    assert await listed(search=f"zz{tag}", method="Resin") == ({ids[1]}, 1)
    assert await listed(search=f"zz{tag}", printer="Prusa MK4S") == ({ids[2]}, 1)
    assert await listed(search=ids[2]) == ({ids[2]}, 1)  # by Job ID
    # % and _ are literal characters, not wildcards.
    assert (await listed(search=f"zz{tag}%"))[1] == 0 and (await listed(search=f"zz{tag[:3]}_"))[1] == 0
    assert (await client.get("/api/v1/jobs", params={"search": "%_\\"}, headers=staff)).status_code == 200
    future = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    assert await listed(search=f"zz{tag}", **{"from": future}) == (set(), 0)

    card = (await client.get("/api/v1/jobs", params={"search": ids[0]}, headers=staff)).json()["jobs"][0]
    assert card["staff_viewed_at"] is None and card["has_notes"] is False and card["lock"] is None
    backwards = await client.get("/api/v1/jobs", params={"from": future, "to": "2020-01-01T00:00:00Z"}, headers=staff)
    assert backwards.status_code == 422 and backwards.json()["error"]["fields"]["to"]
    too_long = await client.get("/api/v1/jobs/counts", params={"search": "x" * 101}, headers=staff)
    assert too_long.status_code == 422
