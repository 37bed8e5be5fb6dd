"""What happens to a job in its lifecycle, as the domain records it (staff member, workstation, time on each)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal  # noqa: F401 - used by event fields

from printdesk.jobs.domain import events
from printdesk.jobs.domain.model import JobStatus  # noqa: F401 - used by event fields
from printdesk.jobs.domain.pricing import Money  # noqa: F401 - used by event fields


@dataclass(frozen=True, kw_only=True)
class JobEvent(events.Event):
    job_id: str
    staff_name: str | None
    workstation: str | None
    at: datetime


@dataclass(frozen=True, kw_only=True)
class JobApproved(JobEvent):
    weight_g: Decimal
    time_hours: Decimal
    cost: Money
    printer: str | None
    confirmation_expires_at: datetime


@dataclass(frozen=True, kw_only=True)
class JobRejected(JobEvent):
    reasons: tuple[str, ...]
    custom_reason: str | None


@dataclass(frozen=True, kw_only=True)
class JobReviewed(JobEvent):
    pass


@dataclass(frozen=True, kw_only=True)
class JobReviewCleared(JobEvent):
    pass


@dataclass(frozen=True, kw_only=True)
class StudentConfirmed(JobEvent):
    pass


@dataclass(frozen=True, kw_only=True)
class ConfirmationResent(JobEvent):
    confirmation_expires_at: datetime


@dataclass(frozen=True, kw_only=True)
class JobMarkedPrinting(JobEvent):
    printer: str


@dataclass(frozen=True, kw_only=True)
class JobMarkedComplete(JobEvent):
    pass


@dataclass(frozen=True, kw_only=True)
class PaymentRecorded(JobEvent):
    grams: Decimal
    price: Money
    quoted: Money | None
    difference: Money | None
    txn_no: str
    picked_up_by: str


@dataclass(frozen=True, kw_only=True)
class CompletionReverted(JobEvent):
    pass


@dataclass(frozen=True, kw_only=True)
class PickupReverted(JobEvent):
    pass


@dataclass(frozen=True, kw_only=True)
class JobDeleted(JobEvent):
    status: JobStatus


@dataclass(frozen=True, kw_only=True)
class JobArchived(JobEvent):
    pass


@dataclass(frozen=True, kw_only=True)
class AdminForceConfirmed(JobEvent):
    reason: str


@dataclass(frozen=True, kw_only=True)
class AdminStatusChanged(JobEvent):
    reason: str
    from_status: JobStatus
    to_status: JobStatus


@dataclass(frozen=True, kw_only=True)
class PrintFailed(JobEvent):
    reason: str
    printer: str | None


@dataclass(frozen=True, kw_only=True)
class ForceUnlocked(JobEvent):
    reason: str
    previous_holder: str | None


@dataclass(frozen=True, kw_only=True)
class NotesUpdated(JobEvent):
    length: int


@dataclass(frozen=True, kw_only=True)
class JobPruned(JobEvent):
    archived_since: datetime | None
