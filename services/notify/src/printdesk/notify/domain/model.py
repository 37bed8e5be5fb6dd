"""An outbound e-mail and the rules for retrying it. Pure rules: no framework, no I/O."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum


class MessageStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"
    # Never sent because it no longer applied (a pickup reminder for a print that was collected meanwhile).
    CANCELLED = "cancelled"


class MessageKind(StrEnum):
    """Which e-mail a message is; with the event that caused it, it names the message (one per pair)."""

    SUBMISSION_RECEIVED = "submission_received"
    JOB_APPROVED = "job_approved"
    CONFIRMATION_RESENT = "confirmation_resent"
    SUBMISSION_REJECTED = "submission_rejected"
    READY_FOR_PICKUP = "ready_for_pickup"
    PICKUP_REMINDER = "pickup_reminder"
    TEST_MESSAGE = "test_message"


@dataclass(frozen=True)
class RetryPolicy:
    """After the n-th failed attempt wait `delays[n-1]`; after the last allowed attempt, give up."""

    delays: tuple[timedelta, ...] = (
        timedelta(seconds=5),
        timedelta(seconds=30),
        timedelta(minutes=2),
        timedelta(minutes=10),
        timedelta(hours=1),
    )

    def __post_init__(self) -> None:
        if not self.delays or any(d <= timedelta(0) for d in self.delays):
            raise ValueError("a retry policy needs at least one positive delay")

    @property
    def max_attempts(self) -> int:
        return len(self.delays) + 1

    def delay_after(self, attempts: int) -> timedelta | None:
        """How long to wait after `attempts` failed attempts, or None when there is no next attempt."""
        if attempts < 1:
            raise ValueError("attempts start at 1")
        if attempts >= self.max_attempts:
            return None
        return self.delays[attempts - 1]

    def delay_without_giving_up(self, attempts: int) -> timedelta:
        """Like `delay_after`, but past the last attempt keep waiting the longest delay instead of giving up."""
        if attempts < 1:
            raise ValueError("attempts start at 1")
        return self.delays[min(attempts, len(self.delays)) - 1]


    @classmethod
    def of_seconds(cls, delays: Sequence[float]) -> RetryPolicy:
        return cls(delays=tuple(timedelta(seconds=d) for d in delays))


DEFAULT_RETRY_POLICY = RetryPolicy()


class MessageNotFinished(ValueError):
    """Only a message that was sent or given up can be sent again."""


class MessageNotPending(ValueError):
    """Sending or retrying a message that already left (sent) or was given up on (failed)."""


@dataclass(eq=False)
class Message:
    """One e-mail to one recipient, rendered when queued so every retry sends the same content."""

    id: uuid.UUID
    kind: str
    job_id: str | None
    to: str
    subject: str
    text_body: str
    html_body: str
    status: MessageStatus
    attempts: int
    next_attempt_at: datetime
    created_at: datetime
    source_event_id: uuid.UUID | None = None
    sent_at: datetime | None = None
    last_error: str | None = None
    # Queued by an admin (a resend or a test message) rather than by an event.
    requested_by: str | None = None
    resent_from: uuid.UUID | None = None

    @classmethod
    def queue(
        cls,
        *,
        kind: str,
        to: str,
        subject: str,
        text_body: str,
        html_body: str,
        now: datetime,
        job_id: str | None = None,
        source_event_id: uuid.UUID | None = None,
        message_id: uuid.UUID | None = None,
        send_at: datetime | None = None,
    ) -> Message:
        """A message to send now, or from `send_at` on (a reminder)."""
        to = to.strip()
        if "@" not in to or any(c in to for c in "\r\n"):
            raise ValueError(f"not a deliverable address: {to!r}")
        if any(c in subject for c in "\r\n"):
            raise ValueError("a subject is one line")
        return cls(
            id=message_id or uuid.uuid4(), kind=kind, job_id=job_id, to=to, subject=subject,
            text_body=text_body, html_body=html_body, status=MessageStatus.PENDING, attempts=0,
            next_attempt_at=max(send_at, now) if send_at else now, created_at=now, source_event_id=source_event_id,
        )

    def resend(self, *, requested_by: str, now: datetime) -> Message:
        """A copy of this message, queued again (the original stays in the log as it was)."""
        if self.status == MessageStatus.PENDING:
            raise MessageNotFinished("this message is still being sent; wait for it to be sent or fail")
        copy = Message.queue(kind=self.kind, to=self.to, subject=self.subject, text_body=self.text_body,
                             html_body=self.html_body, now=now, job_id=self.job_id)
        copy.requested_by, copy.resent_from = requested_by, self.id
        return copy

    def cancel(self) -> None:
        """Keep a message that has not left from ever being sent (it stays in the log, marked cancelled)."""
        self._require_pending()
        self.status = MessageStatus.CANCELLED

    def is_due(self, now: datetime) -> bool:
        return self.status == MessageStatus.PENDING and self.next_attempt_at <= now

    def _require_pending(self) -> None:
        if self.status != MessageStatus.PENDING:
            raise MessageNotPending(f"message {self.id} is {self.status}, not pending")

    def mark_sent(self, now: datetime) -> None:
        self._require_pending()
        self.attempts += 1
        self.status = MessageStatus.SENT
        self.sent_at = now
        self.last_error = None

    def mark_attempt_failed(
        self,
        error: str,
        now: datetime,
        *,
        policy: RetryPolicy = DEFAULT_RETRY_POLICY,
        permanent: bool = False,
        server_unreachable: bool = False,
    ) -> None:
        """Count the failed attempt; schedule the next one, or give up (`failed`) when none is left.

        A mail server that could not be reached said nothing about this message: it is never given up for
        that, only retried at the policy's longest delay until the server is back (no e-mail is lost to an
        outage). A permanent refusal (a 5xx for the address) gives up at once.
        """
        self._require_pending()
        self.attempts += 1
        self.last_error = error[:1000]
        if permanent:
            delay = None
        elif server_unreachable:
            delay = policy.delay_without_giving_up(self.attempts)
        else:
            delay = policy.delay_after(self.attempts)
        if delay is None:
            self.status = MessageStatus.FAILED
        else:
            self.next_attempt_at = now + delay
