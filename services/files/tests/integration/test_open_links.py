"""Signed print3d:// links: issued by the files service, accepted by the workstation handler, reported back."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from printdesk.contracts.envelope import Actor
from printdesk.contracts.events import JobSubmitted, make_event
from printdesk.devstack.samples import cube_stl
from printdesk.devstack.testing import TokenMint, eventually
from printdesk.files.adapters.orm import outbox, stored_files
from printdesk.handler import links
from printdesk.handler.paths import resolve
from printdesk.kit.messaging.jetstream import ensure_streams


@pytest.fixture(scope="module")
def mint(files_service) -> TokenMint:
    mint = TokenMint()
    mint.install(files_service[0])
    return mint


@pytest.fixture(scope="module")
async def stored_job(files_service, nats_url):
    """A job whose upload the files service has placed in Uploaded/ (through the real JobSubmitted event)."""
    import nats

    app, client, _ = files_service
    upload = await client.post("/api/v1/uploads", files={"file": ("part.stl", cube_stl(15), "model/stl")})
    assert upload.status_code == 201, upload.text
    job_id = uuid.uuid4().hex
    event = make_event(
        JobSubmitted(job_id=job_id, short_id=job_id[:6], upload_id=upload.json()["upload_id"], student_name="Lin Park",
                     student_email="lin@example.edu", original_filename="part.stl", sha256=upload.json()["sha256"],
                     print_method="Resin", color="Gray"),
        producer="jobs", actor=Actor.student(),
    )
    nc = await nats.connect(nats_url)
    js = nc.jetstream()
    await ensure_streams(js)
    await js.publish(event.subject, event.model_dump_json().encode(), headers={"Nats-Msg-Id": str(event.event_id)})
    await nc.close()

    async def placed():
        async with app.state.runtime.session_factory() as session:
            return await session.scalar(sa.select(stored_files.c.relative_path).where(stored_files.c.job_id == job_id))

    relative = await eventually(placed)
    assert relative == f"Uploaded/LinPark_Resin_Gray_{job_id[:6]}.stl"
    return job_id, relative


async def _trusted_keys(client, mint) -> dict:
    response = await client.get("/api/v1/files/link-key", headers=mint.headers(role="admin"))
    assert response.status_code == 200, response.text
    key = links.load_public_key(response.json()["public_key"])
    assert response.json()["key_id"] == links.key_id(key)
    return {links.key_id(key): key}


async def test_a_link_opens_exactly_the_jobs_file_when_the_handler_checks_it(files_service, stored_job, mint):
    _, client, settings = files_service
    job_id, relative = stored_job
    response = await client.get(f"/api/v1/files/jobs/{job_id}/open-link", headers=mint.headers())
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["url"].startswith("print3d://open?") and body["legacy_url"].startswith("3dprint://open?")
    assert body["relative_path"] == relative
    # What a workstation does with it: verify with the lab's public key, resolve under its own mount.
    link = links.parse(body["url"])
    links.verify(link, await _trusted_keys(client, mint))
    assert resolve(str(settings.storage_root), link.path) == str((Path(settings.storage_root) / relative).resolve())
    staff_only = await client.get("/api/v1/files/link-key", headers=mint.headers())
    assert staff_only.status_code == 403


async def test_a_link_to_another_file_in_the_jobs_folder(files_service, stored_job, mint):
    _, client, settings = files_service
    job_id, relative = stored_job
    sliced = Path(settings.storage_root) / Path(relative).parent / f"sliced_{job_id[:6]}.3mf"
    sliced.write_bytes(b"PK\x03\x04 a sliced project")
    ok = await client.get(f"/api/v1/files/jobs/{job_id}/open-link", params={"name": sliced.name}, headers=mint.headers())
    assert ok.status_code == 200, ok.text
    assert ok.json()["relative_path"] == f"Uploaded/{sliced.name}"
    for name, status in (("../secret.stl", 422), ("..", 422), ("notes.txt", 422), ("gone.stl", 404), ("a\\b.stl", 422)):
        response = await client.get(f"/api/v1/files/jobs/{job_id}/open-link", params={"name": name}, headers=mint.headers())
        assert response.status_code == status, (name, response.text)
        assert response.json()["error"]["message"]
    unknown = await client.get(f"/api/v1/files/jobs/{uuid.uuid4().hex}/open-link", headers=mint.headers())
    assert unknown.status_code == 404 and unknown.json()["error"]["code"] == "not_found"


async def test_the_handlers_report_is_recorded_only_with_a_valid_link(files_service, stored_job, mint):
    app, client, _ = files_service
    job_id, _ = stored_job
    link = links.parse((await client.get(f"/api/v1/files/jobs/{job_id}/open-link", headers=mint.headers())).json()["url"])
    report = {"path": link.path, "exp": link.expires_at, "kid": link.key_id, "sig": link.signature,
              "slicer": "PreForm", "workstation": "front-desk"}

    async def reports() -> int:
        async with app.state.runtime.session_factory() as session:
            return await session.scalar(sa.select(sa.func.count()).select_from(outbox).where(
                outbox.c.envelope["type"].astext == "FileOpenedInSlicer",
                outbox.c.envelope["data"]["job_id"].astext == job_id))

    before = await reports()
    for forged in ({**report, "path": "Uploaded/other.stl"}, {**report, "sig": report["sig"][:-4] + "AAAA"},
                   {**report, "kid": "0" * 12}):
        refused = await client.post(f"/api/v1/files/jobs/{job_id}/opened", json=forged)
        assert refused.status_code == 403, refused.text
        assert refused.json()["error"]["code"] == "invalid_link"
    wrong_job = await client.post(f"/api/v1/files/jobs/{uuid.uuid4().hex}/opened", json=report)
    assert wrong_job.status_code == 403
    assert await reports() == before
    accepted = await client.post(f"/api/v1/files/jobs/{job_id}/opened", json=report)
    assert accepted.status_code == 204, accepted.text
    assert await reports() == before + 1
    # The same report again (the handler retried, or someone replays it): still one opening.
    for _ in range(2):
        again = await client.post(f"/api/v1/files/jobs/{job_id}/opened", json=report)
        assert again.status_code == 204, again.text
    assert await reports() == before + 1


async def test_the_command_prints_the_key_workstations_trust(files_service, mint):
    _, client, settings = files_service
    env = {**os.environ, "PRINTDESK_FILES_DATABASE_URL": settings.database_url}
    result = subprocess.run([str(Path(sys.prefix) / "bin" / "printdesk-files"), "link-key"], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    response = await client.get("/api/v1/files/link-key", headers=mint.headers(role="admin"))
    assert line == f"PUBLIC_KEYS = {response.json()['public_key']}"


async def test_staff_download_the_jobs_file_and_nothing_outside_its_folder(files_service, stored_job, mint):
    app, client, settings = files_service
    job_id, relative = stored_job
    staff = mint.headers()
    got = await client.get(f"/api/v1/files/jobs/{job_id}/download", headers=staff)
    assert got.status_code == 200 and got.content == cube_stl(15)
    assert got.headers["content-type"].startswith("model/stl")
    assert Path(relative).name in got.headers["content-disposition"]
    assert got.headers["cache-control"] == "private, no-store"
    assert (await client.get(f"/api/v1/files/jobs/{job_id}/download")).status_code == 401

    folder = settings.storage_root / Path(relative).parent
    outside = settings.storage_root.parent / f"secret-{uuid.uuid4().hex[:6]}.stl"
    outside.write_bytes(b"not yours")
    escape = folder / f"escape-{uuid.uuid4().hex[:6]}.stl"
    escape.symlink_to(outside)
    try:
        for name, status in (("../../etc/passwd", 422), ("..", 422), ("x/y.stl", 422), ("notes.txt", 422),
                             ("missing.stl", 404), (escape.name, 404)):
            refused = await client.get(f"/api/v1/files/jobs/{job_id}/download", params={"name": name}, headers=staff)
            assert refused.status_code == status, (name, refused.text)
            assert refused.json()["error"]["message"]
        unknown = await client.get(f"/api/v1/files/jobs/{uuid.uuid4().hex}/download", headers=staff)
        assert unknown.status_code == 404
    finally:
        escape.unlink()
        outside.unlink()
