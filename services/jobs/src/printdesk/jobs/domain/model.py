"""The Job aggregate. Pure rules: no framework, no I/O."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from printdesk.jobs.domain import events
from printdesk.jobs.domain.submission import CatalogChoices, SubmissionForm


class JobStatus(StrEnum):
    UPLOADED = "UPLOADED"
    PENDING = "PENDING"
    READYTOPRINT = "READYTOPRINT"
    PRINTING = "PRINTING"
    COMPLETED = "COMPLETED"
    PAIDPICKEDUP = "PAIDPICKEDUP"
    REJECTED = "REJECTED"
    ARCHIVED = "ARCHIVED"


# A second submission of the same file by the same student is a duplicate while one of these is open.
DUPLICATE_GUARD_STATUSES = (JobStatus.UPLOADED, JobStatus.PENDING, JobStatus.READYTOPRINT)


def short_id_for(job_id: str, length: int = 6) -> str:
    return job_id[:length]


@dataclass(eq=False)
class Job:
    id: str
    short_id: str
    status: JobStatus
    student_name: str
    student_email: str
    upload_id: uuid.UUID
    original_filename: str
    file_hash: str
    created_at: datetime
    updated_at: datetime
    display_name: str | None = None
    file_path: str | None = None
    # From the full submission form; None on jobs submitted before it existed.
    student_first_name: str | None = None
    student_last_name: str | None = None
    discipline: str | None = None
    class_number: str | None = None
    print_method: str | None = None
    color: str | None = None
    printer: str | None = None
    scaling_confirmed: bool = False
    min_charge_consent: bool = False
    consent_at: datetime | None = None
    catalog_version: int | None = None
    # SHA-256 (hex) of the student's tracking token; the token itself is never stored.
    tracking_token_hash: str | None = None
    # Print time staff estimate at approval; the queue ETA falls back to a per-method default without it.
    time_hours: float | None = None
    # When the status last changed (retention counts from here, not from submission).
    status_changed_at: datetime | None = None
    events: list[events.Event] = field(default_factory=list, repr=False)

    @classmethod
    def submit(
        cls,
        *,
        job_id: str,
        short_id: str,
        form: SubmissionForm,
        catalog: CatalogChoices,
        upload_id: uuid.UUID,
        original_filename: str,
        file_hash: str,
        tracking_token_hash: str,
        tracking_url: str,
        now: datetime,
    ) -> Job:
        """A new UPLOADED job; raises InvalidSubmission unless every field fits the lab's current catalog."""
        form = form.checked(catalog)
        job = cls(
            id=job_id, short_id=short_id, status=JobStatus.UPLOADED, student_name=form.student_name,
            student_email=form.student_email, upload_id=upload_id, original_filename=original_filename,
            file_hash=file_hash, created_at=now, updated_at=now, status_changed_at=now,
            student_first_name=form.student_first_name, student_last_name=form.student_last_name,
            discipline=form.discipline, class_number=form.class_number, print_method=form.print_method,
            color=form.color, printer=form.printer, scaling_confirmed=form.scaling_confirmed,
            min_charge_consent=form.min_charge_consent, consent_at=now, catalog_version=catalog.version,
            tracking_token_hash=tracking_token_hash,
        )
        job.events.append(
            events.JobSubmitted(
                job_id=job.id, short_id=job.short_id, upload_id=upload_id, student_name=job.student_name,
                student_email=job.student_email, original_filename=original_filename, sha256=file_hash,
                student_first_name=form.student_first_name, student_last_name=form.student_last_name,
                discipline=form.discipline, class_number=form.class_number, print_method=form.print_method,
                color=form.color, printer=form.printer, catalog_version=catalog.version,
                tracking_url=tracking_url,
            )
        )
        return job

    def file_stored(self, *, relative_path: str, display_name: str, now: datetime) -> None:
        """The files service placed this job's file; remember where (relative to the storage root)."""
        self.file_path = relative_path
        self.display_name = display_name
        self.updated_at = now
