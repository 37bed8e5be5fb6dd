"""Use cases of a job's life: small functions `(command, uow, ...)`."""

from __future__ import annotations

import logging
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from printdesk.contracts import events as contract
from printdesk.contracts.envelope import Actor
from printdesk.jobs.domain.audit import AuditRecord
from printdesk.jobs.domain.model import DUPLICATE_GUARD_STATUSES, Job, short_id_for
from printdesk.jobs.domain.submission import InvalidSubmission, SubmissionForm
from printdesk.jobs.domain.tracking import tracking_token_hash
from printdesk.jobs.service_layer.catalog import choices_from
from printdesk.jobs.service_layer.errors import Conflict, InvalidInput, Unavailable
from printdesk.jobs.service_layer.ports import UnitOfWork, UploadLookup, UploadServiceUnavailable
from printdesk.jobs.service_layer.publishing import envelope_for

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SubmitJob:
    form: SubmissionForm
    upload_id: uuid.UUID


@dataclass(frozen=True)
class SubmittedJob:
    job: Job
    # Handed to the student once (response and e-mail); only its hash is kept.
    tracking_token: str
    tracking_url: str


def _now() -> datetime:
    return datetime.now(UTC)


def new_tracking_token() -> str:
    return secrets.token_urlsafe(24)


async def _publish(uow: UnitOfWork, actor: Actor) -> None:
    for job in uow.jobs.seen():
        while job.events:
            await uow.add_event(envelope_for(job.events.pop(0), actor))


_CHECK_FIELDS = "Please check the highlighted fields."


async def submit_job(
    cmd: SubmitJob,
    uow: UnitOfWork,
    uploads: UploadLookup,
    *,
    public_url: str,
    new_id: Callable[[], str] = lambda: uuid.uuid4().hex,
    new_token: Callable[[], str] = new_tracking_token,
) -> SubmittedJob:
    """A student's submission becomes an UPLOADED job: every field fits the lab's current catalog, the upload
    exists and is not claimed yet, and the same student has no open job with the same file (SPEC.md §2.2).

    Every problem with the form and the upload is reported at once. The upload is looked up outside any
    transaction (a read from the files service, with a timeout).
    """
    async with uow:
        catalog = await uow.catalog.get()
    if catalog is None:
        raise Unavailable("The lab's catalog is not set up yet; please try again later.")
    choices = choices_from(catalog)
    problems = cmd.form.problems(choices)
    try:
        upload = await uploads.get(cmd.upload_id)
    except UploadServiceUnavailable as exc:
        if problems:  # the student has something to fix anyway
            raise InvalidInput(_CHECK_FIELDS, problems) from exc
        raise Unavailable("The file service is not answering; please try again in a minute.") from exc
    if upload is None:
        problems["upload_id"] = "We cannot find your uploaded file; please upload it again."
    if problems:
        raise InvalidInput(_CHECK_FIELDS, problems)
    form = cmd.form.tidied()

    async with uow:
        await uow.jobs.lock_submissions_of(upload.sha256)
        if claimed_by := await uow.jobs.upload_claimed(cmd.upload_id):
            raise Conflict("This upload was already submitted.", existing_job_id=claimed_by)
        duplicate = await uow.jobs.open_duplicate(upload.sha256, form.student_email, DUPLICATE_GUARD_STATUSES)
        if duplicate:
            raise Conflict(
                "You already submitted this file and it is still being handled.", existing_job_id=duplicate
            )
        job_id = new_id()
        short_id = short_id_for(job_id)
        if await uow.jobs.short_id_taken(short_id):
            short_id = short_id_for(job_id, 12)
        token = new_token()
        tracking_url = f"{public_url.rstrip('/')}/track/{token}"
        try:
            job = Job.submit(
                job_id=job_id, short_id=short_id, form=form, catalog=choices, upload_id=cmd.upload_id,
                original_filename=upload.filename, file_hash=upload.sha256,
                tracking_token_hash=tracking_token_hash(token), tracking_url=tracking_url, now=_now(),
            )
        except InvalidSubmission as exc:  # pragma: no cover - the same check passed above
            raise InvalidInput(_CHECK_FIELDS, exc.fields) from exc
        uow.jobs.add(job)
        await uow.lifecycle.append_trail([AuditRecord(
            seq=0, job_id=job.id, event_type="JobCreated", at=job.created_at, staff_name=None, workstation=None,
            details={"short_id": job.short_id, "original_filename": job.original_filename, "sha256": job.file_hash,
                     "print_method": job.print_method, "printer": job.printer, "catalog_version": job.catalog_version},
            prev_hash="",
        )])
        await _publish(uow, Actor.student())
        await uow.commit()
    return SubmittedJob(job=job, tracking_token=token, tracking_url=tracking_url)


async def record_file_opened(event: contract.FileOpenedInSlicer, at: datetime, uow: UnitOfWork) -> None:
    """A workstation opened the job's file in a slicer: the job's trail says where, with what, and when."""
    if await uow.jobs.get(event.job_id) is None:  # deleted or pruned meanwhile: nothing to add to
        log.info("file opened for a job that no longer exists", extra={"job_id": event.job_id})
        return
    await uow.lifecycle.append_trail([AuditRecord(
        seq=0, job_id=event.job_id, event_type="FileOpenedInSlicer", at=at, staff_name=None,
        workstation=event.workstation, details={"file": event.relative_path, "slicer": event.slicer}, prev_hash="",
    )])


async def record_file_stored(event: contract.FileStored, uow: UnitOfWork) -> None:
    """The files service stored the job's file: keep its path and display name on the job."""
    job = await uow.jobs.get(event.job_id)
    if job is None:  # deleted meanwhile (its files go with it): nothing to remember
        log.info("stored file of a job that no longer exists", extra={"job_id": event.job_id})
        return
    job.file_stored(relative_path=event.relative_path, display_name=event.display_name, now=_now())
