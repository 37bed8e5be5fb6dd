"""A move killed half-way is finished when the service starts again, and its redelivered event does nothing twice.

The kill is real: a separate process handles the JobChanged as the consumer does and is SIGKILLed at a
chosen step; a second instance of the service (same database, NATS and storage root) then starts, as a
restarted service would.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from printdesk.devstack.testing import eventually, running_app
from printdesk.files.bootstrap import make_app

CLEAN = {"orphaned": [], "stale": [], "broken": [], "pending": []}
MOVER = Path(__file__).with_name("interrupted_mover.py")


def _kill_at(step: str, envelope, settings, tmp_path: Path) -> None:  # noqa: ANN001
    envelope_file = tmp_path / "envelope.json"
    envelope_file.write_text(envelope.model_dump_json())
    process = subprocess.Popen(
        [sys.executable, str(MOVER), settings.database_url, str(settings.storage_root), str(envelope_file), step],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        line = process.stdout.readline()  # blocks until the mover freezes (or ends)
        assert line.strip() == "FROZEN", (line, process.stderr.read() if process.poll() is not None else "")
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=30)
        process.stdout.close()
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL


async def _restart_and_settle(files_settings, jobs_feed, job_id: str) -> None:  # noqa: ANN001
    """Another instance of the service starts; its finisher takes up what the killed process left."""
    async with running_app(make_app(files_settings)):
        assert await eventually(lambda: jobs_feed.settled(job_id)), "the restarted service did not finish the move"


async def test_a_move_killed_after_the_copy_is_finished_on_restart(jobs_feed, files_settings, job_problems, tmp_path):
    job = await jobs_feed.submit("Kil Led")
    name = job.relative_path.split("/")[1]
    approve = jobs_feed.change(job, "PENDING", action="approve")

    _kill_at("copied", approve, files_settings, tmp_path)

    # Killed with the copy made and nothing committed: the records still point at Uploaded/, the intent waits.
    assert (jobs_feed.root / "Pending" / name).is_file() and (jobs_feed.root / job.relative_path).is_file()
    assert (await jobs_feed.record(job.job_id)).relative_path == job.relative_path
    assert [i["phase"] for i in await jobs_feed.intents(approve.event_id)] == ["copying"]
    assert not await jobs_feed.handled(approve)
    assert [m["phase"] for m in (await job_problems(job))["pending"]] == ["copying"]

    await _restart_and_settle(files_settings, jobs_feed, job.job_id)

    record = await jobs_feed.record(job.job_id)
    assert (record.relative_path, record.status) == (f"Pending/{name}", "PENDING")
    assert jobs_feed.job_files(job.job_id, job.short_id) == sorted([f"Pending/{name}", f"Pending/{job.base}_metadata.json"])
    assert json.loads((jobs_feed.root / record.metadata_path).read_text())["status"] == "PENDING"
    assert await job_problems(job) == CLEAN

    # JetStream redelivers the event the killed process never acknowledged: it is recorded, and changes nothing.
    await jobs_feed.publish(approve)
    assert await eventually(lambda: jobs_feed.handled(approve))
    assert len(await jobs_feed.intents(approve.event_id)) == 1
    assert await jobs_feed.file_stored_paths(job.job_id) == [job.relative_path, f"Pending/{name}"]
    assert jobs_feed.job_files(job.job_id, job.short_id) == sorted([f"Pending/{name}", f"Pending/{job.base}_metadata.json"])
    assert await job_problems(job) == CLEAN


async def test_a_move_killed_while_deleting_the_originals_is_finished_on_restart(
    jobs_feed, files_settings, job_problems, tmp_path,
):
    job = await jobs_feed.submit("Half Way")
    name = job.relative_path.split("/")[1]
    approve = jobs_feed.change(job, "PENDING", action="approve")

    _kill_at("cleanup", approve, files_settings, tmp_path)

    # Committed (the records point at Pending/), one original deleted, the other not yet.
    assert (await jobs_feed.record(job.job_id)).relative_path == f"Pending/{name}"
    assert await jobs_feed.handled(approve)
    leftovers = [p for p in jobs_feed.job_files(job.job_id, job.short_id) if p.startswith("Uploaded/")]
    assert len(leftovers) == 1
    assert [i["phase"] for i in await jobs_feed.intents(approve.event_id)] == ["cleanup"]

    await _restart_and_settle(files_settings, jobs_feed, job.job_id)

    assert jobs_feed.job_files(job.job_id, job.short_id) == sorted([f"Pending/{name}", f"Pending/{job.base}_metadata.json"])
    assert await job_problems(job) == CLEAN


async def test_a_move_that_fails_after_the_copy_is_redone_by_the_redelivered_event(
    jobs_feed, files_app, job_problems, monkeypatch,
):
    storage = files_app.state.storage
    job = await jobs_feed.submit("Re Try")
    name = job.relative_path.split("/")[1]
    copy = storage.copy
    failures = []

    async def copy_then_fail(*args: object) -> None:
        await copy(*args)
        if not failures:
            failures.append(args)
            raise OSError("the disk went away after the copy")

    monkeypatch.setattr(storage, "copy", copy_then_fail)
    approve = jobs_feed.change(job, "PENDING", action="approve")
    await jobs_feed.apply(approve)  # nak'ed once, delivered again, done

    assert len(failures) == 1
    assert (await jobs_feed.record(job.job_id)).relative_path == f"Pending/{name}"
    assert jobs_feed.job_files(job.job_id, job.short_id) == sorted([f"Pending/{name}", f"Pending/{job.base}_metadata.json"])
    assert await jobs_feed.file_stored_paths(job.job_id) == [job.relative_path, f"Pending/{name}"]
    assert await job_problems(job) == CLEAN


@pytest.fixture(autouse=True)
def _the_session_app_leaves_young_moves_to_their_handler(files_app):
    # The session's own finisher must not finish the killed moves before the restart does (it would be
    # correct, but then the restart would prove nothing): its grace is long, and these moves are young.
    assert files_app.state.move_finisher.grace.total_seconds() >= 60
