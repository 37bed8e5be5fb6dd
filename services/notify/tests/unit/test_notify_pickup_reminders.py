"""The pickup reminder against fakes (conftest.py): queued with "ready for pickup" to leave days later, and
cancelled when the job leaves Completed before then."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from printdesk.contracts.api.catalog import seed_catalog
from printdesk.contracts.events import JobChanged, JobSnapshot
from printdesk.notify.domain.emails import PickupReminder
from printdesk.notify.domain.lab import CatalogCopy
from printdesk.notify.domain.model import Message, MessageNotPending, MessageStatus
from printdesk.notify.service_layer import handlers

NOW = datetime(2025, 9, 1, 14, 0, tzinfo=UTC)
WEEK = timedelta(days=7)


def changed(action: str = "mark_complete", status: str = "COMPLETED", **overrides) -> JobChanged:
    """A change as the jobs service announces it: marked complete from Printing, any later change from Completed."""
    job = JobSnapshot(short_id="a1b2c3", student_name="Ada Lovelace", student_email="ada@example.edu",
                      original_filename="bracket.stl", created_at=NOW - timedelta(days=3), print_method="Filament",
                      color="True Red", printer="Prusa MK4S")
    previous = "PRINTING" if action == "mark_complete" else "COMPLETED"
    fields = dict(job_id="a1b2c3d4e5f6", action=action, status=status, previous_status=previous, at=NOW, job=job)
    return JobChanged(**{**fields, **overrides})


async def complete(uow, renderer, days: int | None = None) -> list[Message]:  # noqa: ANN001
    """Mark the print complete; `days`: the lab's catalog sets the reminder's wait (the seed's 7 otherwise)."""
    if days is not None:
        uow.catalog.kept = CatalogCopy(9, seed_catalog().model_copy(update={"pickup_reminder_days": days})
                                       .model_dump(mode="json"))
    async with uow:
        await handlers.queue_ready_for_pickup(changed(), uow, renderer, source_event_id=uuid.uuid4(), now=NOW)
        await uow.commit()
    return sorted(uow.stored.values(), key=lambda m: m.next_attempt_at)


async def test_ready_for_pickup_queues_a_reminder_to_leave_a_week_later(uow, renderer):
    ready, reminder = await complete(uow, renderer)
    assert (ready.kind, ready.next_attempt_at) == ("ready_for_pickup", NOW)
    assert (reminder.kind, reminder.status, reminder.next_attempt_at) == ("pickup_reminder", MessageStatus.PENDING,
                                                                         NOW + WEEK)
    assert reminder.to == "ada@example.edu" and reminder.job_id == "a1b2c3d4e5f6"
    assert not reminder.is_due(NOW + WEEK - timedelta(seconds=1)) and reminder.is_due(NOW + WEEK)
    facts = renderer.calls[1][0]
    assert isinstance(facts, PickupReminder) and facts.ready_since == NOW and facts.short_id == "a1b2c3"


async def test_the_labs_catalog_sets_the_wait(uow, renderer):
    _, reminder = await complete(uow, renderer, days=3)
    assert reminder.next_attempt_at == NOW + timedelta(days=3)


async def test_no_reminder_when_the_lab_turned_them_off(uow, renderer):
    [ready] = await complete(uow, renderer, days=0)
    assert ready.kind == "ready_for_pickup"


@pytest.mark.parametrize(("action", "status", "deleted"), [
    ("record_payment", "PAIDPICKEDUP", False), ("revert_completion", "PRINTING", False),
    ("change_status", "ARCHIVED", False), ("delete", "COMPLETED", True),
])
async def test_leaving_completed_cancels_the_reminder_and_nothing_else(uow, renderer, action, status, deleted):
    ready, reminder = await complete(uow, renderer)
    async with uow:
        assert await handlers.cancel_pickup_reminders(changed(action, status, deleted=deleted), uow) == 1
        await uow.commit()
    assert reminder.status == MessageStatus.CANCELLED
    assert ready.status == MessageStatus.PENDING  # the "ready" e-mail itself still goes


async def test_changes_that_keep_the_job_completed_leave_the_reminder(uow, renderer):
    _, reminder = await complete(uow, renderer)
    async with uow:
        for action in ("notes", "lock", "unlock"):
            assert await handlers.cancel_pickup_reminders(changed(action), uow) == 0
    assert reminder.status == MessageStatus.PENDING


async def test_a_change_to_a_job_that_was_not_completed_reads_nothing(uow, renderer):
    async def unexpected(*_args: object) -> list[Message]:
        raise AssertionError("looked for reminders of a job that was not Completed")

    async with uow:
        uow.messages.pending_of_job = unexpected
        for event in (changed("mark_printing", "PRINTING", previous_status="READYTOPRINT"),
                      changed("delete", "PRINTING", previous_status="PRINTING", deleted=True),
                      changed("notes", "PENDING", previous_status="PENDING")):
            assert await handlers.cancel_pickup_reminders(event, uow) == 0


async def test_a_reminder_already_sent_stays_sent(uow, renderer):
    _, reminder = await complete(uow, renderer)
    reminder.mark_sent(NOW + WEEK)
    async with uow:
        assert await handlers.cancel_pickup_reminders(changed("record_payment", "PAIDPICKEDUP"), uow) == 0
    assert reminder.status == MessageStatus.SENT
    with pytest.raises(MessageNotPending):
        reminder.cancel()


def test_a_send_time_in_the_past_means_now():
    message = Message.queue(kind="pickup_reminder", to="a@example.edu", subject="s", text_body="t", html_body="h",
                            now=NOW, send_at=NOW - timedelta(days=1))
    assert message.next_attempt_at == NOW
