"""API models of a job's lifecycle (SPEC.md §4): staff actions, admin overrides, locks, the audit trail and
the student's confirmation. Every staff request names the roster member performing it (`staff_name`).

Money and grams travel as decimal strings ("12.50") so no amount is ever rounded by a float.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any, Literal

from pydantic import Field

from printdesk.contracts.api.common import JobStatus, Model
from printdesk.contracts.api.jobs import JobSummary

StaffName = Field(min_length=1, max_length=100, description="The active roster member performing the action")


# ---- requests ---------------------------------------------------------------------------------------


class StaffActionRequest(Model):
    """Actions that need nothing but who performs them (mark complete, reverts, resend, delete, locks)."""

    staff_name: str = StaffName


class ApproveRequest(Model):
    staff_name: str = StaffName
    weight_g: Decimal = Field(gt=0, le=100_000, description="Estimated grams, from the slicer")
    time_hours: Decimal = Field(gt=0, le=1_000, description="Estimated print time in hours")
    authoritative_filename: str | None = Field(
        default=None, max_length=255, description="Print this file of the job instead of the current one"
    )
    printer: str | None = Field(default=None, max_length=60, description="Override the student's printer")


class RejectRequest(Model):
    staff_name: str = StaffName
    reasons: list[str] = Field(default_factory=list, max_length=20, description="Reasons from the catalog")
    custom_reason: str | None = Field(default=None, max_length=1000)


class ReviewRequest(Model):
    staff_name: str = StaffName
    reviewed: bool


class MarkPrintingRequest(Model):
    staff_name: str = StaffName
    printer: str = Field(min_length=1, max_length=60)


class PaymentRequest(Model):
    staff_name: str = StaffName
    grams: Decimal = Field(gt=0, le=100_000, description="The print's weight on the scale")
    txn_no: str = Field(min_length=1, max_length=64, description="The payment system's transaction number")
    picked_up_by: str = Field(min_length=1, max_length=100)


class NotesRequest(Model):
    staff_name: str = StaffName
    notes: str = Field(max_length=5000)


class AdminReasonRequest(Model):
    """Admin overrides (force-unlock, force-confirm, mark-failed): a reason is required."""

    staff_name: str = StaffName
    reason: str = Field(min_length=1, max_length=1000)


class ChangeStatusRequest(Model):
    staff_name: str = StaffName
    reason: str = Field(min_length=1, max_length=1000)
    new_status: JobStatus


# ---- responses --------------------------------------------------------------------------------------


class PaymentInfo(Model):
    grams: Decimal
    price: Decimal
    txn_no: str
    picked_up_by: str
    recorded_by: str
    recorded_at: datetime


class ConfirmationInfo(Model):
    expires_at: datetime
    used_at: datetime | None
    last_sent_at: datetime | None


class PrintFailureInfo(Model):
    reason: str
    printer: str | None
    at: datetime


class JobDetail(JobSummary):
    """One job with everything staff see on its card and in its drawer."""

    file_path: str | None = None
    weight_g: Decimal | None = None
    time_hours: Decimal | None = None
    cost: Decimal | None = Field(default=None, description="The quote at approval")
    printing_printer: str | None = None
    staff_viewed_at: datetime | None = None
    rejection_reasons: list[str] = Field(default_factory=list)
    rejection_custom_reason: str | None = None
    notes: str = ""
    last_updated_by: str | None = None
    confirmation: ConfirmationInfo | None = None
    payment: PaymentInfo | None = None
    charge_difference: Decimal | None = Field(default=None, description="Final charge minus quote")
    failures: list[PrintFailureInfo] = Field(default_factory=list)


class JobEventItem(Model):
    seq: int
    event_type: str
    at: datetime
    staff_name: str | None
    workstation: str | None
    details: dict[str, Any]
    hash: str = Field(description="SHA-256 over this row and the previous row's hash")


class JobEventList(Model):
    job_id: str
    events: list[JobEventItem]


class ConfirmationView(Model):
    """What the student sees behind a confirm link before and after accepting the quote."""

    state: Literal["open", "confirmed", "used", "expired"]
    short_id: str
    status: JobStatus
    original_filename: str
    print_method: str | None
    color: str | None
    printer: str | None
    weight_g: Decimal | None
    time_hours: Decimal | None
    cost: Decimal | None
    expires_at: datetime | None


class ConfirmResendRequest(Model):
    """A student whose link expired asks for a new one; it goes to the job's e-mail address, never here."""

    token: str = Field(min_length=1, max_length=200)


class ConfirmResendAccepted(Model):
    message: str


# ---- retention (admin) ------------------------------------------------------------------------------


class RetentionRequest(Model):
    staff_name: str = StaffName
    older_than_days: int | None = Field(default=None, ge=1, le=36500, description="Default: the catalog's")
    dry_run: bool = Field(default=True, description="Preview only (the default): nothing changes")


class RetentionSkip(Model):
    job_id: str
    reason: str


class RetentionReportBody(Model):
    kind: Literal["archive", "prune"]
    dry_run: bool
    older_than_days: int
    cutoff: datetime
    matched: int = Field(description="Jobs due, in all")
    job_ids: list[str] = Field(description="The jobs this run takes (at most 1000; run again for more)")
    done: int
    skipped: list[RetentionSkip] = Field(default_factory=list)
    files: int | None = Field(default=None, description="Files of this batch on disk (None: the files service "
                              "could not say)")
    bytes: int | None = Field(default=None, description="Their size: what a prune frees, an archive moves")


class RetentionSchedule(Model):
    """Whether retention also runs by itself, when, and with which ages (the catalog's)."""

    enabled: bool
    daily_at: str | None = Field(description="Local time of day in the lab's time zone, e.g. 03:30")
    time_zone: str
    prune: bool = Field(description="Whether the scheduled run also prunes (archiving always)")
    next_run_at: datetime | None
    archive_after_days: int
    prune_after_days: int
