"""Use cases of the notify service: when something happened to a job, queue the student's e-mail about it.

Each runs inside the caller's unit of work (the consumer's, which commits it with the inbox row), queues
at most one message per (event, kind) and returns None when that event already queued it. The e-mail is
rendered now, with the lab's details of the moment, so every retry sends the same words.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import asdict
from datetime import UTC, datetime, timedelta

from printdesk.contracts import events as contract
from printdesk.notify.domain.emails import (
    PickupReminder,
    QuoteToConfirm,
    ReadyForPickup,
    SubmissionReceived,
    SubmissionRejected,
)
from printdesk.notify.domain.model import Message, MessageKind
from printdesk.notify.service_layer.lab_catalog import current_lab
from printdesk.notify.service_layer.ports import EmailRenderer, RenderedEmail, UnitOfWork

log = logging.getLogger(__name__)

# The JobChanged action after which the print waits for its student at the pickup desk, and the status it waits in.
PRINT_COMPLETED = "mark_complete"
WAITING_FOR_PICKUP = "COMPLETED"


class UndeliverableEmail(ValueError):
    """The event's student address cannot be written to: no e-mail can ever come of it."""


async def _already_queued(uow: UnitOfWork, source_event_id: uuid.UUID | None, kind: MessageKind) -> bool:
    return source_event_id is not None and await uow.messages.exists_for_event(source_event_id, kind)


def _queue(
    uow: UnitOfWork,
    kind: MessageKind,
    to: str,
    email: RenderedEmail,
    *,
    job_id: str,
    source_event_id: uuid.UUID | None,
    now: datetime | None,
    send_at: datetime | None = None,
) -> Message:
    try:
        message = Message.queue(
            kind=kind, to=to, subject=email.subject, text_body=email.text, html_body=email.html,
            now=now or datetime.now(UTC), job_id=job_id, source_event_id=source_event_id, send_at=send_at,
        )
    except ValueError as exc:
        raise UndeliverableEmail(f"{kind} e-mail of job {job_id} cannot be sent: {exc}") from exc
    uow.messages.add(message)
    log.info("email queued", extra={"message_id": str(message.id), "kind": kind, "job_id": job_id})
    return message


async def queue_submission_received(
    event: contract.JobSubmitted,
    uow: UnitOfWork,
    renderer: EmailRenderer,
    *,
    source_event_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> Message | None:
    """The "upload received" e-mail, once per JobSubmitted."""
    kind = MessageKind.SUBMISSION_RECEIVED
    if await _already_queued(uow, source_event_id, kind):
        return None
    facts = SubmissionReceived(
        student_name=event.student_name, original_filename=event.original_filename, job_id=event.job_id,
        short_id=event.short_id, print_method=event.print_method, color=event.color, printer=event.printer,
        tracking_url=event.tracking_url,
    )
    email = renderer.submission_received(facts, await current_lab(uow))
    return _queue(uow, kind, event.student_email, email, job_id=event.job_id, source_event_id=source_event_id, now=now)


async def queue_quote_to_confirm(
    event: contract.ConfirmationLinkIssued,
    uow: UnitOfWork,
    renderer: EmailRenderer,
    *,
    issued_at: datetime,
    source_event_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> Message | None:
    """The "approved – confirm to proceed" e-mail with the quote and the confirmation link (or a fresh link)."""
    kind = MessageKind.CONFIRMATION_RESENT if event.resent else MessageKind.JOB_APPROVED
    if await _already_queued(uow, source_event_id, kind):
        return None
    job = event.job
    facts = QuoteToConfirm(
        student_name=job.student_name, original_filename=job.original_filename, job_id=event.job_id,
        short_id=job.short_id, print_method=job.print_method, color=job.color, printer=event.printer or job.printer,
        cost=event.cost, weight_g=event.weight_g, time_hours=event.time_hours, confirm_url=event.confirm_url,
        issued_at=issued_at, expires_at=event.expires_at, resent=event.resent,
    )
    email = renderer.quote_to_confirm(facts, await current_lab(uow))
    return _queue(uow, kind, job.student_email, email, job_id=event.job_id, source_event_id=source_event_id, now=now)


async def queue_submission_rejected(
    event: contract.JobRejected,
    uow: UnitOfWork,
    renderer: EmailRenderer,
    *,
    source_event_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> Message | None:
    """The "not approved" e-mail with the reasons, staff's own message and an invitation to resubmit."""
    kind = MessageKind.SUBMISSION_REJECTED
    if await _already_queued(uow, source_event_id, kind):
        return None
    job = event.job
    custom = (event.custom_reason or "").strip() or None
    facts = SubmissionRejected(
        student_name=job.student_name, original_filename=job.original_filename, job_id=event.job_id,
        short_id=job.short_id, reasons=tuple(r for r in event.reasons if r.strip()), custom_reason=custom,
    )
    email = renderer.submission_rejected(facts, await current_lab(uow))
    return _queue(uow, kind, job.student_email, email, job_id=event.job_id, source_event_id=source_event_id, now=now)


async def queue_ready_for_pickup(
    event: contract.JobChanged,
    uow: UnitOfWork,
    renderer: EmailRenderer,
    *,
    source_event_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> Message | None:
    """The "your print is complete" e-mail when staff mark the print complete; any other change sends nothing.

    Unless the lab's catalog turned reminders off, a reminder is queued too, to leave that many days later
    unless the print is collected (or the job otherwise leaves Completed) first: `cancel_pickup_reminders`
    takes it back then.
    """
    if event.action != PRINT_COMPLETED or event.deleted:
        return None
    kind = MessageKind.READY_FOR_PICKUP
    if await _already_queued(uow, source_event_id, kind):
        return None
    job = event.job
    facts = ReadyForPickup(
        student_name=job.student_name, original_filename=job.original_filename, job_id=event.job_id,
        short_id=job.short_id, print_method=job.print_method, color=job.color, printer=job.printer,
    )
    lab = await current_lab(uow)
    ready = _queue(uow, kind, job.student_email, renderer.ready_for_pickup(facts, lab), job_id=event.job_id,
                   source_event_id=source_event_id, now=now)
    if lab.pickup_reminder_days:
        remind_after = timedelta(days=lab.pickup_reminder_days)
        reminder = renderer.pickup_reminder(PickupReminder(**asdict(facts), ready_since=event.at), lab)
        _queue(uow, MessageKind.PICKUP_REMINDER, job.student_email, reminder, job_id=event.job_id,
               source_event_id=source_event_id, now=now, send_at=(event.at or ready.created_at) + remind_after)
    return ready


async def cancel_pickup_reminders(event: contract.JobChanged, uow: UnitOfWork) -> int:
    """A job that left Completed (collected, put back to printing, archived, deleted) needs no reminder any more;
    its reminders not sent yet are cancelled (kept in the log as such). How many.

    Only a change made to a Completed job can be that: every other change (most of them) reads nothing."""
    if event.previous_status != WAITING_FOR_PICKUP or (event.status == WAITING_FOR_PICKUP and not event.deleted):
        return 0
    waiting = await uow.messages.pending_of_job(event.job_id, MessageKind.PICKUP_REMINDER)
    for message in waiting:
        message.cancel()
    if waiting:
        log.info("pickup reminder cancelled", extra={"job_id": event.job_id, "status": event.status})
    return len(waiting)

