"""Resending a logged message: a fresh copy of a finished one; never one still on its way."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from printdesk.notify.domain.model import Message, MessageNotFinished, MessageStatus

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def message() -> Message:
    return Message.queue(kind="ready_for_pickup", to="ada@example.edu", subject="Ready", text_body="t",
                         html_body="<p>t</p>", now=NOW, job_id="job-1")


def test_a_sent_or_failed_message_is_copied_as_a_new_pending_one():
    for status in (MessageStatus.SENT, MessageStatus.FAILED):
        original = message()
        original.status = status
        copy = original.resend(requested_by="Dana Admin", now=NOW + timedelta(hours=1))
        assert copy.id != original.id and copy.status == MessageStatus.PENDING and copy.attempts == 0
        assert (copy.to, copy.subject, copy.text_body, copy.html_body, copy.kind, copy.job_id) == (
            original.to, original.subject, original.text_body, original.html_body, original.kind, original.job_id)
        assert copy.resent_from == original.id and copy.requested_by == "Dana Admin"
        assert copy.source_event_id is None and original.status == status


def test_a_message_still_being_sent_is_not_resent():
    with pytest.raises(MessageNotFinished):
        message().resend(requested_by="Dana Admin", now=NOW)
