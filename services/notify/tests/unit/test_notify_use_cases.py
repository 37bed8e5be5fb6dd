"""The use cases against fakes (conftest.py): queue the "upload received" e-mail once, send due e-mails, retry honestly."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from printdesk.contracts.api.catalog import seed_catalog
from printdesk.contracts.events import EmailSent, JobSubmitted, parse_payload
from printdesk.notify.domain.model import Message, MessageStatus
from printdesk.notify.service_layer import handlers, sending
from printdesk.notify.service_layer.lab_catalog import lab_details
from printdesk.notify.service_layer.ports import MailerError, SubmissionReceived

NOW = datetime(2025, 9, 1, 9, 0, tzinfo=UTC)


class FakeMailer:
    def __init__(self, *failures: Exception) -> None:
        self.sent: list[Message] = []
        self._failures = list(failures)

    async def send(self, message: Message) -> None:
        if self._failures:
            raise self._failures.pop(0)
        self.sent.append(message)


def smtp_down() -> MailerError:
    return MailerError("SMTP 127.0.0.1:1 unavailable: connection refused", server_unreachable=True)


def smtp_busy() -> MailerError:
    """The server answered, but would not take this message now."""
    return MailerError("SMTP 127.0.0.1:25 answered 451: try again later")


def job_submitted(**overrides) -> JobSubmitted:
    fields = dict(
        job_id="a1b2c3d4e5f6", short_id="a1b2c3", upload_id=uuid.uuid4(), student_name="Ada Lovelace",
        student_email="ada@example.edu", original_filename="bracket.stl", sha256="0" * 64,
    )
    return JobSubmitted(**{**fields, **overrides})


async def queue(uow, renderer, event: JobSubmitted, event_id: uuid.UUID):  # noqa: ANN001
    async with uow:
        message = await handlers.queue_submission_received(event, uow, renderer, source_event_id=event_id, now=NOW)
        await uow.commit()
    return message


# ---- queueing --------------------------------------------------------------------------------------


async def test_a_submission_queues_one_pending_email_to_the_student(uow, renderer):
    message = await queue(uow, renderer, job_submitted(), uuid.uuid4())
    assert list(uow.stored.values()) == [message]
    assert message.to == "ada@example.edu"
    assert message.kind == "submission_received"
    assert message.job_id == "a1b2c3d4e5f6"
    assert message.subject == "We received your 3D print request – Job a1b2c3"
    assert message.status == MessageStatus.PENDING
    assert "Ada Lovelace" in message.text_body


async def test_the_email_is_written_from_the_events_form_fields_and_tracking_link_and_the_seed_lab(uow, renderer):
    event = job_submitted(print_method="Resin", color="Clear", printer="Formlabs Form 3",
                          tracking_url="https://print.example.edu/track/abc")
    async with uow:
        await handlers.queue_submission_received(event, uow, renderer, source_event_id=uuid.uuid4(), now=NOW)
    assert renderer.calls == [(SubmissionReceived(
        student_name="Ada Lovelace", original_filename="bracket.stl", job_id="a1b2c3d4e5f6", short_id="a1b2c3",
        print_method="Resin", color="Clear", printer="Formlabs Form 3", tracking_url="https://print.example.edu/track/abc",
    ), lab_details(seed_catalog()))]


async def test_an_event_from_before_the_full_form_still_queues_its_email(uow, renderer):
    async with uow:
        message = await handlers.queue_submission_received(job_submitted(), uow, renderer, now=NOW)
    assert message is not None and message.to == "ada@example.edu"


async def test_the_same_event_queues_its_email_only_once(uow, renderer):
    event_id = uuid.uuid4()
    await queue(uow, renderer, job_submitted(), event_id)
    again = await queue(uow, renderer, job_submitted(), event_id)
    assert again is None
    assert len(uow.stored) == 1


async def test_queueing_does_not_commit_the_callers_unit_of_work(uow, renderer):
    async with uow:
        await handlers.queue_submission_received(job_submitted(), uow, renderer, source_event_id=uuid.uuid4())
    assert uow.commits == 0
    assert uow.stored == {}


# ---- sending ---------------------------------------------------------------------------------------


async def test_a_due_email_is_sent_marked_sent_and_announced_in_one_commit(uow, renderer):
    message = await queue(uow, renderer, job_submitted(), uuid.uuid4())
    mailer = FakeMailer()
    report = await sending.send_due_messages(lambda: uow, mailer, NOW)
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


async def test_a_sent_email_is_not_sent_again(uow, renderer):
    await queue(uow, renderer, job_submitted(), uuid.uuid4())
    mailer = FakeMailer()
    await sending.send_due_messages(lambda: uow, mailer, NOW)
    report = await sending.send_due_messages(lambda: uow, mailer, NOW + timedelta(hours=2))
    assert report.attempted == 0
    assert len(mailer.sent) == 1


async def test_an_smtp_failure_keeps_the_email_pending_with_the_error_and_announces_nothing(uow, renderer):
    message = await queue(uow, renderer, job_submitted(), uuid.uuid4())
    report = await sending.send_due_messages(lambda: uow, FakeMailer(smtp_down()), NOW)
    assert (report.sent, report.retrying) == (0, 1)
    assert message.status == MessageStatus.PENDING
    assert message.attempts == 1
    assert "connection refused" in message.last_error
    assert message.next_attempt_at == NOW + timedelta(seconds=5)
    assert message.sent_at is None
    assert uow.events == []


async def test_a_failed_email_waits_for_its_next_attempt_then_is_sent(uow, renderer):
    message = await queue(uow, renderer, job_submitted(), uuid.uuid4())
    mailer = FakeMailer(smtp_down())
    await sending.send_due_messages(lambda: uow, mailer, NOW)
    early = await sending.send_due_messages(lambda: uow, mailer, NOW + timedelta(seconds=4))
    assert early.attempted == 0
    await sending.send_due_messages(lambda: uow, mailer, NOW + timedelta(seconds=5))
    assert message.status == MessageStatus.SENT
    assert message.attempts == 2
    assert [parse_payload(e).attempts for e in uow.events] == [2]


async def test_an_email_the_server_keeps_turning_away_is_given_up_after_six_attempts(uow, renderer):
    message = await queue(uow, renderer, job_submitted(), uuid.uuid4())
    mailer = FakeMailer(*[smtp_busy() for _ in range(10)])
    now = NOW
    for _ in range(6):
        await sending.send_due_messages(lambda: uow, mailer, now)
        now = message.next_attempt_at
    assert message.status == MessageStatus.FAILED
    assert message.attempts == 6
    assert uow.events == []
    report = await sending.send_due_messages(lambda: uow, mailer, now + timedelta(days=1))
    assert report.attempted == 0


async def test_an_email_is_never_given_up_while_the_server_cannot_be_reached_and_goes_out_when_it_is_back(
    uow, renderer
):
    message = await queue(uow, renderer, job_submitted(), uuid.uuid4())
    mailer = FakeMailer(*[smtp_down() for _ in range(20)])
    now = NOW
    for _ in range(20):
        await sending.send_due_messages(lambda: uow, mailer, now)
        assert message.status == MessageStatus.PENDING
        now = message.next_attempt_at
    assert message.attempts == 20
    assert message.next_attempt_at - message.created_at > timedelta(hours=10)  # backing off at the longest delay
    report = await sending.send_due_messages(lambda: uow, mailer, now)
    assert report.sent == 1 and message.status == MessageStatus.SENT and message.attempts == 21
    assert mailer.sent == [message] and len(uow.events) == 1


async def test_a_refused_recipient_fails_the_email_without_retrying(uow, renderer):
    message = await queue(uow, renderer, job_submitted(), uuid.uuid4())
    report = await sending.send_due_messages(
        lambda: uow, FakeMailer(MailerError("550 no such user", permanent=True)), NOW
    )
    assert report.failed == 1
    assert message.status == MessageStatus.FAILED


async def test_an_unexpected_mailer_error_counts_as_a_failed_attempt(uow, renderer):
    message = await queue(uow, renderer, job_submitted(), uuid.uuid4())
    await sending.send_due_messages(lambda: uow, FakeMailer(RuntimeError("boom")), NOW)
    assert message.status == MessageStatus.PENDING
    assert message.attempts == 1
    assert "boom" in message.last_error


async def test_one_failing_email_does_not_hold_up_the_others(uow, renderer):
    first = await queue(uow, renderer, job_submitted(student_email="first@example.edu"), uuid.uuid4())
    second = await queue(uow, renderer, job_submitted(student_email="second@example.edu"), uuid.uuid4())
    mailer = FakeMailer(smtp_down())
    report = await sending.send_due_messages(lambda: uow, mailer, NOW)
    assert (report.sent, report.retrying) == (1, 1)
    assert {first.status, second.status} == {MessageStatus.PENDING, MessageStatus.SENT}
