"""Use cases of the jobs service: small functions `(command, uow, ...)`."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from printdesk.contracts import events as contract
from printdesk.contracts.envelope import Actor, EventEnvelope
from printdesk.jobs.domain import events
from printdesk.jobs.domain.model import DUPLICATE_GUARD_STATUSES, InvalidJob, Job, short_id_for
from printdesk.jobs.service_layer.errors import Conflict, InvalidInput, NotFound, Unavailable
from printdesk.jobs.service_layer.ports import UnitOfWork, UploadLookup, UploadServiceUnavailable

PRODUCER = "jobs"


@dataclass(frozen=True)
class SubmitJob:
    student_name: str
    student_email: str
    upload_id: uuid.UUID


def _now() -> datetime:
    return datetime.now(UTC)


def _envelope(event: events.Event, actor: Actor) -> EventEnvelope:
    if isinstance(event, events.JobSubmitted):
        payload = contract.JobSubmitted(**event.__dict__)
    else:  # pragma: no cover - every domain event has a mapping
        raise TypeError(f"no contract for {type(event).__name__}")
    return contract.make_event(payload, producer=PRODUCER, actor=actor)


async def _publish(uow: UnitOfWork, actor: Actor) -> None:
    for job in uow.jobs.seen():
        while job.events:
            await uow.add_event(_envelope(job.events.pop(0), actor))


async def submit_job(
    cmd: SubmitJob,
    uow: UnitOfWork,
    uploads: UploadLookup,
    new_id: Callable[[], str] = lambda: uuid.uuid4().hex,
) -> Job:
    """A student's submission becomes an UPLOADED job, once per upload, refusing open duplicates."""
    try:
        upload = await uploads.get(cmd.upload_id)
    except UploadServiceUnavailable as exc:
        raise Unavailable("The file service is not answering; please try again in a minute.") from exc
    if upload is None:
        raise InvalidInput(
            "The uploaded file was not found; please upload it again.",
            {"upload_id": "unknown upload"},
        )
    async with uow:
        if claimed_by := await uow.jobs.upload_claimed(cmd.upload_id):
            raise Conflict("This upload was already submitted.", existing_job_id=claimed_by)
        duplicate = await uow.jobs.open_duplicate(
            upload.sha256, cmd.student_email.strip(), DUPLICATE_GUARD_STATUSES
        )
        if duplicate:
            raise Conflict(
                "You already submitted this file and it is still being handled.",
                existing_job_id=duplicate,
            )
        job_id = new_id()
        short_id = short_id_for(job_id)
        if await uow.jobs.short_id_taken(short_id):
            short_id = short_id_for(job_id, 12)
        try:
            job = Job.submit(
                job_id=job_id, short_id=short_id, student_name=cmd.student_name,
                student_email=cmd.student_email, upload_id=cmd.upload_id,
                original_filename=upload.filename, file_hash=upload.sha256, now=_now(),
            )
        except InvalidJob as exc:
            raise InvalidInput("Please check the highlighted fields.", exc.fields) from exc
        uow.jobs.add(job)
        await _publish(uow, Actor.student())
        await uow.commit()
    return job


async def record_file_stored(event: contract.FileStored, uow: UnitOfWork) -> None:
    """The files service stored the job's file: keep its path and display name on the job."""
    job = await uow.jobs.get(event.job_id)
    if job is None:
        raise NotFound(f"job {event.job_id} not found for stored file")
    job.file_stored(relative_path=event.relative_path, display_name=event.display_name, now=_now())
