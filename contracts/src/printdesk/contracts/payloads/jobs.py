"""Events the jobs service publishes (stream JOBS, subjects `jobs.>`).

Each payload is listed in EVENTS with its type name, version and subject; the registry in
`printdesk.contracts.events` collects them from here.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from printdesk.contracts.payloads.base import Payload


class JobSubmitted(Payload):
    """A student submitted a job; its upload is waiting in the files service's staging area.

    The fields after `status` came with the full submission form; they default to None so events
    written before it still parse. `tracking_url` holds the student's private tracking link (for the
    "received" e-mail); the jobs service keeps only a hash of its token.
    """

    job_id: str
    short_id: str
    upload_id: uuid.UUID
    student_name: str
    student_email: str
    original_filename: str
    sha256: str
    status: str = "UPLOADED"
    student_first_name: str | None = None
    student_last_name: str | None = None
    discipline: str | None = None
    class_number: str | None = None
    print_method: str | None = None
    color: str | None = None
    printer: str | None = None
    catalog_version: int | None = None
    tracking_url: str | None = None


class CatalogUpdated(Payload):
    """The lab catalog changed (or was seeded: version 1, written by the jobs service's migration).

    Carries the whole new catalog (`CatalogContent` as JSON) so copies stay exact; a copy keeps the
    highest version it has seen and ignores older ones arriving late.
    """

    version: int
    catalog: dict[str, Any]


class JobSnapshot(Payload):
    """What other services keep about a job (metadata.json, e-mails, live dashboards), as of one change."""

    short_id: str
    student_name: str
    student_email: str
    original_filename: str
    created_at: datetime
    discipline: str | None = None
    class_number: str | None = None
    print_method: str | None = None
    color: str | None = None
    printer: str | None = None
    display_name: str | None = None


class JobLockState(Payload):
    """An edit lock in force on a job card: who holds it and until when."""

    workstation: str
    staff_name: str
    expires_at: datetime

    @property
    def holder(self) -> str:
        return f"{self.workstation} · {self.staff_name}"


class JobChanged(Payload):
    """Something happened to a job: every staff action, the student's confirmation, a lock taken or let go.

    `action` names what happened (`approve`, `reject`, `review`, `confirm`, `resend_confirmation`,
    `mark_printing`, `mark_complete`, `record_payment`, `revert_completion`, `revert_pickup`, `delete`,
    `archive`, `force_confirm`, `change_status`, `mark_failed`, `force_unlock`, `lock`, `unlock`, `notes`).
    The status moved when `status != previous_status`; the files service then moves the job's file to that
    status's folder. `authoritative_filename` is set when the action made another file of the job the one to
    print (approval with a chosen file). `deleted` is true once the job is gone (its files go too).
    """

    job_id: str
    action: str
    status: str
    previous_status: str
    at: datetime
    job: JobSnapshot
    authoritative_filename: str | None = None
    lock: JobLockState | None = None
    deleted: bool = False


class ConfirmationLinkIssued(Payload):
    """Staff approved a job (or sent a fresh link): the student is to accept the quote through `confirm_url`.

    The link works once, while the job is PENDING, until `expires_at`; a newer link replaces it. `resent`
    tells the approval from a resend. Amounts are in US dollars, exact to the cent.
    """

    job_id: str
    job: JobSnapshot
    confirm_url: str
    expires_at: datetime
    weight_g: Decimal
    time_hours: Decimal
    cost: Decimal
    printer: str | None = None
    resent: bool = False


class JobRejected(Payload):
    """Staff rejected a job, with the catalog's reasons they ticked and an optional message of their own."""

    job_id: str
    job: JobSnapshot
    reasons: list[str]
    custom_reason: str | None = None


class PaymentsExported(Payload):
    """An admin downloaded the payments workbook for a date range (the books leave the system: audited)."""

    date_from: str
    date_to: str
    payments: int
    total: Decimal


class RetentionRan(Payload):
    """A real (not dry) retention run finished: the summary kept after its jobs are archived or pruned.

    `files`/`bytes` are what the batch's files took on disk (None when the files service could not say, or
    on a scheduled run, which does not ask it); `scheduled` when the daily schedule ran it, not an admin.
    """

    kind: str
    older_than_days: int
    cutoff: datetime
    matched: int
    done: int
    skipped: int
    job_ids: list[str]
    files: int | None = None
    bytes: int | None = None
    scheduled: bool = False


EVENTS: list[tuple[str, int, str, type[Payload]]] = [
    ("JobSubmitted", 1, "jobs.job.submitted.v1", JobSubmitted),
    ("CatalogUpdated", 1, "jobs.catalog.updated.v1", CatalogUpdated),
    ("JobChanged", 1, "jobs.job.changed.v1", JobChanged),
    ("ConfirmationLinkIssued", 1, "jobs.job.confirmation_link_issued.v1", ConfirmationLinkIssued),
    ("JobRejected", 1, "jobs.job.rejected.v1", JobRejected),
    ("PaymentsExported", 1, "jobs.payments.exported.v1", PaymentsExported),
    ("RetentionRan", 1, "jobs.retention.ran.v1", RetentionRan),
]
