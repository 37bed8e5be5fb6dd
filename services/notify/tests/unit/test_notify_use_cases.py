"""The use cases against fakes: queue the "upload received" e-mail once, send due e-mails, retry honestly."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from printdesk.contracts.envelope import EventEnvelope
from printdesk.contracts.events import EmailSent, JobSubmitted, parse_payload
from printdesk.notify.domain.model import Message, MessageStatus
from printdesk.notify.service_layer import handlers
from printdesk.notify.service_layer.ports import MailerError, RenderedEmail, SubmissionReceived

NOW = datetime(2025, 9, 1, 9, 0, tzinfo=UTC)


# ---- hand-written fakes of the ports: no database, no SMTP ---------------------------------------


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


class FakeUnitOfWork:
    """A commit makes staged messages and events visible; leaving without commit drops them."""

    def __init__(self) -> None:
        self.stored: dict[uuid.UUID, Message] = {}
        self.events: list[EventEnvelope] = []
        self._staged_events: list[EventEnvelope] = []
        self.commits = 0

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


class FakeMailer:
    def __init__(self, *failures: Exception) -> None:
        self.sent: list[Message] = []
        self._failures = list(failures)

    async def send(self, message: Message) -> None:
        if self._failures:
            raise self._failures.pop(0)
        self.sent.append(message)


class FakeRenderer:
    def submission_received(self, facts: SubmissionReceived) -> RenderedEmail:
        return RenderedEmail(
            subject=f"We received your 3D print request – Job {facts.short_id}",
            text=f"Hello {facts.student_name}, {facts.original_filename}",
            html=f"<p>Hello {facts.student_name}</p>",
        )


def smtp_down() -> MailerError:
    return MailerError("SMTP 127.0.0.1:1 unavailable: connection refused")


# ---- specifications --------------------------------------------------------------------------------


def job_submitted(**overrides) -> JobSubmitted:
    fields = dict(
        job_id="a1b2c3d4e5f6", short_id="a1b2c3", upload_id=uuid.uuid4(), student_name="Ada Lovelace",
        student_email="ada@example.edu", original_filename="bracket.stl", sha256="0" * 64,
    )
    return JobSubmitted(**{**fields, **overrides})


async def queue(uow: FakeUnitOfWork, event: JobSubmitted, event_id: uuid.UUID):
    async with uow:
        message = await handlers.queue_submission_received(event, uow, FakeRenderer(), source_event_id=event_id, now=NOW)
        await uow.commit()
    return message


async def test_a_submission_queues_one_pending_email_to_the_student():
    uow = FakeUnitOfWork()
    message = await queue(uow, job_submitted(), uuid.uuid4())
    assert list(uow.stored.values()) == [message]
    assert message.to == "ada@example.edu"
    assert message.kind == "submission_received"
    assert message.job_id == "a1b2c3d4e5f6"
    assert message.subject == "We received your 3D print request – Job a1b2c3"
    assert message.status == MessageStatus.PENDING
    assert "Ada Lovelace" in message.text_body


async def test_the_email_is_written_from_the_events_form_fields_and_tracking_link():
    seen: list[SubmissionReceived] = []

    class RecordingRenderer(FakeRenderer):
        def submission_received(self, facts: SubmissionReceived) -> RenderedEmail:
            seen.append(facts)
            return super().submission_received(facts)

    event = job_submitted(print_method="Resin", color="Clear", printer="Formlabs Form 3",
                          tracking_url="https://print.example.edu/track/abc")
    async with FakeUnitOfWork() as uow:
        await handlers.queue_submission_received(event, uow, RecordingRenderer(), source_event_id=uuid.uuid4(), now=NOW)
    assert seen == [SubmissionReceived(
        student_name="Ada Lovelace", original_filename="bracket.stl", job_id="a1b2c3d4e5f6", short_id="a1b2c3",
        print_method="Resin", color="Clear", printer="Formlabs Form 3", tracking_url="https://print.example.edu/track/abc",
    )]


async def test_an_event_from_before_the_full_form_still_queues_its_email():
    async with FakeUnitOfWork() as uow:
        message = await handlers.queue_submission_received(job_submitted(), uow, FakeRenderer(), now=NOW)
    assert message is not None and message.to == "ada@example.edu"


async def test_the_same_event_queues_its_email_only_once():
    uow = FakeUnitOfWork()
    event_id = uuid.uuid4()
    await queue(uow, job_submitted(), event_id)
    again = await queue(uow, job_submitted(), event_id)
    assert again is None
    assert len(uow.stored) == 1


async def test_queueing_does_not_commit_the_callers_unit_of_work():
    uow = FakeUnitOfWork()
    async with uow:
        await handlers.queue_submission_received(job_submitted(), uow, FakeRenderer(), source_event_id=uuid.uuid4())
    assert uow.commits == 0
    assert uow.stored == {}


async def test_a_due_email_is_sent_marked_sent_and_announced_in_one_commit():
    uow = FakeUnitOfWork()
    message = await queue(uow, job_submitted(), uuid.uuid4())
    mailer = FakeMailer()
    report = await handlers.send_due_messages(lambda: uow, mailer, NOW)
    assert report.sent == 1
    assert mailer.sent == [message]
    assert message.status == MessageStatus.SENT
    assert message.attempts == 1
    assert message.sent_at == NOW
    [event] = uow.events
    assert event.type == "EmailSent"
    assert event.producer == "notify"
    payload = parse_payload(event)
    assert payload == EmailSent(
        message_id=message.id, job_id="a1b2c3d4e5f6", kind="submission_received", to="ada@example.edu",
        subject=message.subject, attempts=1,
    )


async def test_a_sent_email_is_not_sent_again():
    uow = FakeUnitOfWork()
    await queue(uow, job_submitted(), uuid.uuid4())
    mailer = FakeMailer()
    await handlers.send_due_messages(lambda: uow, mailer, NOW)
    report = await handlers.send_due_messages(lambda: uow, mailer, NOW + timedelta(hours=2))
    assert report.attempted == 0
    assert len(mailer.sent) == 1


async def test_an_smtp_failure_keeps_the_email_pending_with_the_error_and_announces_nothing():
    uow = FakeUnitOfWork()
    message = await queue(uow, job_submitted(), uuid.uuid4())
    report = await handlers.send_due_messages(lambda: uow, FakeMailer(smtp_down()), NOW)
    assert (report.sent, report.retrying) == (0, 1)
    assert message.status == MessageStatus.PENDING
    assert message.attempts == 1
    assert "connection refused" in message.last_error
    assert message.next_attempt_at == NOW + timedelta(seconds=5)
    assert message.sent_at is None
    assert uow.events == []


async def test_a_failed_email_waits_for_its_next_attempt_then_is_sent():
    uow = FakeUnitOfWork()
    message = await queue(uow, job_submitted(), uuid.uuid4())
    mailer = FakeMailer(smtp_down())
    await handlers.send_due_messages(lambda: uow, mailer, NOW)
    early = await handlers.send_due_messages(lambda: uow, mailer, NOW + timedelta(seconds=4))
    assert early.attempted == 0
    await handlers.send_due_messages(lambda: uow, mailer, NOW + timedelta(seconds=5))
    assert message.status == MessageStatus.SENT
    assert message.attempts == 2
    assert [parse_payload(e).attempts for e in uow.events] == [2]


async def test_an_email_that_keeps_failing_is_given_up_after_six_attempts():
    uow = FakeUnitOfWork()
    message = await queue(uow, job_submitted(), uuid.uuid4())
    mailer = FakeMailer(*[smtp_down() for _ in range(10)])
    now = NOW
    for _ in range(6):
        await handlers.send_due_messages(lambda: uow, mailer, now)
        now = message.next_attempt_at
    assert message.status == MessageStatus.FAILED
    assert message.attempts == 6
    assert uow.events == []
    report = await handlers.send_due_messages(lambda: uow, mailer, now + timedelta(days=1))
    assert report.attempted == 0


async def test_a_refused_recipient_fails_the_email_without_retrying():
    uow = FakeUnitOfWork()
    message = await queue(uow, job_submitted(), uuid.uuid4())
    report = await handlers.send_due_messages(
        lambda: uow, FakeMailer(MailerError("550 no such user", permanent=True)), NOW
    )
    assert report.failed == 1
    assert message.status == MessageStatus.FAILED


async def test_an_unexpected_mailer_error_counts_as_a_failed_attempt():
    uow = FakeUnitOfWork()
    message = await queue(uow, job_submitted(), uuid.uuid4())
    await handlers.send_due_messages(lambda: uow, FakeMailer(RuntimeError("boom")), NOW)
    assert message.status == MessageStatus.PENDING
    assert message.attempts == 1
    assert "boom" in message.last_error


async def test_one_failing_email_does_not_hold_up_the_others():
    uow = FakeUnitOfWork()
    first = await queue(uow, job_submitted(student_email="first@example.edu"), uuid.uuid4())
    second = await queue(uow, job_submitted(student_email="second@example.edu"), uuid.uuid4())
    mailer = FakeMailer(smtp_down())
    report = await handlers.send_due_messages(lambda: uow, mailer, NOW)
    assert (report.sent, report.retrying) == (1, 1)
    assert {first.status, second.status} == {MessageStatus.PENDING, MessageStatus.SENT}
