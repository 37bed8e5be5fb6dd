"""The Job aggregate. Pure rules: no framework, no I/O."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from printdesk.jobs.domain import events

EMAIL_PATTERN = re.compile(r"^\S+@\S+\.\S+$")


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


class InvalidJob(ValueError):
    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in fields.items()))
        self.fields = fields


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
    events: list[events.Event] = field(default_factory=list, repr=False)

    @classmethod
    def submit(
        cls,
        *,
        job_id: str,
        short_id: str,
        student_name: str,
        student_email: str,
        upload_id: uuid.UUID,
        original_filename: str,
        file_hash: str,
        now: datetime,
    ) -> Job:
        name = " ".join(student_name.split())
        email = student_email.strip()
        problems: dict[str, str] = {}
        if not 2 <= len(name) <= 100:
            problems["student_name"] = "Name must be 2 to 100 characters."
        if len(email) > 100 or not EMAIL_PATTERN.match(email):
            problems["student_email"] = "Enter an e-mail address like name@example.edu."
        if problems:
            raise InvalidJob(problems)
        job = cls(
            id=job_id, short_id=short_id, status=JobStatus.UPLOADED, student_name=name,
            student_email=email, upload_id=upload_id, original_filename=original_filename,
            file_hash=file_hash, created_at=now, updated_at=now,
        )
        job.events.append(
            events.JobSubmitted(
                job_id=job.id, short_id=job.short_id, upload_id=upload_id, student_name=name,
                student_email=email, original_filename=original_filename, sha256=file_hash,
            )
        )
        return job

    def file_stored(self, *, relative_path: str, display_name: str, now: datetime) -> None:
        """The files service placed this job's file; remember where (relative to the storage root)."""
        self.file_path = relative_path
        self.display_name = display_name
        self.updated_at = now
