"""Hand-written fakes of the notify service's ports: the use cases run for real against them."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest

from printdesk.contracts.envelope import EventEnvelope
from printdesk.notify.domain.emails import (
    PickupReminder,
    QuoteToConfirm,
    ReadyForPickup,
    SubmissionReceived,
    SubmissionRejected,
)
from printdesk.notify.domain.lab import CatalogCopy, LabDetails
from printdesk.notify.domain.model import Message, MessageStatus
from printdesk.notify.service_layer.ports import RenderedEmail


class FakeMessageRepository:
    def __init__(self, stored: dict[uuid.UUID, Message]) -> None:
        self._stored = stored
        self.staged: dict[uuid.UUID, Message] = {}

    def add(self, message: Message) -> None:
        self.staged[message.id] = message

    def _all(self) -> list[Message]:
        return [*self._stored.values(), *self.staged.values()]

    async def exists_for_event(self, source_event_id: uuid.UUID, kind: str) -> bool:
        return any(m.source_event_id == source_event_id and m.kind == kind for m in self._all())

    async def claim_next_due(self, now: datetime) -> Message | None:
        due = [m for m in self._all() if m.status == MessageStatus.PENDING and m.next_attempt_at <= now]
        return min(due, key=lambda m: (m.next_attempt_at, m.created_at), default=None)

    async def pending_of_job(self, job_id: str, kind: str) -> list[Message]:
        return [m for m in self._all() if m.job_id == job_id and m.kind == kind and m.status == MessageStatus.PENDING]


class FakeCatalogCopyRepository:
    """Keeps what it is given only when newer, as the database's conditional upsert does."""

    def __init__(self) -> None:
        self.kept: CatalogCopy | None = None
        self.saves = 0

    async def get(self) -> CatalogCopy | None:
        return self.kept

    async def save_if_newer(self, copy: CatalogCopy) -> bool:
        self.saves += 1
        if self.kept is not None and self.kept.version >= copy.version:
            return False
        self.kept = copy
        return True


class FakeUnitOfWork:
    """A commit makes staged messages and events visible; leaving without commit drops them."""

    def __init__(self) -> None:
        self.stored: dict[uuid.UUID, Message] = {}
        self.events: list[EventEnvelope] = []
        self._staged_events: list[EventEnvelope] = []
        self.commits = 0
        self.catalog = FakeCatalogCopyRepository()

    async def __aenter__(self) -> FakeUnitOfWork:
        self.messages = FakeMessageRepository(self.stored)
        self._staged_events = []
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._staged_events = []

    async def commit(self) -> None:
        self.stored.update(self.messages.staged)
        self.messages.staged.clear()
        self.events.extend(self._staged_events)
        self._staged_events = []
        self.commits += 1

    async def add_event(self, envelope: EventEnvelope) -> None:
        self._staged_events.append(envelope)


class RecordingRenderer:
    """Writes a recognisable e-mail and remembers the facts and the lab it was given."""

    def __init__(self) -> None:
        self.calls: list[tuple[object, LabDetails]] = []

    def _email(self, facts, lab: LabDetails, subject: str) -> RenderedEmail:  # noqa: ANN001
        self.calls.append((facts, lab))
        return RenderedEmail(
            subject=f"{subject} – Job {facts.short_id}",
            text=f"Hello {facts.student_name}, {facts.original_filename}, {lab.name}",
            html=f"<p>Hello {facts.student_name}</p>",
        )

    def submission_received(self, facts: SubmissionReceived, lab: LabDetails) -> RenderedEmail:
        return self._email(facts, lab, "We received your 3D print request")

    def quote_to_confirm(self, facts: QuoteToConfirm, lab: LabDetails) -> RenderedEmail:
        return self._email(facts, lab, "3D Print Job Approved – Confirm to Proceed")

    def submission_rejected(self, facts: SubmissionRejected, lab: LabDetails) -> RenderedEmail:
        return self._email(facts, lab, "Submission Not Approved")

    def ready_for_pickup(self, facts: ReadyForPickup, lab: LabDetails) -> RenderedEmail:
        return self._email(facts, lab, "Your 3D Print is Complete")

    def pickup_reminder(self, facts: PickupReminder, lab: LabDetails) -> RenderedEmail:
        return self._email(facts, lab, "Reminder: your 3D print is waiting for pickup")


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()


@pytest.fixture
def renderer() -> RecordingRenderer:
    return RecordingRenderer()
