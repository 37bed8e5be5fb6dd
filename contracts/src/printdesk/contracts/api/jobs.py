"""API models of the jobs service."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import Field

from printdesk.contracts.api.common import JobStatus, Model  # noqa: F401


class SubmissionRequest(Model):
    student_name: str = Field(min_length=2, max_length=100)
    student_email: str = Field(max_length=100, pattern=r"^\S+@\S+\.\S+$")
    upload_id: uuid.UUID


class SubmissionResponse(Model):
    job_id: str
    short_id: str
    status: JobStatus


class JobSummary(Model):
    id: str
    short_id: str
    status: JobStatus
    student_name: str
    student_email: str
    display_name: str | None
    original_filename: str
    created_at: datetime
    updated_at: datetime


class JobList(Model):
    jobs: list[JobSummary]
    total: int
    page: int
    page_size: int


class JobCounts(Model):
    counts: dict[JobStatus, int]
