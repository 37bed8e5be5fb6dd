"""The message rules: a queued e-mail is pending and due now; failures back off 5s, 30s, 2min, 10min, 1h, then give
up, except while the mail server cannot be reached at all."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from printdesk.notify.domain.model import Message, MessageNotPending, MessageStatus, RetryPolicy

NOW = datetime(2025, 9, 1, 9, 0, tzinfo=UTC)


def queued(**overrides) -> Message:
    fields = dict(
        kind="submission_received", to="ada@example.edu", subject="Hello", text_body="hi", html_body="<p>hi</p>",
        now=NOW, job_id="abc123",
    )
    return Message.queue(**{**fields, **overrides})


def test_a_queued_message_is_pending_and_due_at_once():
    message = queued()
    assert message.status == MessageStatus.PENDING
    assert message.attempts == 0
    assert message.is_due(NOW)
    assert not message.is_due(NOW - timedelta(seconds=1))


@pytest.mark.parametrize("to", ["not-an-address", "ada@example.edu\r\nBcc: eve@example.com"])
def test_an_undeliverable_or_header_injecting_address_is_refused(to):
    with pytest.raises(ValueError):
        queued(to=to)


def test_a_multi_line_subject_is_refused():
    with pytest.raises(ValueError):
        queued(subject="Hello\r\nBcc: eve@example.com")


def test_the_default_policy_backs_off_then_gives_up_after_six_attempts():
    policy = RetryPolicy()
    assert policy.max_attempts == 6
    delays = [policy.delay_after(n) for n in range(1, 7)]
    assert delays == [
        timedelta(seconds=5), timedelta(seconds=30), timedelta(minutes=2), timedelta(minutes=10),
        timedelta(hours=1), None,
    ]


def test_each_failed_attempt_schedules_the_next_one_and_the_sixth_fails_the_message():
    message = queued()
    now = NOW
    for attempt, delay in enumerate([5, 30, 120, 600, 3600], start=1):
        message.mark_attempt_failed("451 try again later", now)
        assert message.status == MessageStatus.PENDING
        assert message.attempts == attempt
        assert message.next_attempt_at == now + timedelta(seconds=delay)
        assert not message.is_due(now)
        now = message.next_attempt_at
        assert message.is_due(now)
    message.mark_attempt_failed("451 try again later", now)
    assert message.status == MessageStatus.FAILED
    assert message.attempts == 6
    assert message.last_error == "451 try again later"
    assert not message.is_due(now + timedelta(days=1))


def test_while_the_server_cannot_be_reached_the_message_backs_off_to_the_longest_delay_and_is_never_given_up():
    message = queued()
    now = NOW
    for attempt, delay in enumerate([5, 30, 120, 600, 3600, 3600, 3600, 3600], start=1):
        message.mark_attempt_failed("connection refused", now, server_unreachable=True)
        assert message.status == MessageStatus.PENDING
        assert message.attempts == attempt
        assert message.next_attempt_at == now + timedelta(seconds=delay)
        now = message.next_attempt_at
    message.mark_sent(now)
    assert message.status == MessageStatus.SENT and message.attempts == 9


def test_a_permanent_failure_fails_the_message_at_once():
    message = queued()
    message.mark_attempt_failed("550 no such user", NOW, permanent=True)
    assert message.status == MessageStatus.FAILED
    assert message.attempts == 1


def test_a_sent_message_counts_the_attempt_and_clears_the_last_error():
    message = queued()
    message.mark_attempt_failed("timeout", NOW)
    later = NOW + timedelta(seconds=5)
    message.mark_sent(later)
    assert message.status == MessageStatus.SENT
    assert message.attempts == 2
    assert message.sent_at == later
    assert message.last_error is None


def test_a_sent_or_failed_message_cannot_be_sent_or_failed_again():
    sent = queued()
    sent.mark_sent(NOW)
    with pytest.raises(MessageNotPending):
        sent.mark_sent(NOW)
    failed = queued()
    failed.mark_attempt_failed("550", NOW, permanent=True)
    with pytest.raises(MessageNotPending):
        failed.mark_attempt_failed("again", NOW)


def test_a_policy_needs_positive_delays():
    with pytest.raises(ValueError):
        RetryPolicy(delays=())
    with pytest.raises(ValueError):
        RetryPolicy(delays=(timedelta(0),))
