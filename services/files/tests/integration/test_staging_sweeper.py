"""Staged uploads no submission claims within 24 hours are removed, file and row."""

from __future__ import annotations

import os
import time
import uuid
from datetime import timedelta
from pathlib import Path

import sqlalchemy as sa

from printdesk.devstack.samples import cube_stl
from printdesk.files.adapters.orm import uploads
from printdesk.files.adapters.storage import STAGING


async def _upload(client) -> dict:  # noqa: ANN001
    response = await client.post("/api/v1/uploads", files={"file": ("cube.stl", cube_stl(20), "model/stl")})
    assert response.status_code == 201, response.text
    return response.json()


async def _backdate(app, upload_id: str, root: Path, hours: float) -> Path:  # noqa: ANN001
    async with app.state.runtime.session_factory() as session:
        staged = await session.scalar(sa.select(uploads.c.staged_path).where(uploads.c.id == uuid.UUID(upload_id)))
        await session.execute(
            sa.update(uploads).where(uploads.c.id == uuid.UUID(upload_id))
            .values(created_at=uploads.c.created_at - timedelta(hours=hours))
        )
        await session.commit()
    path = root / staged
    past = time.time() - hours * 3600
    os.utime(path, (past, past))
    return path


async def _exists(app, upload_id: str) -> bool:  # noqa: ANN001
    async with app.state.runtime.session_factory() as session:
        return await session.scalar(sa.select(sa.func.count()).where(uploads.c.id == uuid.UUID(upload_id))) == 1


async def test_an_unclaimed_upload_older_than_a_day_is_removed_and_a_younger_one_kept(
    files_app, files_client, files_settings
):
    root = Path(files_settings.storage_root)
    old, young, claimed = await _upload(files_client), await _upload(files_client), await _upload(files_client)
    old_file = await _backdate(files_app, old["upload_id"], root, hours=25)
    young_file = await _backdate(files_app, young["upload_id"], root, hours=23)
    claimed_file = await _backdate(files_app, claimed["upload_id"], root, hours=48)
    async with files_app.state.runtime.session_factory() as session:
        await session.execute(sa.update(uploads).where(uploads.c.id == uuid.UUID(claimed["upload_id"]))
                              .values(job_id="job-claimed", claimed_at=sa.func.now()))
        await session.commit()
    claimed_file.unlink()  # a claimed upload was placed in Uploaded/ and left staging then
    stray = root / STAGING / "crashed-mid-upload.stl"
    stray.write_bytes(b"half a file")
    os.utime(stray, (time.time() - 30 * 3600,) * 2)

    removed = await files_app.state.sweeper.sweep_once(files_app.state.runtime)

    assert removed >= 2
    assert not await _exists(files_app, old["upload_id"]) and not old_file.exists()
    assert await _exists(files_app, young["upload_id"]) and young_file.exists()
    assert await _exists(files_app, claimed["upload_id"])
    assert not stray.exists()
    gone = await files_client.get(f"/api/v1/uploads/{old['upload_id']}")
    assert gone.status_code == 404


async def test_the_sweeper_runs_as_a_background_loop_with_its_settings(files_app, files_settings):
    sweeper = files_app.state.sweeper
    assert sweeper.max_age == timedelta(hours=files_settings.staging_max_age_hours) == timedelta(hours=24)
    assert sweeper.interval_seconds == files_settings.staging_sweep_interval_seconds
    assert any(t.get_name() == "staging-sweeper" and not t.done() for t in files_app.state.runtime._tasks)


async def test_temporary_files_of_interrupted_writes_are_removed_after_an_hour(files_app, files_settings):
    root = Path(files_settings.storage_root)
    (root / "Pending").mkdir(exist_ok=True)
    abandoned = root / "Pending" / ".JaneDoe_Resin_Gray_a1b2c3.stl.0f1e2d3c4b5a.tmp"
    abandoned.write_bytes(b"half a copy")
    abandoned_metadata = root / "Pending" / ".JaneDoe_Resin_Gray_a1b2c3_metadata.json.w.tmp"
    abandoned_metadata.write_text("{")
    in_progress = root / "Pending" / ".LinPark_Resin_Gray_d4e5f6.stl.aaaabbbbcccc.tmp"
    in_progress.write_bytes(b"being written now")
    kept = root / "Pending" / "old-but-visible.tmp"  # not one of ours: the files audit reports such files
    kept.write_bytes(b"x")
    outside = root.parent / f".outside-{uuid.uuid4().hex}.tmp"
    outside.write_bytes(b"not in the storage root")
    link = root / "Pending" / ".link-to-outside.tmp"
    link.symlink_to(outside)
    two_hours_ago = time.time() - 2 * 3600
    for path in (abandoned, abandoned_metadata, kept, outside):
        os.utime(path, (two_hours_ago, two_hours_ago))
    os.utime(link, (two_hours_ago, two_hours_ago), follow_symlinks=False)
    try:
        removed = await files_app.state.sweeper.sweep_once(files_app.state.runtime)
        assert removed >= 2
        assert not abandoned.exists() and not abandoned_metadata.exists()
        assert in_progress.exists() and kept.exists()
        assert outside.exists() and link.is_symlink()  # a link is never followed or taken for a temporary file
    finally:
        for path in (in_progress, kept, outside, link):
            path.unlink(missing_ok=True)
