"""What the student's tracking page shows: the steps of their job, and a rough place and time in the queue."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from printdesk.jobs.domain.model import JobStatus

# The labels a student reads (the staff dashboard keeps its own words for the same statuses).
STUDENT_LABELS: dict[JobStatus, str] = {
    JobStatus.UPLOADED: "Received, waiting for review",
    JobStatus.PENDING: "Priced, waiting for your confirmation",
    JobStatus.READYTOPRINT: "In the print queue",
    JobStatus.PRINTING: "Printing",
    JobStatus.COMPLETED: "Ready for pickup",
    JobStatus.PAIDPICKEDUP: "Picked up",
    JobStatus.REJECTED: "Not approved",
    JobStatus.ARCHIVED: "Archived",
}

MAIN_FLOW = (
    JobStatus.UPLOADED, JobStatus.PENDING, JobStatus.READYTOPRINT, JobStatus.PRINTING,
    JobStatus.COMPLETED, JobStatus.PAIDPICKEDUP,
)

# Jobs that still wait for, or occupy, a printer.
QUEUED_STATUSES = (JobStatus.UPLOADED, JobStatus.PENDING, JobStatus.READYTOPRINT, JobStatus.PRINTING)

def tracking_token_hash(token: str) -> str:
    """What is stored of a tracking token: its SHA-256, hex (a random 192-bit token needs no slow hash)."""
    return hashlib.sha256(token.encode()).hexdigest()


StepState = Literal["done", "current", "upcoming"]


@dataclass(frozen=True)
class TimelineStep:
    status: JobStatus
    label: str
    at: datetime | None
    state: StepState


# The status each step of the trail leads to (AdminStatusChanged names its own in `to_status`).
REACHES: dict[str, JobStatus] = {
    "JobApproved": JobStatus.PENDING, "StudentConfirmed": JobStatus.READYTOPRINT,
    "AdminForceConfirmed": JobStatus.READYTOPRINT, "PrintFailed": JobStatus.READYTOPRINT,
    "JobMarkedPrinting": JobStatus.PRINTING, "CompletionReverted": JobStatus.PRINTING,
    "JobMarkedComplete": JobStatus.COMPLETED, "PickupReverted": JobStatus.COMPLETED,
    "PaymentRecorded": JobStatus.PAIDPICKEDUP, "JobRejected": JobStatus.REJECTED, "JobArchived": JobStatus.ARCHIVED,
}


def reached_at(trail: list[tuple[str, datetime, dict]]) -> dict[JobStatus, datetime]:
    """When the job last reached each status, from its trail `(event_type, at, details)` in order."""
    reached: dict[JobStatus, datetime] = {}
    for event_type, at, details in trail:
        if event_type == "AdminStatusChanged":
            try:
                reached[JobStatus(details.get("to_status"))] = at
            except ValueError:
                continue
        elif event_type in REACHES:
            reached[REACHES[event_type]] = at
    return reached


def timeline(
    status: JobStatus, created_at: datetime, reached: dict[JobStatus, datetime] | None = None
) -> list[TimelineStep]:
    """The main flow with the job's place in it, dated from the trail; a rejected or archived job ends after
    "received"."""
    reached = reached or {}
    if status in MAIN_FLOW:
        steps = MAIN_FLOW
        current = MAIN_FLOW.index(status)
    else:
        steps = (JobStatus.UPLOADED, status)
        current = 1
    return [
        TimelineStep(
            status=step,
            label=STUDENT_LABELS[step],
            at=created_at if step is JobStatus.UPLOADED else reached.get(step) if i <= current else None,
            state="done" if i < current else "current" if i == current else "upcoming",
        )
        for i, step in enumerate(steps)
    ]


@dataclass(frozen=True)
class PrintTimeDefaults:
    """Hours a job is assumed to take on its printer until staff estimate it at approval."""

    by_method: dict[str, float] = field(default_factory=dict, hash=False)
    fallback: float = 4.0

    def hours(self, time_hours: float | None, print_method: str | None) -> float:
        if time_hours is not None:
            return float(time_hours)
        return self.by_method.get(print_method or "", self.fallback)


@dataclass(frozen=True)
class QueueEstimate:
    position: int | None
    ahead: int
    printer_hours_ahead: float
    eta: datetime | None


NOT_QUEUED = QueueEstimate(position=None, ahead=0, printer_hours_ahead=0.0, eta=None)


def estimate_queue(
    status: JobStatus, own_hours: float, hours_ahead: list[float], now: datetime
) -> QueueEstimate:
    """Place and finish time of a job on its printer, from the print hours of the jobs queued before it.

    `hours_ahead` holds one entry per job on the same printer that is still queued (UPLOADED through
    PRINTING) and was submitted earlier. The estimate assumes the printer runs continuously from now,
    one job after another: the lab's opening hours, staff review time and the wait for a student's
    confirmation are not modelled yet, so the ETA is the earliest plausible time, not a promise.
    """
    if status not in QUEUED_STATUSES:
        return NOT_QUEUED
    total = sum(hours_ahead)
    return QueueEstimate(
        position=len(hours_ahead) + 1,
        ahead=len(hours_ahead),
        printer_hours_ahead=round(total, 2),
        eta=now + timedelta(hours=total + own_hours),
    )
