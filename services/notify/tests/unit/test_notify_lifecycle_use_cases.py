"""Queueing the approved, not-approved and ready-for-pickup e-mails against fakes (conftest.py): once per event,
to the job's student, from the event's facts and the lab's details of the moment."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from printdesk.contracts.api.catalog import seed_catalog
from printdesk.contracts.events import ConfirmationLinkIssued, JobChanged, JobRejected, JobSnapshot
from printdesk.notify.domain.emails import QuoteToConfirm, ReadyForPickup, SubmissionRejected
from printdesk.notify.domain.lab import CatalogCopy
from printdesk.notify.domain.model import MessageStatus
from printdesk.notify.service_layer import handlers

NOW = datetime(2025, 9, 1, 14, 0, tzinfo=UTC)


def snapshot(**overrides) -> JobSnapshot:
    fields = dict(
        short_id="a1b2c3", student_name="Ada Lovelace", student_email="ada@example.edu",
        original_filename="bracket.stl", created_at=NOW - timedelta(days=1), print_method="Filament",
        color="True Red", printer="Prusa MK4S",
    )
    return JobSnapshot(**{**fields, **overrides})


def link_issued(**overrides) -> ConfirmationLinkIssued:
    fields = dict(
        job_id="a1b2c3d4e5f6", job=snapshot(), confirm_url="https://print.example.edu/confirm/tok",
        expires_at=NOW + timedelta(hours=72), weight_g=Decimal("125.0"), time_hours=Decimal("2.5"),
        cost=Decimal("12.50"), printer="Prusa XL",
    )
    return ConfirmationLinkIssued(**{**fields, **overrides})


def rejected(**overrides) -> JobRejected:
    fields = dict(job_id="a1b2c3d4e5f6", job=snapshot(), reasons=["Walls too thin"], custom_reason=None)
    return JobRejected(**{**fields, **overrides})


def changed(action: str = "mark_complete", **overrides) -> JobChanged:
    fields = dict(
        job_id="a1b2c3d4e5f6", action=action, status="COMPLETED", previous_status="PRINTING", at=NOW, job=snapshot(),
    )
    return JobChanged(**{**fields, **overrides})


async def queue_quote(uow, renderer, event, event_id=None):  # noqa: ANN001
    async with uow:
        message = await handlers.queue_quote_to_confirm(
            event, uow, renderer, issued_at=NOW, source_event_id=event_id or uuid.uuid4(), now=NOW
        )
        await uow.commit()
    return message


async def test_an_approval_queues_the_quote_to_the_student(uow, renderer):
    message = await queue_quote(uow, renderer, link_issued())
    assert list(uow.stored.values()) == [message]
    assert (message.to, message.kind, message.job_id) == ("ada@example.edu", "job_approved", "a1b2c3d4e5f6")
    assert message.status == MessageStatus.PENDING
    assert message.subject == "3D Print Job Approved – Confirm to Proceed – Job a1b2c3"
    [(facts, lab)] = renderer.calls
    assert facts == QuoteToConfirm(
        student_name="Ada Lovelace", original_filename="bracket.stl", job_id="a1b2c3d4e5f6", short_id="a1b2c3",
        print_method="Filament", color="True Red", printer="Prusa XL", cost=Decimal("12.50"),
        weight_g=Decimal("125.0"), time_hours=Decimal("2.5"), confirm_url="https://print.example.edu/confirm/tok",
        issued_at=NOW, expires_at=NOW + timedelta(hours=72), resent=False,
    )
    assert lab.name == "Fabrication Lab"


async def test_the_printer_chosen_at_approval_wins_over_the_students(uow, renderer):
    await queue_quote(uow, renderer, link_issued(printer=None))
    assert renderer.calls[0][0].printer == "Prusa MK4S"


async def test_a_resent_link_is_its_own_kind_of_email(uow, renderer):
    message = await queue_quote(uow, renderer, link_issued(resent=True))
    assert message.kind == "confirmation_resent"
    assert renderer.calls[0][0].resent is True


async def test_each_event_queues_its_email_once(uow, renderer):
    event_id = uuid.uuid4()
    event = link_issued()
    assert await queue_quote(uow, renderer, event, event_id) is not None
    assert await queue_quote(uow, renderer, event, event_id) is None
    assert len(uow.stored) == 1
    # A later approval or resend is another event: another e-mail.
    assert await queue_quote(uow, renderer, link_issued(resent=True)) is not None
    assert len(uow.stored) == 2


async def test_a_rejection_queues_the_reasons_and_the_staffs_message(uow, renderer):
    event_id = uuid.uuid4()
    event = rejected(reasons=["Walls too thin", " ", "Exceeds printer size"], custom_reason="  Scale it down.  ")
    async with uow:
        message = await handlers.queue_submission_rejected(event, uow, renderer, source_event_id=event_id, now=NOW)
        again = await handlers.queue_submission_rejected(event, uow, renderer, source_event_id=event_id, now=NOW)
        await uow.commit()
    assert again is None and list(uow.stored.values()) == [message]
    assert (message.kind, message.to) == ("submission_rejected", "ada@example.edu")
    assert renderer.calls[0][0] == SubmissionRejected(
        student_name="Ada Lovelace", original_filename="bracket.stl", job_id="a1b2c3d4e5f6", short_id="a1b2c3",
        reasons=("Walls too thin", "Exceeds printer size"), custom_reason="Scale it down.",
    )


async def test_a_blank_staff_message_is_no_message(uow, renderer):
    async with uow:
        await handlers.queue_submission_rejected(rejected(custom_reason="   "), uow, renderer, now=NOW)
    assert renderer.calls[0][0].custom_reason is None


async def test_a_completed_print_queues_the_pickup_email(uow, renderer):
    event_id = uuid.uuid4()
    async with uow:
        message = await handlers.queue_ready_for_pickup(changed(), uow, renderer, source_event_id=event_id, now=NOW)
        again = await handlers.queue_ready_for_pickup(changed(), uow, renderer, source_event_id=event_id, now=NOW)
        await uow.commit()
    # Beside it, once: the reminder a week later (test_notify_pickup_reminders.py).
    assert again is None and sorted(m.kind for m in uow.stored.values()) == ["pickup_reminder", "ready_for_pickup"]
    assert (message.kind, message.to, message.job_id) == ("ready_for_pickup", "ada@example.edu", "a1b2c3d4e5f6")
    assert renderer.calls[0][0] == ReadyForPickup(
        student_name="Ada Lovelace", original_filename="bracket.stl", job_id="a1b2c3d4e5f6", short_id="a1b2c3",
        print_method="Filament", color="True Red", printer="Prusa MK4S",
    )


@pytest.mark.parametrize(
    "action", ["approve", "reject", "confirm", "mark_printing", "record_payment", "revert_completion", "lock", "notes"]
)
async def test_any_other_job_change_sends_nothing(uow, renderer, action):
    async with uow:
        assert await handlers.queue_ready_for_pickup(changed(action), uow, renderer, source_event_id=uuid.uuid4()) is None
        await uow.commit()
    assert uow.stored == {} and renderer.calls == []


async def test_a_completed_job_that_is_being_deleted_sends_nothing(uow, renderer):
    async with uow:
        assert await handlers.queue_ready_for_pickup(changed(deleted=True), uow, renderer, now=NOW) is None
    assert renderer.calls == []


async def test_the_emails_use_the_latest_catalog_kept(uow, renderer):
    other = seed_catalog().model_copy(update={"lab_name": "Maker Hall", "pickup_location": "Room 12"})
    uow.catalog.kept = CatalogCopy(7, other.model_dump(mode="json"))
    async with uow:
        await handlers.queue_ready_for_pickup(changed(), uow, renderer, now=NOW)
    lab = renderer.calls[0][1]
    assert (lab.name, lab.pickup_location, lab.payment_method) == ("Maker Hall", "Room 12", "TigerCASH")


async def test_an_address_no_email_can_go_to_is_undeliverable(uow, renderer):
    event = changed(job=snapshot(student_email="ada@example.edu\r\nBcc: eve@example.com"))
    async with uow:
        with pytest.raises(handlers.UndeliverableEmail):
            await handlers.queue_ready_for_pickup(event, uow, renderer, now=NOW)
    assert uow.stored == {}
