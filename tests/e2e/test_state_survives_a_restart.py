"""A job submitted before `make down` is there after the next `make up` (all state under var/)."""

from __future__ import annotations

import time
import uuid

import httpx
import pytest

from printdesk.devstack.samples import cube_stl

pytestmark = pytest.mark.e2e


def test_a_job_survives_stopping_and_starting_the_stack(stack):
    with httpx.Client(timeout=20) as client:
        upload = client.post(f"{stack.url}/api/v1/uploads", files={"file": ("keep.stl", cube_stl(12), "model/stl")})
        job = client.post(f"{stack.url}/api/v1/submissions", json=stack.submission(
            upload.json()["upload_id"], "Grace", "Hopper", f"g-{uuid.uuid4().hex[:6]}@example.edu")).json()
        headers = stack.login(client)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            jobs = client.get(f"{stack.url}/api/v1/jobs", headers=headers).json()["jobs"]
            if any(j["id"] == job["job_id"] and j["display_name"] for j in jobs):
                break
            time.sleep(0.1)

    stack.stop()
    stack.start()

    with httpx.Client(timeout=20) as client:
        headers = stack.login(client)  # the admin workstation and its password survived too
        jobs = client.get(f"{stack.url}/api/v1/jobs", params={"page_size": 200}, headers=headers).json()["jobs"]
        mine = next(j for j in jobs if j["id"] == job["job_id"])
        assert mine["student_name"] == "Grace Hopper"
        assert mine["display_name"] == f"GraceHopper_Filament_TrueRed_{job['short_id']}.stl"
