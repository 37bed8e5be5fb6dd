"""What a lifecycle change leaves behind: a row of the hash-chained trail per domain event, and the contract
events (`JobChanged` for every change; `ConfirmationLinkIssued` and `JobRejected` for the student's e-mails)."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from printdesk.contracts import events as contract
from printdesk.jobs.domain import lifecycle_events as ev
from printdesk.jobs.domain.audit import AuditRecord
from printdesk.jobs.domain.locks import held_lock
from printdesk.jobs.domain.model import JobStatus
from printdesk.jobs.domain.pricing import Money
from printdesk.jobs.service_layer.ports import LoadedJob

# The `action` each domain event is published as (JobChanged.action).
ACTIONS: dict[type[ev.JobEvent], str] = {
    ev.JobApproved: "approve", ev.JobRejected: "reject", ev.JobReviewed: "review", ev.JobReviewCleared: "review",
    ev.StudentConfirmed: "confirm", ev.ConfirmationResent: "resend_confirmation",
    ev.JobMarkedPrinting: "mark_printing", ev.JobMarkedComplete: "mark_complete", ev.PaymentRecorded: "record_payment",
    ev.CompletionReverted: "revert_completion", ev.PickupReverted: "revert_pickup", ev.JobDeleted: "delete",
    ev.JobArchived: "archive", ev.AdminForceConfirmed: "force_confirm", ev.AdminStatusChanged: "change_status",
    ev.PrintFailed: "mark_failed", ev.ForceUnlocked: "force_unlock", ev.NotesUpdated: "notes", ev.JobPruned: "prune",
}

_WHO = {"job_id", "staff_name", "workstation", "at"}


def jsonable(value: Any) -> Any:
    """Domain values as JSON the trail can hash and store unchanged (no floats: amounts stay exact strings)."""
    if isinstance(value, Money):
        return str(value.amount)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    return value


def details_of(event: ev.JobEvent) -> dict[str, Any]:
    return {f.name: jsonable(getattr(event, f.name)) for f in dataclasses.fields(event) if f.name not in _WHO}


def trail_record(event: ev.JobEvent) -> AuditRecord:
    """The trail row of a domain event (numbered, linked and sealed when appended)."""
    return AuditRecord(
        seq=0, job_id=event.job_id, event_type=type(event).__name__, at=event.at, staff_name=event.staff_name,
        workstation=event.workstation, details=details_of(event), prev_hash="",
    )


def snapshot(loaded: LoadedJob) -> contract.JobSnapshot:
    facts = loaded.facts
    return contract.JobSnapshot(
        short_id=facts.short_id, student_name=facts.student_name, student_email=facts.student_email,
        original_filename=facts.original_filename, created_at=facts.created_at, discipline=facts.discipline,
        class_number=facts.class_number, print_method=facts.print_method, color=facts.color,
        printer=loaded.lifecycle.printer, display_name=facts.display_name,
    )


def lock_state(loaded: LoadedJob, now: datetime) -> contract.JobLockState | None:
    lock = held_lock(loaded.lifecycle.lock, now)
    if lock is None:
        return None
    return contract.JobLockState(workstation=lock.workstation, staff_name=lock.staff_name, expires_at=lock.expires_at)


def job_changed(
    loaded: LoadedJob, action: str, previous_status: JobStatus, at: datetime, *,
    authoritative_filename: str | None = None,
) -> contract.JobChanged:
    job = loaded.lifecycle
    return contract.JobChanged(
        job_id=job.job_id, action=action, status=job.status, previous_status=previous_status, at=at,
        job=snapshot(loaded), authoritative_filename=authoritative_filename, lock=lock_state(loaded, at),
        deleted=job.deleted_at is not None,
    )


def confirmation_link_issued(loaded: LoadedJob, confirm_url: str, *, resent: bool) -> contract.ConfirmationLinkIssued:
    job = loaded.lifecycle
    assert job.confirmation is not None and job.cost is not None and job.weight_g is not None
    return contract.ConfirmationLinkIssued(
        job_id=job.job_id, job=snapshot(loaded), confirm_url=confirm_url, expires_at=job.confirmation.expires_at,
        weight_g=job.weight_g, time_hours=job.time_hours or Decimal(0), cost=job.cost.amount, printer=job.printer,
        resent=resent,
    )


def job_rejected(loaded: LoadedJob) -> contract.JobRejected:
    job = loaded.lifecycle
    return contract.JobRejected(
        job_id=job.job_id, job=snapshot(loaded), reasons=list(job.rejection_reasons),
        custom_reason=job.rejection_custom_reason,
    )
