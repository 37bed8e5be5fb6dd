"""The lifecycle's errors and value objects (kept apart from the state machine in `lifecycle.py`)."""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from printdesk.jobs.domain.model import JobStatus
from printdesk.jobs.domain.pricing import Money

# --- errors -------------------------------------------------------------------------------------------


class LifecycleError(Exception):
    """A command the job refuses."""


class WrongStatus(LifecycleError):
    """The command does not apply to the job's current status (→ 409 with the current status)."""

    def __init__(self, current: JobStatus, allowed: frozenset[JobStatus], command: str) -> None:
        names = ", ".join(sorted(allowed))
        super().__init__(f"cannot {command} a job that is {current} (only from {names})")
        self.current = current
        self.allowed = allowed
        self.command = command


class InvalidInput(LifecycleError, ValueError):
    """A command's input is missing or out of range (→ 422)."""


class AlreadyDeleted(LifecycleError):
    """The job was deleted; nothing more can happen to it."""


class ConfirmationInvalid(LifecycleError):
    """The link's token is not the job's current one (never issued, or replaced by a resend)."""


class ConfirmationUsed(LifecycleError):
    """The link was already used: confirmation links work once."""


class ConfirmationExpired(LifecycleError):
    """The link is older than 72 hours; staff can resend a fresh one."""


class TooSoon(LifecycleError):
    """A fresh link was sent moments ago; the student should look in their mailbox first."""


# --- value objects ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Confirmation:
    """The student's confirm link, kept as the SHA-256 of its token: only the newest one works, once."""

    token_hash: str
    expires_at: datetime
    used_at: datetime | None = None


@dataclass(frozen=True)
class Payment:
    grams: Decimal
    price: Money
    txn_no: str
    picked_up_by: str
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True)
class PrintFailure:
    reason: str
    printer: str | None
    at: datetime


def _text(value: str | None, what: str) -> str:
    if value is None or not value.strip():
        raise InvalidInput(f"{what} is required")
    return value.strip()


def _positive(value: Decimal | int | str, what: str) -> Decimal:
    try:
        number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    except (ArithmeticError, ValueError, TypeError):
        raise InvalidInput(f"{what} must be a number") from None
    if not number.is_finite() or number <= 0:
        raise InvalidInput(f"{what} must be above 0")
    return number


def _same_hash(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())
