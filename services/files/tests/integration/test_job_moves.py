"""A job's file and its metadata.json move with the job (JobChanged), with real PostgreSQL, NATS and disk."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
import sqlalchemy as sa

from printdesk.devstack.testing import eventually
from printdesk.files.adapters.orm import file_moves
from printdesk.files.domain.metadata import SPEC_KEYS

CLEAN = {"orphaned": [], "stale": [], "broken": [], "pending": []}
MAIN_FLOW = [
    ("PENDING", "Pending", "approve"), ("READYTOPRINT", "ReadyToPrint", "confirm"),
    ("PRINTING", "Printing", "mark_printing"), ("COMPLETED", "Completed", "mark_complete"),
    ("PAIDPICKEDUP", "PaidPickedUp", "record_payment"), ("ARCHIVED", "Archived", "archive"),
]


def _metadata(root, relative: str) -> dict:  # noqa: ANN001
    return json.loads((root / relative).read_text())


async def test_the_file_and_its_metadata_follow_the_job_through_every_status(jobs_feed, job_problems):
    job = await jobs_feed.submit("Jane Doe")
    name = f"JaneDoe_Filament_TrueRed_{job.short_id}.stl"
    metadata_name = f"JaneDoe_Filament_TrueRed_{job.short_id}_metadata.json"
    assert job.relative_path == f"Uploaded/{name}"
    for status, folder, action in MAIN_FLOW:
        await jobs_feed.apply(jobs_feed.change(job, status, action=action))
        assert jobs_feed.job_files(job.job_id, job.short_id) == sorted([f"{folder}/{name}", f"{folder}/{metadata_name}"])
        record = await jobs_feed.record(job.job_id)
        assert (record.relative_path, record.metadata_path, record.status) == (
            f"{folder}/{name}", f"{folder}/{metadata_name}", status)
        assert record.status_at == job.clock
        document = _metadata(jobs_feed.root, record.metadata_path)
        assert set(SPEC_KEYS) <= set(document)
        assert (document["status"], document["file_path"], document["display_name"]) == (status, record.relative_path, name)
        assert document == record.document
        assert document["material"] == "Filament" and document["student_email"] == "jane@example.edu"
        assert await job_problems(job) == CLEAN
    # The jobs service learns each new place through FileStored.
    assert await jobs_feed.file_stored_paths(job.job_id) == [f"Uploaded/{name}"] + [f"{f}/{name}" for _, f, _ in MAIN_FLOW]


async def test_a_rejected_job_goes_to_the_rejected_folder(jobs_feed, job_problems):
    job = await jobs_feed.submit("Rae Ject")
    await jobs_feed.apply(jobs_feed.change(job, "REJECTED", action="reject"))
    record = await jobs_feed.record(job.job_id)
    assert record.relative_path.startswith("Rejected/") and record.metadata_path.startswith("Rejected/")
    assert all(p.startswith("Rejected/") for p in jobs_feed.job_files(job.job_id, job.short_id))
    assert await job_problems(job) == CLEAN


async def test_a_redelivered_change_and_a_late_older_one_change_nothing(jobs_feed, job_problems):
    job = await jobs_feed.submit("Red Elivery")
    approve = jobs_feed.change(job, "PENDING", action="approve")
    await jobs_feed.apply(approve)
    before = jobs_feed.job_files(job.job_id, job.short_id)
    # JetStream delivers it again (another message id gets past the stream's duplicate window).
    await jobs_feed.publish(approve, msg_id=f"again-{approve.event_id}")
    printing = jobs_feed.change(job, "READYTOPRINT", action="confirm")
    await jobs_feed.apply(printing)  # handled after the redelivery: the consumer is ordered
    assert len(await jobs_feed.intents(approve.event_id)) == 1
    paths = await jobs_feed.file_stored_paths(job.job_id)
    assert len(paths) == 3 and paths[1].startswith("Pending/") and paths[2].startswith("ReadyToPrint/")
    assert before[0].startswith("Pending/")
    # A change from before the last one arrives late (e.g. redelivered after a failure): it is not applied.
    late = jobs_feed.change(job, "UPLOADED", action="change_status", at=job.clock - timedelta(minutes=5))
    await jobs_feed.apply(late)
    assert (await jobs_feed.intents(late.event_id))[0]["outcome"] == "superseded"
    record = await jobs_feed.record(job.job_id)
    assert record.status == "READYTOPRINT" and record.relative_path.startswith("ReadyToPrint/")
    # Exactly the job's file and its metadata, under their own names: no numbered copy (`…_1.stl`), no leftover
    # original. (Not a search for "_1" in the paths: the names end in `_{short_id}`, which starts with 1 for one
    # job in 16.)
    assert jobs_feed.job_files(job.job_id, job.short_id) == [
        f"ReadyToPrint/{job.base}.stl", f"ReadyToPrint/{job.base}_metadata.json"]
    assert await job_problems(job) == CLEAN


async def test_changes_that_leave_the_status_alone_touch_no_file(jobs_feed):
    job = await jobs_feed.submit("Nora Note")
    notes = jobs_feed.change(job, action="notes")
    await jobs_feed.apply(notes)
    assert await jobs_feed.intents(notes.event_id) == []
    assert (await jobs_feed.record(job.job_id)).status_at is None


async def test_approval_with_a_chosen_file_keeps_the_students_original(jobs_feed, job_problems):
    job = await jobs_feed.submit("Sly Cer")
    original = job.relative_path
    sliced = jobs_feed.root / "Uploaded" / f"{job.base}_sliced.3mf"
    sliced.write_bytes(b"PK\x03\x04 a sliced project")
    await jobs_feed.apply(jobs_feed.change(job, "PENDING", action="approve", authoritative_filename=sliced.name))
    record = await jobs_feed.record(job.job_id)
    assert record.relative_path == f"Pending/{sliced.name}" and record.display_name == sliced.name
    assert record.original_path == original and (jobs_feed.root / original).is_file()
    assert not sliced.exists()
    document = _metadata(jobs_feed.root, record.metadata_path)
    assert document["authoritative_filename"] == sliced.name
    assert document["file_path"] == f"Pending/{sliced.name}"
    assert document["authoritative_history"] == [{
        "ts": job.clock.isoformat(), "by": "Ada Admin", "event": "approve", "from": original.split("/")[1],
        "to": sliced.name,
    }]
    assert await job_problems(job) == CLEAN  # the original is the job's, not an orphan
    await jobs_feed.apply(jobs_feed.change(job, "READYTOPRINT", action="confirm"))
    await jobs_feed.apply(jobs_feed.change(job, "PRINTING", action="mark_printing"))
    assert jobs_feed.job_files(job.job_id, job.short_id) == sorted(
        [original, f"Printing/{sliced.name}", f"Printing/{job.base}_metadata.json"])
    assert await job_problems(job) == CLEAN
    assert (await jobs_feed.file_stored_paths(job.job_id))[-1] == f"Printing/{sliced.name}"


@pytest.mark.parametrize("chosen", ["../escape.3mf", "missing.3mf", "notes.txt", "sub/dir.3mf", ".hidden.3mf"])
async def test_a_chosen_file_that_cannot_be_the_job_s_leaves_the_current_one(jobs_feed, job_problems, chosen):
    job = await jobs_feed.submit("Val Idate")
    (jobs_feed.root / "Uploaded" / f"notes_{job.short_id}.txt").write_text("not a model")
    await jobs_feed.apply(jobs_feed.change(job, "PENDING", action="approve", authoritative_filename=chosen))
    record = await jobs_feed.record(job.job_id)
    assert record.relative_path == job.relative_path.replace("Uploaded/", "Pending/")
    assert record.original_path is None
    assert _metadata(jobs_feed.root, record.metadata_path)["authoritative_history"] == []
    (jobs_feed.root / "Uploaded" / f"notes_{job.short_id}.txt").unlink()
    assert await job_problems(job) == CLEAN


async def test_a_deleted_job_leaves_no_file_and_no_record(jobs_feed, job_problems):
    job = await jobs_feed.submit("Del Ete")
    sliced = jobs_feed.root / "Uploaded" / f"{job.base}.form"
    sliced.write_bytes(b"PK\x03\x04 form")
    await jobs_feed.apply(jobs_feed.change(job, "PENDING", action="approve", authoritative_filename=sliced.name))
    assert len(jobs_feed.job_files(job.job_id, job.short_id)) == 3  # original, chosen file, metadata
    await jobs_feed.apply(jobs_feed.change(job, action="delete", deleted=True))
    assert jobs_feed.job_files(job.job_id, job.short_id) == []
    assert await jobs_feed.record(job.job_id) is None
    assert await job_problems(job) == CLEAN
    # A change of the job that arrives after its deletion has nothing to move (and is not retried).
    late = jobs_feed.change(job, "READYTOPRINT", action="confirm")
    await jobs_feed.apply(late)
    assert [i["outcome"] for i in await jobs_feed.intents(late.event_id)] == ["nothing_stored"]
    assert jobs_feed.job_files(job.job_id, job.short_id) == []


async def _set_aside_after_an_hour(jobs_feed, event_id) -> None:  # noqa: ANN001
    """The finisher's pass two hours after a change that found no stored file: it is set aside."""
    async with jobs_feed.runtime.session_factory() as session:
        await session.execute(sa.update(file_moves).where(file_moves.c.event_id == event_id)
                              .values(created_at=sa.func.now() - timedelta(hours=2)))
        await session.commit()
    await jobs_feed.app.state.move_finisher.finish_once(jobs_feed.runtime)
    assert [i["outcome"] for i in await jobs_feed.intents(event_id)] == ["nothing_stored"]


async def test_changes_that_came_before_the_file_are_applied_once_it_is_stored(jobs_feed, job_problems):
    """The job's JobSubmitted is held up for over an hour (say the disk was full) while staff approve it and the
    student confirms: when the file is finally placed, it goes straight to where the job is now."""
    submitted, job = await jobs_feed.prepare("Early Bird")
    approve = jobs_feed.change(job, "PENDING", action="approve")
    confirm = jobs_feed.change(job, "READYTOPRINT", action="confirm")
    for change in (approve, confirm):
        await jobs_feed.publish(change)
        assert await eventually(lambda change=change: jobs_feed.intents(change.event_id)), "no intent recorded"
        await _set_aside_after_an_hour(jobs_feed, change.event_id)

    await jobs_feed.publish(submitted)

    async def in_place():
        record = await jobs_feed.record(job.job_id)
        return record if record and record.status == "READYTOPRINT" and await jobs_feed.settled(job.job_id) else None

    record = await eventually(in_place)
    assert record is not None, "the changes set aside were not applied when the file was stored"
    assert record.relative_path == f"ReadyToPrint/EarlyBird_Filament_TrueRed_{job.short_id}.stl"
    assert jobs_feed.job_files(job.job_id, job.short_id) == sorted(
        [record.relative_path, f"ReadyToPrint/EarlyBird_Filament_TrueRed_{job.short_id}_metadata.json"])
    assert [i["outcome"] for i in await jobs_feed.intents(approve.event_id)] == ["moved"]
    assert [i["outcome"] for i in await jobs_feed.intents(confirm.event_id)] == ["moved"]
    job.relative_path = record.relative_path
    assert await job_problems(job) == CLEAN


async def test_a_deletion_that_came_before_the_file_removes_it_once_stored(jobs_feed, job_problems):
    submitted, job = await jobs_feed.prepare("Gone Early")
    delete = jobs_feed.change(job, action="delete", deleted=True)
    await jobs_feed.apply(delete)
    assert [i["outcome"] for i in await jobs_feed.intents(delete.event_id)] == ["nothing_stored"]
    await jobs_feed.publish(submitted)
    # Applied by the finisher once the file is stored (after its usual grace for a change still in flight).
    assert await eventually(lambda: jobs_feed.handled(submitted))
    await jobs_feed.app.state.move_finisher.finish_once(jobs_feed.runtime, grace=timedelta(0))
    assert [i["outcome"] for i in await jobs_feed.intents(delete.event_id)] == ["deleted"]
    assert await jobs_feed.record(job.job_id) is None
    assert jobs_feed.job_files(job.job_id, job.short_id) == []


async def test_a_name_taken_in_the_target_folder_gets_a_number(jobs_feed, job_problems):
    job = await jobs_feed.submit("Cla Sh")
    name = job.relative_path.split("/")[1]
    squatter = jobs_feed.root / "Pending" / name
    squatter.parent.mkdir(exist_ok=True)
    squatter.write_bytes(b"someone else's bytes")
    await jobs_feed.apply(jobs_feed.change(job, "PENDING", action="approve"))
    record = await jobs_feed.record(job.job_id)
    assert record.relative_path == f"Pending/{job.base}_1.stl"
    assert squatter.read_bytes() == b"someone else's bytes"
    problems = await job_problems(job)
    assert problems["broken"] == [] and problems["stale"] == []
    assert problems["orphaned"] == [f"Pending/{name}"]  # not the job's: its file has another name now
    squatter.unlink()
    assert await job_problems(job) == CLEAN
