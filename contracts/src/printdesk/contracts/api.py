"""Request and response models of the public HTTP API (API.md). Field names are the wire names."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class JobStatus(StrEnum):
    UPLOADED = "UPLOADED"
    PENDING = "PENDING"
    READYTOPRINT = "READYTOPRINT"
    PRINTING = "PRINTING"
    COMPLETED = "COMPLETED"
    PAIDPICKEDUP = "PAIDPICKEDUP"
    REJECTED = "REJECTED"
    ARCHIVED = "ARCHIVED"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


# ---- errors -------------------------------------------------------------------------------------


class ErrorDetail(_Model):
    code: str = Field(examples=["validation_error"])
    message: str
    fields: dict[str, str] = Field(default_factory=dict)


class ErrorBody(_Model):
    """Every 4xx/5xx answer: `{"error": {"code", "message", "fields"}}`."""

    error: ErrorDetail


# ---- files: uploads ----------------------------------------------------------------------------


class MeshAnalysis(_Model):
    triangles: int
    volume_mm3: float | None
    bbox_mm: tuple[float, float, float]
    watertight: bool


class UploadResponse(_Model):
    upload_id: uuid.UUID
    filename: str
    size_bytes: int
    sha256: str
    kind: Literal["stl", "obj", "3mf"]
    analysis: MeshAnalysis | None


# ---- jobs: submissions and dashboard lists -------------------------------------------------------


class SubmissionRequest(_Model):
    student_name: str = Field(min_length=2, max_length=100)
    student_email: str = Field(max_length=100, pattern=r"^\S+@\S+\.\S+$")
    upload_id: uuid.UUID


class SubmissionResponse(_Model):
    job_id: str
    short_id: str
    status: JobStatus


class JobSummary(_Model):
    id: str
    short_id: str
    status: JobStatus
    student_name: str
    student_email: str
    display_name: str | None
    original_filename: str
    created_at: datetime
    updated_at: datetime


class JobList(_Model):
    jobs: list[JobSummary]
    total: int
    page: int
    page_size: int


class JobCounts(_Model):
    counts: dict[JobStatus, int]


# ---- auth ---------------------------------------------------------------------------------------


class LoginRequest(_Model):
    workstation: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)


class LoginResponse(_Model):
    workstation: str
    role: Literal["admin", "staff"]
    expires_at: datetime
    access_token: str
    token_type: Literal["bearer"] = "bearer"


class Me(_Model):
    workstation: str
    role: Literal["admin", "staff"]
    expires_at: datetime


# ---- notify -------------------------------------------------------------------------------------


class NotificationSummary(_Model):
    id: uuid.UUID
    job_id: str | None
    kind: str
    to: str
    subject: str
    status: Literal["pending", "sent", "failed"]
    attempts: int
    last_error: str | None
    created_at: datetime
    sent_at: datetime | None


class NotificationList(_Model):
    notifications: list[NotificationSummary]


# ---- every service ------------------------------------------------------------------------------


class Health(_Model):
    service: str
    status: Literal["up", "down"]
    components: dict[str, Literal["up", "down"]]
