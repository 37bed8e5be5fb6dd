"""What the notify use cases need from the outside world, as Protocols. Adapters implement them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, Self

from printdesk.contracts.envelope import EventEnvelope
from printdesk.notify.domain.emails import (
    PickupReminder,
    QuoteToConfirm,
    ReadyForPickup,
    SubmissionReceived,
    SubmissionRejected,
)
from printdesk.notify.domain.lab import CatalogCopy, LabDetails
from printdesk.notify.domain.model import Message


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    text: str
    html: str


class EmailRenderer(Protocol):
    """Turns what happened into the words of an e-mail (subject, plain text, HTML), with the lab's details."""

    def submission_received(self, facts: SubmissionReceived, lab: LabDetails) -> RenderedEmail: ...

    def quote_to_confirm(self, facts: QuoteToConfirm, lab: LabDetails) -> RenderedEmail: ...

    def submission_rejected(self, facts: SubmissionRejected, lab: LabDetails) -> RenderedEmail: ...

    def ready_for_pickup(self, facts: ReadyForPickup, lab: LabDetails) -> RenderedEmail: ...

    def pickup_reminder(self, facts: PickupReminder, lab: LabDetails) -> RenderedEmail: ...

    def test_message(self, lab: LabDetails, *, requested_by: str | None, workstation: str | None) -> RenderedEmail: ...


class MailerError(Exception):
    """The SMTP server did not take the message. `permanent` when retrying cannot help (a 5xx answer);
    `server_unreachable` when no server answered at all (down, unreachable, timed out, cut off)."""

    def __init__(self, message: str, *, permanent: bool = False, server_unreachable: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.server_unreachable = server_unreachable


class Mailer(Protocol):
    """Hands one message to the mail server; returns only once it was accepted, else raises `MailerError`."""

    async def send(self, message: Message) -> None: ...


class MessageRepository(Protocol):
    """The outbound message log."""

    def add(self, message: Message) -> None: ...

    async def exists_for_event(self, source_event_id: uuid.UUID, kind: str) -> bool: ...

    async def get(self, message_id: uuid.UUID) -> Message | None: ...

    async def claim_next_due(self, now: datetime) -> Message | None:
        """The oldest due pending message, locked for this transaction; one another sender holds is skipped."""
        ...

    async def pending_of_job(self, job_id: str, kind: str) -> list[Message]:
        """The job's messages of this kind that have not left yet (due or not), locked for this transaction."""
        ...


class CatalogCopyRepository(Protocol):
    """This service's copy of the lab catalog (the jobs service owns it and announces every version)."""

    async def get(self) -> CatalogCopy | None: ...

    async def save_if_newer(self, copy: CatalogCopy) -> bool:
        """Keep `copy` unless a newer or equal version is already kept (checked in the database); True if kept."""
        ...


class UnitOfWork(Protocol):
    """One transaction: `async with uow: ...; await uow.commit()`; leaving without commit rolls back."""

    messages: MessageRepository
    catalog: CatalogCopyRepository

    async def __aenter__(self) -> Self: ...

    async def __aexit__(self, *exc: object) -> None: ...

    async def commit(self) -> None: ...

    async def add_event(self, envelope: EventEnvelope) -> None: ...
