"""The notify service against real PostgreSQL, NATS JetStream and an SMTP sink.

A submission event in, exactly one e-mail out, `EmailSent` published; a refusing mail server leaves the
e-mail pending; staff can list what was sent. Every notify app shares the durable consumer
`notify-jobs-events`, so events are published only while the module's one app is the only one running.
"""

from __future__ import annotations

import uuid
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import nats
import pytest
import sqlalchemy as sa
from nats.js import JetStreamContext

from printdesk.contracts.envelope import Actor, EventEnvelope
from printdesk.contracts.events import JobSubmitted, make_event
from printdesk.devstack.servers import free_port
from printdesk.devstack.testing import TokenMint, eventually, running_app
from printdesk.notify.adapters.orm import messages, outbox
from printdesk.notify.adapters.renderer import JinjaEmailRenderer
from printdesk.notify.bootstrap import make_app
from printdesk.notify.config import NotifySettings
from printdesk.notify.service_layer import handlers


@pytest.fixture(scope="module")
def mint() -> TokenMint:
    return TokenMint()


@pytest.fixture(scope="module")
async def notify(service_database, nats_url, smtp_sink, mint):
    """The notify service in-process, sending to the SMTP sink: (app, client, mail directory)."""
    port, directory = smtp_sink
    settings = NotifySettings(
        database_url=service_database("notify"), nats_url=nats_url, smtp_host="127.0.0.1", smtp_port=port,
        smtp_from="PrintDesk <printdesk@fablab.example.edu>", public_url="https://print.example.edu",
        lab_name="FabLab CoAD",
    )
    app = make_app(settings)
    mint.install(app)
    async with running_app(app) as client:
        yield app, client, directory


@pytest.fixture(scope="module")
async def js(nats_url):
    nc = await nats.connect(nats_url)
    yield nc.jetstream()
    await nc.drain()


async def test_a_submission_sends_exactly_one_email_to_the_student_and_announces_it(notify, js):
    app, _, directory = notify
    address = unique_address()
    event = job_submitted_event(address, name="Ada Lovelace")
    job_id = event.data["job_id"]
    await publish(js, event)

    [email] = await eventually(lambda: mail_to(directory, address))
    assert email["Subject"] == f"We received your 3D print request – Job {job_id[:6]}"
    assert email.get_content_type() == "multipart/alternative"
    text = email.get_body(("plain",)).get_content()
    html = email.get_body(("html",)).get_content()
    assert "Hello Ada Lovelace" in text and "Hello Ada Lovelace" in html
    assert f"https://print.example.edu/submit/success?job={job_id[:6]}" in text

    async def sent_row():
        rows = await message_rows(app, job_id)
        return rows if rows and rows[0]["status"] == "sent" else None

    [row] = await eventually(sent_row)
    assert row["attempts"] == 1 and row["sent_at"] is not None and row["recipient"] == address
    assert email["Message-ID"] == f"<{row['id']}@fablab.example.edu>"

    async def published_announcement():
        events = [e for e in await email_sent_events(app) if e["envelope"]["data"]["message_id"] == str(row["id"])]
        return events if events and events[0]["published_at"] is not None else None

    [announcement] = await eventually(published_announcement)
    data = announcement["envelope"]["data"]
    assert data == {
        "message_id": str(row["id"]), "job_id": job_id, "kind": "submission_received", "to": address,
        "subject": row["subject"], "attempts": 1,
    }
    assert announcement["envelope"]["producer"] == "notify"
    assert await on_stream(js, "notify.email.sent.v1", announcement["event_id"])


async def test_the_received_email_shows_the_print_choices_and_the_tracking_link(notify, js):
    _, _, directory = notify
    address = unique_address()
    tracking_url = "https://print.example.edu/track/q8L0v2n9bY3xW5sT1uR7kP4mE6cA0dZ"
    event = job_submitted_event(
        address, print_method="Filament", color="Glow in the Dark", printer="Raise3D Pro 2 Plus", tracking_url=tracking_url
    )
    await publish(js, event)

    [email] = await eventually(lambda: mail_to(directory, address))
    text = email.get_body(("plain",)).get_content()
    html = email.get_body(("html",)).get_content()
    assert f"Track your request: {tracking_url}" in text
    assert f'<a href="{tracking_url}"' in html and "Track your request</a>" in html
    for value in ("Filament", "Glow in the Dark", "Raise3D Pro 2 Plus"):
        assert value in text and value in html


async def test_the_same_event_delivered_again_sends_no_second_email(notify, js):
    app, _, directory = notify
    consumer = app.state.runtime.consumers[0]
    address = unique_address()
    event = job_submitted_event(address)
    await publish(js, event)
    await eventually(lambda: mail_to(directory, address))

    # The same Nats-Msg-Id inside the duplicate window: the stream itself drops it.
    ack = await publish(js, event)
    assert ack.duplicate
    # A redelivery the stream cannot recognise (as after the duplicate window): the inbox drops it.
    handled_before = consumer.handled_total
    await publish(js, event, msg_id=f"{event.event_id}-replayed")
    assert await eventually(lambda: consumer.handled_total > handled_before)

    assert len(mail_to(directory, address)) == 1
    assert len(await message_rows(app, event.data["job_id"])) == 1


async def test_an_undecodable_message_is_dropped_and_the_consumer_carries_on(notify, js):
    app, client, directory = notify
    await js.publish("jobs.job.submitted.v1", b"{not json", headers={"Nats-Msg-Id": "garbage-1"})
    await js.publish("jobs.job.submitted.v1", b'{"type": "JobSubmitted", "data": {}}', headers={"Nats-Msg-Id": "garbage-2"})
    address = unique_address()
    await publish(js, job_submitted_event(address))
    assert await eventually(lambda: mail_to(directory, address))

    async def nothing_outstanding():
        info = await js.consumer_info("JOBS", "notify-jobs-events")
        return info.num_ack_pending == 0 and info.num_pending == 0

    assert await eventually(nothing_outstanding)
    health = await client.get("/api/v1/notify/health")
    assert health.status_code == 200, health.text
    assert health.json()["components"]["consumers"] == "up"
    assert health.json()["components"]["sender"] == "up"


async def test_notifications_need_a_staff_token(notify):
    _, client, _ = notify
    response = await client.get("/api/v1/notifications")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"


async def test_staff_see_the_emails_of_a_job(notify, js, mint):
    app, client, directory = notify
    address = unique_address()
    event = job_submitted_event(address)
    job_id = event.data["job_id"]
    await publish(js, event)

    async def listed_as_sent():
        response = await client.get("/api/v1/notifications", params={"job_id": job_id}, headers=mint.headers(role="staff"))
        assert response.status_code == 200, response.text
        items = response.json()["notifications"]
        return items if items and items[0]["status"] == "sent" else None

    [item] = await eventually(listed_as_sent)
    assert item["to"] == address
    assert item["kind"] == "submission_received"
    assert item["job_id"] == job_id
    assert item["attempts"] == 1 and item["last_error"] is None and item["sent_at"]

    everything = await client.get("/api/v1/notifications", headers=mint.headers(role="staff"))
    assert everything.status_code == 200
    assert job_id in {n["job_id"] for n in everything.json()["notifications"]}


async def test_an_email_the_server_refuses_stays_pending_with_its_error(service_database, nats_url, smtp_sink):
    """Queued straight through the use case: this app's consumer shares the durable with the module's app."""
    _, directory = smtp_sink
    settings = NotifySettings(
        database_url=service_database("notify"), nats_url=nats_url, smtp_host="127.0.0.1", smtp_port=free_port(),
    )
    app = make_app(settings)
    address = unique_address()
    event = job_submitted_event(address)
    async with running_app(app):
        runtime = app.state.runtime
        async with runtime.uow() as uow:
            await handlers.queue_submission_received(
                JobSubmitted.model_validate(event.data), uow, JinjaEmailRenderer(public_url="http://x", lab_name="Lab"),
                source_event_id=event.event_id,
            )
            await uow.commit()

        async def attempted():
            rows = await message_rows(app, event.data["job_id"])
            return rows if rows and rows[0]["attempts"] >= 1 else None

        [row] = await eventually(attempted)
        assert row["status"] == "pending"
        assert row["sent_at"] is None
        assert "unavailable" in row["last_error"]
        assert row["next_attempt_at"] > row["created_at"]
        assert await email_sent_events(app) == []
    assert mail_to(directory, address) == []


# ---- helpers ---------------------------------------------------------------------------------------




def job_submitted_event(email: str, *, name: str = "Ada Lovelace", **form: str) -> EventEnvelope:
    job_id = uuid.uuid4().hex
    payload = JobSubmitted(
        job_id=job_id, short_id=job_id[:6], upload_id=uuid.uuid4(), student_name=name, student_email=email,
        original_filename="bracket.stl", sha256="0" * 64, **form,
    )
    return make_event(payload, producer="jobs", actor=Actor.student())


async def publish(js: JetStreamContext, envelope: EventEnvelope, msg_id: str | None = None):
    return await js.publish(
        envelope.subject, envelope.model_dump_json().encode(),
        headers={"Nats-Msg-Id": msg_id or str(envelope.event_id)}, timeout=5,
    )


def mail_to(directory: Path, address: str) -> list[EmailMessage]:
    found = []
    for path in sorted(directory.glob("*.eml")):
        email = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        if email["To"] == address:
            found.append(email)
    return found


async def message_rows(app, job_id: str) -> list[dict]:
    async with app.state.runtime.session_factory() as session:
        rows = await session.execute(sa.select(messages).where(messages.c.job_id == job_id))
        return [dict(r) for r in rows.mappings().all()]


async def email_sent_events(app) -> list[dict]:
    async with app.state.runtime.session_factory() as session:
        rows = await session.execute(sa.select(outbox).where(outbox.c.subject == "notify.email.sent.v1"))
        return [dict(r) for r in rows.mappings().all()]


def unique_address() -> str:
    return f"student-{uuid.uuid4().hex[:8]}@example.edu"


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
