"""The notify service against real PostgreSQL, NATS JetStream and an SMTP sink: the "received" e-mail.

A submission event in, exactly one e-mail out, `EmailSent` published; undecodable messages are dropped;
staff can list what was sent. (Fixtures and the harness: conftest.py.)
"""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa
from nats.js import JetStreamContext

from printdesk.devstack.testing import eventually
from printdesk.notify.adapters.orm import outbox


@pytest.fixture(scope="module")
async def notify(start_notify, smtp_sink):
    port, directory = smtp_sink
    async with start_notify(port, directory) as harness:
        await harness.use_seed_catalog()
        yield harness


async def test_a_submission_sends_exactly_one_email_to_the_student_and_announces_it(notify):
    address = notify.jobs.address()
    event = notify.jobs.submitted(address, name="Ada Lovelace")
    job_id = event.data["job_id"]
    await notify.publish(event)

    [email] = await eventually(lambda: notify.mail_to(address))
    assert email["Subject"] == f"We received your 3D print request – Job {job_id[:6]}"
    assert email.get_content_type() == "multipart/alternative"
    text, html = notify.text_of(email), notify.html_of(email)
    assert "Hello Ada Lovelace" in text and "Hello Ada Lovelace" in html
    assert f"https://print.example.edu/submit/success?job={job_id[:6]}" in text

    async def sent_row():
        rows = await notify.rows(job_id)
        return rows if rows and rows[0]["status"] == "sent" else None

    [row] = await eventually(sent_row)
    assert row["attempts"] == 1 and row["sent_at"] is not None and row["recipient"] == address
    assert email["Message-ID"] == f"<{row['id']}@fablab.example.edu>"

    async def published_announcement():
        events = [e for e in await email_sent_events(notify.app) if e["envelope"]["data"]["message_id"] == str(row["id"])]
        return events if events and events[0]["published_at"] is not None else None

    [announcement] = await eventually(published_announcement)
    data = announcement["envelope"]["data"]
    assert data == {
        "message_id": str(row["id"]), "job_id": job_id, "kind": "submission_received", "to": address,
        "subject": row["subject"], "attempts": 1,
    }
    assert announcement["envelope"]["producer"] == "notify"
    assert await on_stream(notify.js, "notify.email.sent.v1", announcement["event_id"])


async def test_the_received_email_shows_the_print_choices_the_tracking_link_and_the_labs_pickup_place(notify):
    address = notify.jobs.address()
    tracking_url = "https://print.example.edu/track/q8L0v2n9bY3xW5sT1uR7kP4mE6cA0dZ"
    event = notify.jobs.submitted(
        address, print_method="Filament", color="Glow in the Dark", printer="Raise3D Pro 2 Plus", tracking_url=tracking_url
    )
    await notify.publish(event)

    [email] = await eventually(lambda: notify.mail_to(address))
    text, html = notify.text_of(email), notify.html_of(email)
    assert f"Track your request: {tracking_url}" in text
    assert f'<a href="{tracking_url}"' in html and "Track your request</a>" in html
    for value in ("Filament", "Glow in the Dark", "Raise3D Pro 2 Plus", "Fabrication Lab, room 145 Atkinson"):
        assert value in text and value in html


async def test_the_same_event_delivered_again_sends_no_second_email(notify):
    address = notify.jobs.address()
    event = notify.jobs.submitted(address)
    await notify.publish(event)
    await eventually(lambda: notify.mail_to(address))

    # The same Nats-Msg-Id inside the duplicate window: the stream itself drops it.
    ack = await notify.publish(event)
    assert ack.duplicate
    # A redelivery the stream cannot recognise (as after the duplicate window): the inbox drops it.
    handled_before = notify.consumer.handled_total
    await notify.publish(event, msg_id=f"{event.event_id}-replayed")
    assert await eventually(lambda: notify.consumer.handled_total > handled_before)

    assert len(notify.mail_to(address)) == 1
    assert len(await notify.rows(event.data["job_id"])) == 1


async def test_an_undecodable_message_is_dropped_and_the_consumer_carries_on(notify):
    js = notify.js
    await js.publish("jobs.job.submitted.v1", b"{not json", headers={"Nats-Msg-Id": "garbage-1"})
    await js.publish("jobs.job.submitted.v1", b'{"type": "JobSubmitted", "data": {}}', headers={"Nats-Msg-Id": "garbage-2"})
    address = notify.jobs.address()
    await notify.publish(notify.jobs.submitted(address))
    assert await eventually(lambda: notify.mail_to(address))

    async def nothing_outstanding():
        info = await js.consumer_info("JOBS", "notify-jobs-events")
        return info.num_ack_pending == 0 and info.num_pending == 0

    assert await eventually(nothing_outstanding)
    health = await notify.client.get("/api/v1/notify/health")
    assert health.status_code == 200, health.text
    assert health.json()["components"]["consumers"] == "up"
    assert health.json()["components"]["sender"] == "up"


async def test_notifications_need_a_staff_token(notify):
    response = await notify.client.get("/api/v1/notifications")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"


async def test_staff_see_the_emails_of_a_job(notify):
    address = notify.jobs.address()
    event = notify.jobs.submitted(address)
    job_id = event.data["job_id"]
    await notify.publish(event)

    async def listed_as_sent():
        items = await notify.notifications(job_id)
        return items if items and items[0]["status"] == "sent" else None

    [item] = await eventually(listed_as_sent)
    assert item["to"] == address
    assert item["kind"] == "submission_received"
    assert item["job_id"] == job_id
    assert item["attempts"] == 1 and item["last_error"] is None and item["sent_at"]
    assert job_id in {n["job_id"] for n in await notify.notifications()}


# ---- helpers ---------------------------------------------------------------------------------------


async def email_sent_events(app) -> list[dict]:  # noqa: ANN001
    async with app.state.runtime.session_factory() as session:
        rows = await session.execute(sa.select(outbox).where(outbox.c.subject == "notify.email.sent.v1"))
        return [dict(r) for r in rows.mappings().all()]


async def on_stream(js: JetStreamContext, subject: str, event_id: uuid.UUID) -> bool:
    """Whether the stream holds the event (looked up by its `Nats-Msg-Id`) through a throwaway consumer."""
    sub = await js.pull_subscribe(subject, durable=None)
    try:
        while True:
            try:
                batch = await sub.fetch(100, timeout=1)
            except TimeoutError:
                return False
            for msg in batch:
                await msg.ack()
                if (msg.headers or {}).get("Nats-Msg-Id") == str(event_id):
                    return True
    finally:
        await sub.unsubscribe()
