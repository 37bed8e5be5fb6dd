"""What happened to a job, as the domain records it (turned into contract events by the service layer)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass


@dataclass(frozen=True)
class Event:
    pass


@dataclass(frozen=True)
class JobSubmitted(Event):
    job_id: str
    short_id: str
    upload_id: uuid.UUID
    student_name: str
    student_email: str
    original_filename: str
    sha256: str
