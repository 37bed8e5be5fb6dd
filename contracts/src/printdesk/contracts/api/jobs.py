"""API models of the jobs service."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Literal

from pydantic import Field

from printdesk.contracts.api.catalog import CatalogContent
from printdesk.contracts.api.common import JobStatus, Model  # noqa: F401


class SubmissionRequest(Model):
    """The student's form (SPEC.md §2.1). Only the types are checked here: the jobs service checks every
    value against the current lab catalog and answers 422 with one message per field."""

    student_first_name: str
    student_last_name: str
    student_email: str
    discipline: str
    class_number: str
    print_method: str
    color: str
    printer: str
    scaling_confirmed: bool
    min_charge_consent: bool
    upload_id: uuid.UUID


class SubmissionResponse(Model):
    job_id: str
    short_id: str
    status: JobStatus
    # The student's private tracking link (also in the "received" e-mail); only its hash is stored.
    tracking_url: str
    tracking_token: str


class LockInfo(Model):
    workstation: str
    staff_name: str
    holder: str = Field(description='"<workstation> · <staff member>", as shown on a locked card')
    expires_at: datetime


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
    # Null on jobs submitted before the full form existed.
    discipline: str | None = None
    class_number: str | None = None
    print_method: str | None = None
    color: str | None = None
    printer: str | None = None
    # What a card shows at a glance: the NEW badge (never reviewed), the notes mark, the quote, the lock.
    staff_viewed_at: datetime | None = None
    has_notes: bool = False
    cost: Decimal | None = None
    printing_printer: str | None = None
    lock: LockInfo | None = None
    confirmation_expires_at: datetime | None = Field(
        default=None,
        description="While Pending: when the student's confirmation link expires (staff resend a new one after)",
    )


class JobList(Model):
    jobs: list[JobSummary]
    total: int
    page: int
    page_size: int


class JobCounts(Model):
    counts: dict[JobStatus, int]


class CatalogUpdateRequest(Model):
    """`PUT /catalog` (admin) with `If-Match: "v<version you edited>"`; the whole new content replaces the old."""

    staff_name: str
    catalog: CatalogContent


# ---- the student's tracking page (`GET /track/{token}`) ------------------------------------------


class TrackingJob(Model):
    short_id: str
    status: JobStatus
    status_label: str
    print_method: str | None
    color: str | None
    printer: str | None
    original_filename: str
    created_at: datetime


class TrackingStep(Model):
    status: JobStatus
    label: str
    at: datetime | None = Field(description="When the job reached this step, where known")
    state: Literal["done", "current", "upcoming"]


class TrackingQuote(Model):
    """The price staff set at approval; the student confirms it through the e-mailed link."""

    cost: Decimal
    currency: str
    weight_g: float
    time_hours: float
    printer: str | None
    confirmed: bool


class TrackingQueue(Model):
    position: int | None = Field(description="1 = next on its printer; null once the job has left the queue")
    ahead: int
    printer_hours_ahead: float
    eta: datetime | None


class TrackingRejection(Model):
    """Why staff did not approve the job: what the student's e-mail said, kept on the tracking page too."""

    reasons: list[str] = Field(description="The lab's rejection reasons staff ticked")
    note: str | None = Field(None, description="A note from staff in their own words")


class Tracking(Model):
    job: TrackingJob
    timeline: list[TrackingStep]
    quote: TrackingQuote | None
    queue: TrackingQueue
    rejection: TrackingRejection | None = Field(None, description="Present while the job stands rejected")
