"""The job's state machine (SPEC.md §4 with our build's fixes): who may move a job where, and what it records.

Every staff command names its actor and the time, checks the edit lock (`locks.check`), then the starting
status (`WrongStatus`, → 409 with the current status), then its inputs; only then does it change anything
and append an event to `self.events`. A successful staff command releases the actor's own lock, so the
lock ends in the same transaction as the change. The student's confirmation is the one public command:
no actor, no lock, a single-use link instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from decimal import Decimal

from printdesk.jobs.domain import locks, pricing
from printdesk.jobs.domain.lifecycle_events import (  # noqa: F401 - re-exported for callers
    AdminForceConfirmed,
    AdminStatusChanged,
    CompletionReverted,
    ConfirmationResent,
    ForceUnlocked,
    JobApproved,
    JobArchived,
    JobDeleted,
    JobEvent,
    JobMarkedComplete,
    JobMarkedPrinting,
    JobPruned,
    JobRejected,
    JobReviewCleared,
    JobReviewed,
    NotesUpdated,
    PaymentRecorded,
    PickupReverted,
    PrintFailed,
    StudentConfirmed,
)
from printdesk.jobs.domain.lifecycle_values import (  # noqa: F401 - re-exported for callers
    AlreadyDeleted,
    Confirmation,
    ConfirmationExpired,
    ConfirmationInvalid,
    ConfirmationUsed,
    InvalidInput,
    LifecycleError,
    Payment,
    PrintFailure,
    TooSoon,
    WrongStatus,
    _positive,
    _same_hash,
    _text,
)
from printdesk.jobs.domain.locks import Actor, EditLock
from printdesk.jobs.domain.model import JobStatus
from printdesk.jobs.domain.pricing import Money, Rate

S = JobStatus
CONFIRMATION_TTL = timedelta(hours=72)
# A student may ask for a fresh link once per this interval (staff can always resend).
STUDENT_RESEND_INTERVAL = timedelta(minutes=10)
NOTES_MAX = 5000

# The starting statuses each command accepts; change_status and force_unlock accept any.
ALLOWED_FROM: dict[str, frozenset[JobStatus]] = {
    "approve": frozenset({S.UPLOADED}),
    "reject": frozenset({S.UPLOADED}),
    "review": frozenset({S.UPLOADED}),
    "confirm": frozenset({S.PENDING}),
    "resend_confirmation": frozenset({S.PENDING}),
    "mark_printing": frozenset({S.READYTOPRINT}),
    "mark_complete": frozenset({S.PRINTING}),
    "record_payment": frozenset({S.COMPLETED}),
    "revert_completion": frozenset({S.COMPLETED}),
    "revert_pickup": frozenset({S.PAIDPICKEDUP}),
    "delete": frozenset({S.UPLOADED, S.PENDING}),
    "force_confirm": frozenset({S.PENDING}),
    "mark_failed": frozenset({S.PRINTING}),
    "archive": frozenset({S.PAIDPICKEDUP, S.REJECTED}),
    "prune": frozenset({S.ARCHIVED}),
    "change_status": frozenset(S),
    "force_unlock": frozenset(S),
}

# The status each ordinary command leads to (None: the status stays). change_status goes where it's told.
LEADS_TO: dict[str, JobStatus | None] = {
    "approve": S.PENDING, "reject": S.REJECTED, "review": None, "confirm": S.READYTOPRINT,
    "resend_confirmation": None, "mark_printing": S.PRINTING, "mark_complete": S.COMPLETED,
    "record_payment": S.PAIDPICKEDUP, "revert_completion": S.PRINTING, "revert_pickup": S.COMPLETED,
    "delete": None, "force_confirm": S.READYTOPRINT, "mark_failed": S.READYTOPRINT, "archive": S.ARCHIVED,
    "force_unlock": None, "prune": None,
}


# --- the state machine --------------------------------------------------------------------------------


@dataclass(eq=False)
class JobLifecycle:
    job_id: str
    status: JobStatus = S.UPLOADED
    staff_viewed_at: datetime | None = None
    weight_g: Decimal | None = None
    time_hours: Decimal | None = None
    cost: Money | None = None
    printer: str | None = None
    confirmation: Confirmation | None = None
    confirmation_last_sent_at: datetime | None = None
    printing_printer: str | None = None
    payment: Payment | None = None
    payment_history: list[Payment] = field(default_factory=list)
    rejection_reasons: tuple[str, ...] = ()
    rejection_custom_reason: str | None = None
    failures: list[PrintFailure] = field(default_factory=list)
    lock: EditLock | None = None
    notes: str = ""
    deleted_at: datetime | None = None
    events: list[events.Event] = field(default_factory=list, repr=False)

    # -- the edit lock --

    def acquire_lock(self, actor: Actor, now: datetime) -> EditLock:
        self._alive()
        self.lock = locks.acquire(self.lock, actor.workstation, actor.staff_name, now)
        return self.lock

    def extend_lock(self, actor: Actor, now: datetime) -> EditLock:
        self._alive()
        self.lock = locks.extend(self.lock, actor.workstation, actor.staff_name, now)
        return self.lock

    def release_lock(self, actor: Actor, now: datetime) -> None:
        self.lock = locks.release(self.lock, actor.workstation, actor.staff_name, now)

    # -- staff commands --

    def approve(
        self, actor: Actor, now: datetime, *, weight_g: Decimal | int | str, time_hours: Decimal | int | str,
        rate: Rate, token_hash: str, printer: str | None = None,
    ) -> None:
        """Quote the print and send the student a confirm link (the caller mints the token, we keep its hash)."""
        self._begin("approve", actor, now)
        weight, hours = _positive(weight_g, "weight_g"), _positive(time_hours, "time_hours")
        token_hash = _text(token_hash, "token_hash")
        cost = pricing.quote(weight, rate)
        self.weight_g, self.time_hours, self.cost = weight, hours, cost
        if printer is not None:
            self.printer = _text(printer, "printer")
        self.staff_viewed_at = self.staff_viewed_at or now
        self.confirmation = Confirmation(token_hash=token_hash, expires_at=now + CONFIRMATION_TTL)
        self.confirmation_last_sent_at = now
        self._move(S.PENDING)
        self._done(actor, JobApproved(
            **self._who(actor, now), weight_g=weight, time_hours=hours, cost=cost, printer=self.printer,
            confirmation_expires_at=self.confirmation.expires_at,
        ))

    def reject(self, actor: Actor, now: datetime, *, reasons: list[str], custom_reason: str | None = None) -> None:
        self._begin("reject", actor, now)
        given = tuple(r.strip() for r in reasons if r and r.strip())
        custom = custom_reason.strip() if custom_reason and custom_reason.strip() else None
        if not given and custom is None:
            raise InvalidInput("a rejection needs at least one reason")
        self.rejection_reasons, self.rejection_custom_reason = given, custom
        self._move(S.REJECTED)
        self._done(actor, JobRejected(**self._who(actor, now), reasons=given, custom_reason=custom))

    def review(self, actor: Actor, now: datetime, *, reviewed: bool) -> None:
        """Set or clear the 'staff has looked at it' flag (the NEW badge shows while it is clear)."""
        self._begin("review", actor, now)
        self.staff_viewed_at = now if reviewed else None
        event = JobReviewed if reviewed else JobReviewCleared
        self._done(actor, event(**self._who(actor, now)))

    def resend_confirmation(self, actor: Actor, now: datetime, *, token_hash: str) -> None:
        """A fresh link; the old ones stop working."""
        self._begin("resend_confirmation", actor, now)
        if self.cost is None:
            raise InvalidInput("this job has no quote to confirm yet; approve it first")
        self.confirmation = Confirmation(token_hash=_text(token_hash, "token_hash"), expires_at=now + CONFIRMATION_TTL)
        self.confirmation_last_sent_at = now
        self._done(actor, ConfirmationResent(**self._who(actor, now), confirmation_expires_at=self.confirmation.expires_at))

    def mark_printing(self, actor: Actor, now: datetime, *, printer: str) -> None:
        self._begin("mark_printing", actor, now)
        self.printing_printer = _text(printer, "printer")
        self._move(S.PRINTING)
        self._done(actor, JobMarkedPrinting(**self._who(actor, now), printer=self.printing_printer))

    def mark_complete(self, actor: Actor, now: datetime) -> None:
        self._begin("mark_complete", actor, now)
        self._move(S.COMPLETED)
        self._done(actor, JobMarkedComplete(**self._who(actor, now)))

    def record_payment(
        self, actor: Actor, now: datetime, *, grams: Decimal | int | str, txn_no: str, picked_up_by: str, rate: Rate
    ) -> None:
        """Charge by the scale grams, hand the print over; the quote stays for comparison."""
        self._begin("record_payment", actor, now)
        weight = _positive(grams, "grams")
        payment = Payment(
            grams=weight, price=pricing.final_charge(weight, rate), txn_no=_text(txn_no, "txn_no"),
            picked_up_by=_text(picked_up_by, "picked_up_by"), recorded_by=actor.staff_name, recorded_at=now,
        )
        self.payment = payment
        self.payment_history.append(payment)
        self._move(S.PAIDPICKEDUP)
        self._done(actor, PaymentRecorded(
            **self._who(actor, now), grams=weight, price=payment.price, quoted=self.cost,
            difference=self.charge_difference, txn_no=payment.txn_no, picked_up_by=payment.picked_up_by,
        ))

    def revert_completion(self, actor: Actor, now: datetime) -> None:
        self._begin("revert_completion", actor, now)
        self._move(S.PRINTING)
        self._done(actor, CompletionReverted(**self._who(actor, now)))

    def revert_pickup(self, actor: Actor, now: datetime) -> None:
        """Back to COMPLETED; the payment stays in the history but is no longer the current one."""
        self._begin("revert_pickup", actor, now)
        self.payment = None
        self._move(S.COMPLETED)
        self._done(actor, PickupReverted(**self._who(actor, now)))

    def delete(self, actor: Actor, now: datetime) -> None:
        """Only before printing starts; the caller removes the row and the files."""
        self._begin("delete", actor, now)
        self.deleted_at = now
        self._done(actor, JobDeleted(**self._who(actor, now), status=self.status))

    def archive(self, actor: Actor, now: datetime) -> None:
        self._begin("archive", actor, now)
        self._move(S.ARCHIVED)
        self._done(actor, JobArchived(**self._who(actor, now)))

    def update_notes(self, actor: Actor, now: datetime, *, notes: str) -> None:
        """Replace the staff notes (any status; the trail records the length, not the text)."""
        self._alive()
        locks.check(self.lock, actor.workstation, actor.staff_name, now)
        if len(notes) > NOTES_MAX:
            raise InvalidInput(f"notes are limited to {NOTES_MAX} characters")
        self.notes = notes
        self.events.append(NotesUpdated(**self._who(actor, now), length=len(notes)))

    def prune(self, actor: Actor, now: datetime, *, archived_since: datetime | None = None) -> None:
        """Retention: an archived job goes for good (the caller removes its row; its files follow)."""
        self._begin("prune", actor, now)
        self.deleted_at = now
        self._done(actor, JobPruned(**self._who(actor, now), archived_since=archived_since))

    # -- admin overrides: each needs a reason --

    def force_confirm(self, actor: Actor, now: datetime, *, reason: str) -> None:
        self._begin("force_confirm", actor, now)
        reason = _text(reason, "reason")
        self._move(S.READYTOPRINT)
        self._done(actor, AdminForceConfirmed(**self._who(actor, now), reason=reason))

    def change_status(self, actor: Actor, now: datetime, *, new_status: JobStatus | str, reason: str) -> None:
        self._begin("change_status", actor, now)
        reason = _text(reason, "reason")
        try:
            target = JobStatus(new_status)
        except ValueError:
            raise InvalidInput(f"{new_status!r} is not a job status") from None
        if target == self.status:
            raise InvalidInput(f"the job is already {target}")
        before = self.status
        self._move(target)
        self._done(actor, AdminStatusChanged(**self._who(actor, now), reason=reason, from_status=before, to_status=target))

    def mark_failed(self, actor: Actor, now: datetime, *, reason: str) -> None:
        """The print failed: back to the queue with the same cost and no new confirmation."""
        self._begin("mark_failed", actor, now)
        failure = PrintFailure(reason=_text(reason, "reason"), printer=self.printing_printer, at=now)
        self.failures.append(failure)
        self.printing_printer = None
        self._move(S.READYTOPRINT)
        self._done(actor, PrintFailed(**self._who(actor, now), reason=failure.reason, printer=failure.printer))

    def force_unlock(self, actor: Actor, now: datetime, *, reason: str) -> None:
        """Clear whoever's lock: the one command that ignores it."""
        self._alive()
        reason = _text(reason, "reason")
        held = locks.held_lock(self.lock, now)
        self.lock = locks.force_clear(self.lock)
        self.events.append(ForceUnlocked(
            **self._who(actor, now), reason=reason, previous_holder=held.holder if held else None
        ))

    # -- the student's command --

    def confirm(self, token_hash: str, now: datetime) -> None:
        """The student accepts the quote through the link: the current token, once, within 72 h, while PENDING."""
        self._alive()
        link = self.confirmation
        if link is None or not token_hash or not _same_hash(token_hash, link.token_hash):
            raise ConfirmationInvalid("this confirmation link is not valid")
        if link.used_at is not None:
            raise ConfirmationUsed("this confirmation link was already used")
        self._check_status("confirm")
        if now >= link.expires_at:
            raise ConfirmationExpired("this confirmation link has expired")
        self.confirmation = replace(link, used_at=now)
        self._move(S.READYTOPRINT)
        self.events.append(StudentConfirmed(job_id=self.job_id, staff_name=None, workstation=None, at=now))

    def request_new_link(self, token_hash: str, new_token_hash: str, now: datetime) -> None:
        """The student asks for a fresh link with the one they have (expired or not): while PENDING and unused."""
        self._alive()
        link = self.confirmation
        if link is None or not token_hash or not _same_hash(token_hash, link.token_hash):
            raise ConfirmationInvalid("this confirmation link is not valid")
        if link.used_at is not None:
            raise ConfirmationUsed("this confirmation link was already used")
        self._check_status("confirm")
        last = self.confirmation_last_sent_at
        if last is not None and now - last < STUDENT_RESEND_INTERVAL:
            raise TooSoon("a new link was sent a few minutes ago; please check your mailbox (and spam folder)")
        self.confirmation = Confirmation(token_hash=_text(new_token_hash, "token_hash"), expires_at=now + CONFIRMATION_TTL)
        self.confirmation_last_sent_at = now
        self.events.append(ConfirmationResent(
            job_id=self.job_id, staff_name=None, workstation=None, at=now,
            confirmation_expires_at=self.confirmation.expires_at,
        ))

    # -- what the job knows --

    @property
    def charge_difference(self) -> Money | None:
        """Final charge minus quote, once both exist."""
        if self.cost is None or self.payment is None:
            return None
        return pricing.charge_difference(self.cost, self.payment.price)

    # -- plumbing --

    def _alive(self) -> None:
        if self.deleted_at is not None:
            raise AlreadyDeleted(f"job {self.job_id} was deleted")

    def _check_status(self, command: str) -> None:
        allowed = ALLOWED_FROM[command]
        if self.status not in allowed:
            raise WrongStatus(self.status, allowed, command)

    def _begin(self, command: str, actor: Actor, now: datetime) -> None:
        self._alive()
        locks.check(self.lock, actor.workstation, actor.staff_name, now)
        self._check_status(command)

    def _move(self, target: JobStatus) -> None:
        self.status = target

    def _who(self, actor: Actor, now: datetime) -> dict[str, object]:
        return {"job_id": self.job_id, "staff_name": actor.staff_name, "workstation": actor.workstation, "at": now}

    def _done(self, actor: Actor, event: JobEvent) -> None:
        self.events.append(event)
        self.lock = locks.release(self.lock, actor.workstation, actor.staff_name, event.at)
