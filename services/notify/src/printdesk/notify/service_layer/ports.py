"""What the notify use cases need from the outside world, as Protocols. Adapters implement them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, Self

from printdesk.contracts.envelope import EventEnvelope
from printdesk.notify.domain.model import Message


@dataclass(frozen=True)
class SubmissionReceived:
    """What the "upload received" e-mail says."""

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
class RenderedEmail:
    subject: str
    text: str
    html: str


class EmailRenderer(Protocol):
    """Turns what happened into the words of an e-mail (subject, plain text, HTML)."""

    def submission_received(self, facts: SubmissionReceived) -> RenderedEmail: ...


class MailerError(Exception):
    """The SMTP server did not take the message. `permanent` when retrying cannot help (a 5xx answer)."""

    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


class Mailer(Protocol):
    """Hands one message to the mail server; returns only once it was accepted, else raises `MailerError`."""

    async def send(self, message: Message) -> None: ...


class MessageRepository(Protocol):
    """The outbound message log."""

    def add(self, message: Message) -> None: ...

    async def exists_for_event(self, source_event_id: uuid.UUID, kind: str) -> bool: ...

    async def claim_next_due(self, now: datetime) -> Message | None:
        """The oldest due pending message, locked for this transaction; one another sender holds is skipped."""
        ...


class UnitOfWork(Protocol):
    """One transaction: `async with uow: ...; await uow.commit()`; leaving without commit rolls back."""

    messages: MessageRepository

    async def __aenter__(self) -> Self: ...

    async def __aexit__(self, *exc: object) -> None: ...

    async def commit(self) -> None: ...

    async def add_event(self, envelope: EventEnvelope) -> None: ...
