"""The candidate scan: the files beside a job's file that may be printed for it, best first (staff)."""

from __future__ import annotations

import os
import time


def _touch(path, data: bytes, age_seconds: float) -> None:  # noqa: ANN001
    path.write_bytes(data)
    stamp = time.time() - age_seconds
    os.utime(path, (stamp, stamp))


async def test_candidates_come_by_kind_then_newest_then_name(files_client, jobs_feed, staff_headers):
    job = await jobs_feed.submit("Cand Idate")
    folder = jobs_feed.root / "Uploaded"
    current = job.relative_path.split("/")[1]
    short = job.short_id
    made = {
        f"{job.base}_sliced.3mf": 100, f"{job.base}.form": 50, f"print_{short}.idea": 10, f"{short}_v2.stl": 300,
        f"{short}_v3.stl": 0, f"{short}_b.obj": 5, f"{short}_a.obj": 5, "Other_ffffff.stl": 0,
        f"notes_{short}.txt": 0,
    }
    for name, age in made.items():
        _touch(folder / name, b"model " + name.encode(), age)
    os.utime(folder / current, (time.time() - 200,) * 2)

    response = await files_client.get(f"/api/v1/files/jobs/{job.job_id}/candidates", headers=staff_headers)
    assert response.status_code == 200, response.text
    body = response.json()
    names = [c["name"] for c in body["candidates"]]
    assert names == [
        f"{job.base}_sliced.3mf", f"{job.base}.form", f"print_{short}.idea",
        f"{short}_v3.stl", current, f"{short}_v2.stl", f"{short}_a.obj", f"{short}_b.obj",
    ]
    assert body["job_id"] == job.job_id and body["folder"] == "Uploaded"
    assert body["recommended"] == f"{job.base}_sliced.3mf"
    flags = {c["name"]: (c["is_current"], c["is_original"]) for c in body["candidates"]}
    assert flags[current] == (True, True)
    assert flags[f"{job.base}_sliced.3mf"] == (False, False)
    first = body["candidates"][0]
    assert first["extension"] == ".3mf" and first["size_bytes"] == len(b"model " + first["name"].encode())

    # Approved with the sliced file: in Pending/ it is the current file, and the original is not there.
    await jobs_feed.apply(jobs_feed.change(job, "PENDING", action="approve",
                                           authoritative_filename=f"{job.base}_sliced.3mf"))
    after = (await files_client.get(f"/api/v1/files/jobs/{job.job_id}/candidates", headers=staff_headers)).json()
    assert after["folder"] == "Pending"
    assert [(c["name"], c["is_current"], c["is_original"]) for c in after["candidates"]] == [
        (f"{job.base}_sliced.3mf", True, False),
    ]
    for name in made:
        (folder / name).unlink(missing_ok=True)


async def test_candidates_need_a_staff_token_and_a_known_job(files_client, staff_headers):
    unknown = await files_client.get(f"/api/v1/files/jobs/{'a' * 32}/candidates", headers=staff_headers)
    assert unknown.status_code == 404 and unknown.json()["error"]["code"] == "not_found"
    assert (await files_client.get(f"/api/v1/files/jobs/{'a' * 32}/candidates")).status_code == 401
