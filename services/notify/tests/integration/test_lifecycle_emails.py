"""The approved, resent, not-approved and ready-for-pickup e-mails end to end: the jobs service's events on
JetStream in, one e-mail per event out through the real SMTP sink, with the lab's details from the catalog copy.
(Fixtures and the harness: conftest.py.)
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from printdesk.contracts.api.catalog import seed_catalog
from printdesk.devstack.testing import eventually
from printdesk.notify.adapters.orm import messages
from printdesk.notify.adapters.renderer import JinjaEmailRenderer

FLAKY = "Flaky Fiona"


class FailingOnceFor:
    """The real renderer, except that the first e-mail of each job to one student fails to render, as a transient
    fault would: the consumer naks the event and JetStream delivers it again."""

    def __init__(self, student_name: str) -> None:
        self._renderer = JinjaEmailRenderer(public_url="https://print.example.edu")
        self._student_name = student_name
        self.failed: list[str] = []

    def __getattr__(self, name: str):  # noqa: ANN204
        render = getattr(self._renderer, name)

        def maybe_fail(facts, lab):  # noqa: ANN001, ANN202
            if facts.student_name == self._student_name and facts.job_id not in self.failed:
                self.failed.append(facts.job_id)
                raise RuntimeError("renderer briefly unavailable")
            return render(facts, lab)

        return maybe_fail


@pytest.fixture(scope="module")
async def notify(start_notify, smtp_sink):
    port, directory = smtp_sink
    renderer = FailingOnceFor(FLAKY)
    async with start_notify(port, directory, renderer=renderer) as harness:
        harness.renderer = renderer
        # These tests count the e-mails of each event; the pickup reminder's own are test_pickup_reminders.py.
        await harness.use_seed_catalog(pickup_reminder_days=0)
        yield harness


async def one_email(notify, address: str):  # noqa: ANN001, ANN201
    [email] = await eventually(lambda: notify.mail_to(address))
    return email, notify.text_of(email), notify.html_of(email)


async def sent_rows(notify, job_id: str, count: int = 1) -> list[dict]:  # noqa: ANN001
    async def probe():
        rows = await notify.rows(job_id)
        return rows if len(rows) >= count and all(r["status"] == "sent" for r in rows) else None

    rows = await eventually(probe)
    assert rows, f"the e-mails of job {job_id} were not sent"
    return rows


async def test_an_approval_emails_the_quote_and_the_confirm_link(notify):
    address = notify.jobs.address()
    event = notify.jobs.link_issued(address)
    data = event.data
    await notify.publish(event)

    email, text, html = await one_email(notify, address)
    assert email["Subject"] == f"3D Print Job Approved – Confirm to Proceed – Job {data['job_id'][:6]}"
    for expected in ("bracket.stl", "Prusa XL", "Filament", "True Red", "$12.50", "125 g", "2.5 hours",
                     "$0.10 per gram for Filament", "minimum charge of $3.00", "TigerCASH"):
        assert expected in text and expected in html, expected
    assert f"CONFIRM AND PRINT: {data['confirm_url']}" in text
    assert f'href="{data["confirm_url"]}"' in html
    expires = datetime.fromisoformat(data["expires_at"]).astimezone(UTC)
    assert "expires in 72 hours" in text and f"{expires.year} at " in text
    assert (" CDT" in text) or (" CST" in text)  # the lab's clock, America/Chicago
    assert "you can ignore this e-mail" in text
    [row] = await sent_rows(notify, data["job_id"])
    assert (row["kind"], row["recipient"], row["attempts"]) == ("job_approved", address, 1)


async def test_a_resent_link_says_it_is_new_and_older_links_no_longer_work(notify):
    address = notify.jobs.address()
    event = notify.jobs.link_issued(address, resent=True)
    await notify.publish(event)

    email, text, _ = await one_email(notify, address)
    assert email["Subject"].startswith("New confirmation link (older links no longer work): 3D Print Job Approved")
    assert "no longer work" in text and event.data["confirm_url"] in text
    [row] = await sent_rows(notify, event.data["job_id"])
    assert row["kind"] == "confirmation_resent"


async def test_a_rejection_emails_the_reasons_and_the_invitation_to_resubmit(notify):
    address = notify.jobs.address()
    event = notify.jobs.rejected(address, custom_reason="Please thicken the <b>walls</b>.", name="<Ada & Co>")
    await notify.publish(event)

    email, text, html = await one_email(notify, address)
    assert email["Subject"] == f"Submission Not Approved – Job {event.data['job_id'][:6]}"
    assert "  - Walls too thin\n  - Exceeds printer size\n" in text
    assert "<li>Walls too thin</li>" in html and "<li>Exceeds printer size</li>" in html
    assert "Please thicken the <b>walls</b>." in text and "Please thicken the &lt;b&gt;walls&lt;/b&gt;." in html
    assert "Hello &lt;Ada &amp; Co&gt;" in html
    assert "https://print.example.edu/submit" in text and 'href="https://print.example.edu/submit"' in html
    [row] = await sent_rows(notify, event.data["job_id"])
    assert row["kind"] == "submission_rejected"


async def test_a_completed_print_emails_where_when_and_how_to_pick_it_up(notify):
    address = notify.jobs.address()
    event = notify.jobs.changed(address, "mark_complete")
    await notify.publish(event)

    email, text, html = await one_email(notify, address)
    assert email["Subject"] == f"Your 3D Print is Complete – Job {event.data['job_id'][:6]}"
    for expected in ("Fabrication Lab, room 145 Atkinson", "Monday–Friday 8:30–4:30", "TigerCASH only"):
        assert expected in text and expected in html
    [row] = await sent_rows(notify, event.data["job_id"])
    assert row["kind"] == "ready_for_pickup"


async def test_other_job_changes_send_no_email(notify):
    address = notify.jobs.address()
    job_id = uuid.uuid4().hex
    for action in ("approve", "confirm", "mark_printing", "record_payment", "revert_completion", "lock", "notes"):
        await notify.publish(notify.jobs.changed(address, action, job_id=job_id))
    # Events are handled in order: once the pickup e-mail is out, every change before it has been handled.
    await notify.publish(notify.jobs.changed(address, "mark_complete", job_id=job_id))

    [row] = await sent_rows(notify, job_id)
    assert row["kind"] == "ready_for_pickup"
    assert len(notify.mail_to(address)) == 1


@pytest.mark.parametrize("kind", ["link_issued", "rejected", "changed"])
async def test_an_event_delivered_again_sends_no_second_email(notify, kind):
    address = notify.jobs.address()
    event = getattr(notify.jobs, kind)(address)
    await notify.publish(event)
    await sent_rows(notify, event.data["job_id"])

    assert (await notify.publish(event)).duplicate  # the stream's duplicate window drops the same Nats-Msg-Id
    handled_before = notify.consumer.handled_total
    await notify.publish(event, msg_id=f"{event.event_id}-replayed")  # past the window: the inbox drops it
    assert await eventually(lambda: notify.consumer.handled_total > handled_before)

    assert len(notify.mail_to(address)) == 1
    assert len(await notify.rows(event.data["job_id"])) == 1


async def test_an_event_that_failed_once_is_delivered_again_and_sends_one_email(notify):
    address = notify.jobs.address()
    event = notify.jobs.link_issued(address, name=FLAKY)
    await notify.publish(event)

    [row] = await sent_rows(notify, event.data["job_id"])
    assert event.data["job_id"] in notify.renderer.failed  # the first delivery failed and was nak'ed
    assert row["kind"] == "job_approved"
    assert len(notify.mail_to(address)) == 1


async def test_the_database_holds_one_message_per_event_and_kind(notify):
    address = notify.jobs.address()
    event = notify.jobs.rejected(address)
    await notify.publish(event)
    [row] = await sent_rows(notify, event.data["job_id"])

    copy = {**row, "id": uuid.uuid4()}
    async with notify.app.state.runtime.session_factory() as session:
        with pytest.raises(IntegrityError, match="uq_messages_source_event_kind"):
            await session.execute(sa.insert(messages).values(**copy))


async def test_staff_see_every_email_of_a_job_in_the_log(notify):
    address = notify.jobs.address()
    job_id = uuid.uuid4().hex
    for event in (notify.jobs.submitted(address, job_id=job_id), notify.jobs.link_issued(address, job_id=job_id),
                  notify.jobs.changed(address, "mark_complete", job_id=job_id)):
        await notify.publish(event)
    await sent_rows(notify, job_id, count=3)

    items = await notify.notifications(job_id)
    assert sorted(i["kind"] for i in items) == ["job_approved", "ready_for_pickup", "submission_received"]
    for item in items:
        assert (item["to"], item["status"], item["attempts"], item["last_error"]) == (address, "sent", 1, None)
        assert item["subject"].endswith(f"Job {job_id[:6]}")


# ---- the lab catalog -------------------------------------------------------------------------------


@pytest.fixture
async def announce(notify):
    """`await announce(version, **changes)`: publish a catalog (the seed with changes) and wait until it is handled;
    the copy goes back to the seed catalog (as a newer version) afterwards."""

    async def publish(version: int, **changes) -> None:  # noqa: ANN003
        content = seed_catalog().model_copy(update={"pickup_reminder_days": 0, **changes}).model_dump(mode="json")
        before = notify.consumer.handled_total
        await notify.publish(notify.jobs.catalog(version, content))
        assert await eventually(lambda: notify.consumer.handled_total > before)

    yield publish
    await notify.use_seed_catalog(pickup_reminder_days=0)


async def test_the_emails_use_the_latest_catalog_and_ignore_an_older_one_arriving_late(notify, announce):
    current = await notify.catalog_version()
    await announce(current + 2, lab_name="Maker Hall", pickup_location="Room 12, Maker Hall",
                   pickup_hours="Daily 10–6", payment_method="Campus Card")
    assert await notify.catalog_version() == current + 2
    await announce(current + 1, lab_name="Stale Lab", pickup_location="Nowhere")  # older, arriving late
    assert await notify.catalog_version() == current + 2

    address = notify.jobs.address()
    await notify.publish(notify.jobs.changed(address, "mark_complete"))
    _, text, html = await one_email(notify, address)
    for expected in ("Maker Hall", "Room 12, Maker Hall", "Daily 10–6", "Campus Card only"):
        assert expected in text and expected in html
    for stale in ("Stale Lab", "Nowhere", "TigerCASH", "Atkinson"):
        assert stale not in text and stale not in html


async def test_an_invalid_catalog_is_dropped_and_the_consumer_carries_on(notify, announce):
    current = await notify.catalog_version()
    event = notify.jobs.catalog(current + 10, {"lab_name": "broken"})
    await notify.publish(event)
    await announce(current + 5, payment_method="Campus Card")
    assert await notify.catalog_version() == current + 5  # +10 was never kept, or +5 would have been stale
