"""The files-vs-records audit report and its safe repairs (admin), against a real storage root and database."""

from __future__ import annotations

import os
import shutil

import pytest
import sqlalchemy as sa

from printdesk.files.adapters.orm import storage_audit_actions, stored_files

CLEAN = {"orphaned": [], "stale": [], "broken": [], "pending": []}


async def _act(client, headers, **body):  # noqa: ANN001, ANN003, ANN202
    return await client.post("/api/v1/admin/audit/actions", json={"staff_name": "Ada Admin", **body}, headers=headers)


async def _log_rows(app) -> list[dict]:  # noqa: ANN001
    async with app.state.runtime.session_factory() as session:
        rows = await session.execute(sa.select(storage_audit_actions).order_by(storage_audit_actions.c.at))
        return [dict(r) for r in rows.mappings()]


async def test_each_kind_of_problem_is_reported_and_repaired(
    files_app, files_client, jobs_feed, job_problems, admin_headers, staff_on_roster,
):
    job = await jobs_feed.submit("Audi Tor")
    await jobs_feed.apply(jobs_feed.change(job, "PENDING", action="approve"))
    record = await jobs_feed.record(job.job_id)
    name = record.display_name
    assert await job_problems(job) == CLEAN
    root = jobs_feed.root

    # A lost file, a copy of the job's file left in Uploaded/, a metadata.json that says otherwise, a status moved on.
    (root / "Completed").mkdir(exist_ok=True)
    (root / "Completed" / f"lost_{job.short_id}.stl").write_bytes(b"solid lost")
    shutil.copyfile(root / record.relative_path, root / "Uploaded" / name)
    (root / record.metadata_path).write_text('{"status": "UPLOADED", "file_path": "Uploaded/x.stl"}')
    async with files_app.state.runtime.session_factory() as session:
        await session.execute(sa.update(stored_files).where(stored_files.c.job_id == job.job_id).values(status="PRINTING"))
        await session.commit()

    problems = await job_problems(job)
    assert problems["orphaned"] == [f"Completed/lost_{job.short_id}.stl"]
    assert problems["stale"] == [{"path": f"Uploaded/{name}", "job_id": job.job_id, "job_path": record.relative_path}]
    assert problems["broken"] == [{"job_id": job.job_id, "status": "PRINTING", "relative_path": record.relative_path,
                                   "issues": ["dir_status_mismatch", "metadata_mismatch"]}]

    fixed = await _act(files_client, admin_headers, action="repair_metadata", job_id=job.job_id)
    assert fixed.status_code == 200, fixed.text
    assert (await job_problems(job))["broken"][0]["issues"] == ["dir_status_mismatch"]
    moved = await _act(files_client, admin_headers, action="repair_location", job_id=job.job_id)
    assert moved.status_code == 200, moved.text
    assert moved.json()["outcome"] == "moved" and moved.json()["path"] == f"Printing/{name}"
    again = await _act(files_client, admin_headers, action="repair_location", job_id=job.job_id)
    assert again.status_code == 409 and again.json()["error"]["code"] == "already_in_place"
    stale = await _act(files_client, admin_headers, action="delete_stale", path=f"Uploaded/{name}")
    assert stale.status_code == 200, stale.text
    orphan = await _act(files_client, admin_headers, action="delete_orphan", path=f"Completed/lost_{job.short_id}.stl")
    assert orphan.status_code == 200, orphan.text

    assert await job_problems(job) == CLEAN
    assert jobs_feed.job_files(job.job_id, job.short_id) == sorted([f"Printing/{name}", f"Printing/{job.base}_metadata.json"])
    log = [r for r in await _log_rows(files_app) if r["job_id"] == job.job_id or job.short_id in (r["path"] or "")]
    assert [(r["action"], r["staff_name"], r["workstation_id"]) for r in log] == [
        ("repair_metadata", "Ada Admin", "admin-desk"), ("repair_location", "Ada Admin", "admin-desk"),
        ("delete_stale", "Ada Admin", "admin-desk"), ("delete_orphan", "Ada Admin", "admin-desk"),
    ]


async def test_missing_files_are_reported_and_a_lost_metadata_json_is_rewritten(
    files_client, jobs_feed, job_problems, admin_headers, staff_on_roster,
):
    job = await jobs_feed.submit("Miss Ing")
    record = await jobs_feed.record(job.job_id)
    root = jobs_feed.root
    (root / record.metadata_path).unlink()
    hidden = root / "Uploaded" / f".away-{job.short_id}"
    os.replace(root / record.relative_path, hidden)
    assert (await job_problems(job))["broken"][0]["issues"] == ["file_missing", "metadata_missing"]
    refused = await _act(files_client, admin_headers, action="repair_location", job_id=job.job_id)
    assert refused.status_code == 409 and refused.json()["error"]["code"] == "file_missing"
    os.replace(hidden, root / record.relative_path)
    rewritten = await _act(files_client, admin_headers, action="repair_metadata", job_id=job.job_id)
    assert rewritten.status_code == 200, rewritten.text
    assert await job_problems(job) == CLEAN


async def test_hostile_or_unsafe_actions_are_refused_and_nothing_is_deleted(
    files_app, files_client, jobs_feed, admin_headers, staff_headers, staff_on_roster, tmp_path,
):
    job = await jobs_feed.submit("Host Ile")
    record = await jobs_feed.record(job.job_id)
    root = jobs_feed.root
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.stl"
    secret.write_bytes(b"not yours")
    link = root / "Uploaded" / f"evil_{job.short_id}.stl"
    link.symlink_to(secret)
    folder_link = root / "Uploaded" / f"elsewhere_{job.short_id}"
    folder_link.symlink_to(outside, target_is_directory=True)
    orphan = root / "Uploaded" / f"orphan_{job.short_id}.stl"
    orphan.write_bytes(b"solid orphan")
    before_log = len(await _log_rows(files_app))

    refused = {
        "../outside/secret.stl": (409, "unsafe_path"),
        "Uploaded/../../outside/secret.stl": (409, "unsafe_path"),
        str(secret): (409, "unsafe_path"),
        str(root / record.relative_path): (409, "unsafe_path"),
        "Uploaded\\..\\..\\secret.stl": (409, "unsafe_path"),
        "C:/Windows/system.ini": (409, "unsafe_path"),
        f"Uploaded/{link.name}": (409, "unsafe_path"),
        f"Uploaded/{folder_link.name}/secret.stl": (409, "unsafe_path"),
        ".incoming/anything.stl": (409, "unsafe_path"),
        "Uploaded/./x.stl": (409, "unsafe_path"),
        record.relative_path: (409, "file_referenced"),
        record.metadata_path: (409, "file_referenced"),
        "Uploaded/not-there.stl": (404, "not_found"),
    }
    for path, (status, code) in refused.items():
        for action in ("delete_orphan", "delete_stale"):
            response = await _act(files_client, admin_headers, action=action, path=path)
            assert response.status_code == status, (action, path, response.text)
            assert response.json()["error"]["code"] == code, (action, path, response.text)
    not_stale = await _act(files_client, admin_headers, action="delete_stale", path=f"Uploaded/{orphan.name}")
    assert not_stale.status_code == 409 and not_stale.json()["error"]["code"] == "not_stale"

    bad_requests = [
        ({"action": "delete_orphan"}, 422, "validation_error"),
        ({"action": "format_disk", "path": f"Uploaded/{orphan.name}"}, 422, "validation_error"),
        ({"action": "delete_orphan", "path": f"Uploaded/{orphan.name}", "staff_name": "Nobody Known"}, 422, "unknown_staff"),
        ({"action": "repair_metadata"}, 422, "validation_error"),
        ({"action": "repair_location", "job_id": "f" * 32}, 404, "not_found"),
        ({"action": "delete_orphan", "path": f"Uploaded/{orphan.name}", "extra": 1}, 422, "validation_error"),
    ]
    for body, status, code in bad_requests:
        response = await _act(files_client, admin_headers, **body)
        assert response.status_code == status, (body, response.text)
        assert response.json()["error"]["code"] == code, (body, response.text)
    as_staff = await _act(files_client, staff_headers, action="delete_orphan", path=f"Uploaded/{orphan.name}")
    assert as_staff.status_code == 403
    anonymous = await files_client.post("/api/v1/admin/audit/actions",
                                        json={"staff_name": "Ada Admin", "action": "delete_orphan", "path": "x"})
    assert anonymous.status_code == 401

    assert secret.read_bytes() == b"not yours" and link.is_symlink() and folder_link.is_symlink()
    assert (root / record.relative_path).is_file() and (root / record.metadata_path).is_file() and orphan.is_file()
    assert len(await _log_rows(files_app)) == before_log

    deleted = await _act(files_client, admin_headers, action="delete_orphan", path=f"Uploaded/{orphan.name}")
    assert deleted.status_code == 200, deleted.text
    assert not orphan.exists() and secret.exists()
    link.unlink()
    folder_link.unlink()


@pytest.mark.parametrize("path", ["/api/v1/admin/audit/report"])
async def test_the_report_is_for_admins_only(files_client, staff_headers, path):
    assert (await files_client.get(path, headers=staff_headers)).status_code == 403
    assert (await files_client.get(path)).status_code == 401
