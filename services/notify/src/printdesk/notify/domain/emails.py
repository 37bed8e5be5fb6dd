"""What each e-mail to a student says, as plain facts; the renderer turns them into words. Pure values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal


@dataclass(frozen=True)
class SubmissionReceived:
    """The "upload received" e-mail."""

    student_name: str
    original_filename: str
    job_id: str
    short_id: str
    # From the full submission form; None in events written before it.
    print_method: str | None = None
    color: str | None = None
    printer: str | None = None
    # The student's private tracking page; None in older events.
    tracking_url: str | None = None


@dataclass(frozen=True)
class QuoteToConfirm:
    """The "approved – confirm to proceed" e-mail: the quote and the link that accepts it."""

    student_name: str
    original_filename: str
    job_id: str
    short_id: str
    print_method: str | None
    color: str | None
    printer: str | None
    cost: Decimal
    weight_g: Decimal
    time_hours: Decimal
    confirm_url: str
    issued_at: datetime
    expires_at: datetime
    # A fresh link replacing the ones sent before (they no longer work).
    resent: bool = False


@dataclass(frozen=True)
class SubmissionRejected:
    """The "not approved" e-mail: the reasons staff ticked, their own message, and a way back to the form."""

    student_name: str
    original_filename: str
    job_id: str
    short_id: str
    reasons: tuple[str, ...]
    custom_reason: str | None = None


@dataclass(frozen=True)
class ReadyForPickup:
    """The "your print is complete" e-mail."""

    student_name: str
    original_filename: str
    job_id: str
    short_id: str
    print_method: str | None = None
    color: str | None = None
    printer: str | None = None


@dataclass(frozen=True)
class PickupReminder(ReadyForPickup):
    """The reminder that a finished print is still waiting, sent some days after "ready for pickup"."""

    ready_since: datetime | None = None
