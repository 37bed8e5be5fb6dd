"""`POST /files/usage` (admin): what a retention batch's files take on disk, measured on the real storage root."""

from __future__ import annotations


async def test_usage_counts_each_jobs_file_and_metadata_on_disk(files_client, jobs_feed, admin_headers):
    first = await jobs_feed.submit("Use Age")
    second = await jobs_feed.submit("More Use")
    expected_files = expected_bytes = 0
    for job in (first, second):
        record = await jobs_feed.record(job.job_id)
        for path in (record.relative_path, record.metadata_path):
            expected_files += 1
            expected_bytes += (jobs_feed.root / path).stat().st_size

    answer = await files_client.post("/api/v1/files/usage", headers=admin_headers,
                                     json={"job_ids": [first.job_id, second.job_id, "no-such-job"]})
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"jobs": 2, "files": expected_files, "bytes": expected_bytes}

    # A file gone from disk is not counted (the audit reports it); the job still is.
    record = await jobs_feed.record(first.job_id)
    gone = (jobs_feed.root / record.metadata_path).stat().st_size
    (jobs_feed.root / record.metadata_path).unlink()
    answer = await files_client.post("/api/v1/files/usage", headers=admin_headers, json={"job_ids": [first.job_id]})
    own = (jobs_feed.root / record.relative_path).stat().st_size
    assert answer.json() == {"jobs": 1, "files": 1, "bytes": own}
    assert gone > 0


async def test_usage_refuses_bad_input_and_non_admins(files_client, admin_headers, staff_headers):
    for body in ({}, {"job_ids": []}, {"job_ids": ["x" * 33]}, {"job_ids": ["a"] * 1001}, {"job_ids": "abc"},
                 {"job_ids": ["a"], "extra": 1}):
        answer = await files_client.post("/api/v1/files/usage", headers=admin_headers, json=body)
        assert answer.status_code == 422, (body, answer.text)
        assert answer.json()["error"]["code"] == "validation_error"
    staff = await files_client.post("/api/v1/files/usage", headers=staff_headers, json={"job_ids": ["a"]})
    assert staff.status_code == 403
    anonymous = await files_client.post("/api/v1/files/usage", json={"job_ids": ["a"]})
    assert anonymous.status_code == 401
