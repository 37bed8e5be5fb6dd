"""A student whose print is ready but not collected gets one reminder, days later; a print collected (or put
back, archived, deleted) before then gets none. Real PostgreSQL, NATS and SMTP sink (harness: conftest.py)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from printdesk.devstack.testing import eventually
from printdesk.notify.adapters.orm import messages

REMINDER = "pickup_reminder"


@pytest.fixture(scope="module")
async def notify(start_notify, smtp_sink):
    port, directory = smtp_sink
    async with start_notify(port, directory) as harness:
        await harness.use_seed_catalog()  # reminders a week after "ready for pickup": the seed's default
        yield harness


async def _rows_once(notify, job_id: str, wanted) -> list[dict]:  # noqa: ANN001
    rows = await eventually(lambda: _matching(notify, job_id, wanted))
    assert rows, f"job {job_id}: the message log never reached the expected state: {await notify.rows(job_id)}"
    return rows


async def _matching(notify, job_id: str, wanted) -> list[dict] | None:  # noqa: ANN001
    rows = await notify.rows(job_id)
    return rows if wanted(rows) else None


def _by_kind(rows: list[dict]) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for row in rows:
        found.setdefault(row["kind"], []).append(row)
    return found


async def test_a_completed_print_queues_a_reminder_a_week_later_and_sends_it_when_due(notify):
    address = notify.jobs.address()
    event = notify.jobs.changed(address, "mark_complete")
    job_id = event.data["job_id"]
    await notify.publish(event)

    rows = _by_kind(await _rows_once(notify, job_id, lambda r: any(x["kind"] == REMINDER for x in r)
                                     and any(x["kind"] == "ready_for_pickup" and x["status"] == "sent" for x in r)))
    [reminder] = rows[REMINDER]
    assert reminder["status"] == "pending" and reminder["attempts"] == 0
    completed_at = datetime.fromisoformat(event.data["at"])
    assert reminder["next_attempt_at"] == completed_at + timedelta(days=7)
    assert reminder["subject"] == f"Reminder: your 3D print is waiting for pickup – Job {job_id[:6]}"
    assert len(notify.mail_to(address)) == 1  # only "ready for pickup" so far

    # A week on: the sender finds it due and sends it.
    async with notify.app.state.runtime.session_factory() as session, session.begin():
        await session.execute(sa.update(messages).where(messages.c.id == reminder["id"])
                              .values(next_attempt_at=datetime.now(UTC) - timedelta(seconds=1)))
    mails = await eventually(lambda: [m for m in notify.mail_to(address) if "Reminder" in str(m["Subject"])])
    assert mails, "the due reminder was not sent"
    text, html = notify.text_of(mails[0]), notify.html_of(mails[0])
    for expected in ("is still waiting for you", "Fabrication Lab, room 145 Atkinson", job_id[:6]):
        assert expected in text and expected in html
    assert "it has been ready since" in text


@pytest.mark.parametrize(("action", "status"), [
    ("record_payment", "PAIDPICKEDUP"), ("revert_completion", "PRINTING"), ("change_status", "ARCHIVED"),
])
async def test_a_print_that_leaves_completed_first_gets_no_reminder(notify, action, status):
    address = notify.jobs.address()
    job_id = uuid.uuid4().hex
    await notify.publish(notify.jobs.changed(address, "mark_complete", job_id=job_id))
    await _rows_once(notify, job_id, lambda r: any(x["kind"] == REMINDER for x in r))

    moved = notify.jobs.changed(address, action, job_id=job_id)
    moved = moved.model_copy(update={"data": {**moved.data, "status": status, "previous_status": "COMPLETED"}})
    await notify.publish(moved)

    rows = await _rows_once(notify, job_id, lambda r: any(x["kind"] == REMINDER and x["status"] == "cancelled"
                                                         for x in r))
    assert [x["status"] for x in rows if x["kind"] == REMINDER] == ["cancelled"]
    listed = await notify.notifications(job_id)
    assert "cancelled" in {m["status"] for m in listed}


async def test_completed_again_after_a_reprint_queues_a_new_reminder(notify):
    address = notify.jobs.address()
    job_id = uuid.uuid4().hex
    await notify.publish(notify.jobs.changed(address, "mark_complete", job_id=job_id))
    back = notify.jobs.changed(address, "revert_completion", job_id=job_id)
    await notify.publish(back.model_copy(update={"data": {**back.data, "status": "PRINTING",
                                                          "previous_status": "COMPLETED"}}))
    await notify.publish(notify.jobs.changed(address, "mark_complete", job_id=job_id))

    rows = await _rows_once(notify, job_id, lambda r: sorted(x["status"] for x in r if x["kind"] == REMINDER)
                            == ["cancelled", "pending"])
    assert len([x for x in rows if x["kind"] == "ready_for_pickup"]) == 2


@pytest.mark.parametrize("days", [0, 3])
async def test_the_labs_catalog_sets_the_wait_and_0_means_no_reminder(notify, days):
    await notify.use_seed_catalog(pickup_reminder_days=days)
    try:
        address = notify.jobs.address()
        event = notify.jobs.changed(address, "mark_complete")
        await notify.publish(event)
        rows = await _rows_once(notify, event.data["job_id"], lambda r: any(x["status"] == "sent" for x in r))
        reminders = [x for x in rows if x["kind"] == REMINDER]
        if days == 0:
            assert [x["kind"] for x in rows] == ["ready_for_pickup"]
        else:
            assert [x["next_attempt_at"] for x in reminders] == [
                datetime.fromisoformat(event.data["at"]) + timedelta(days=days)]
    finally:
        await notify.use_seed_catalog()
