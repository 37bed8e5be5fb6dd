"""The mail server is down while events arrive: every e-mail waits in the log with its attempts and last error,
is retried with backoff (past the policy's last attempt: an outage never gives an e-mail up), and is delivered
exactly once when the server comes back. None is lost.

The service is given short retry delays so the test runs in seconds; the mail server is a real SMTP sink
started on the service's port only once the e-mails have failed there. (Harness: conftest.py.)
"""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa

from printdesk.devstack.servers import free_port
from printdesk.devstack.smtp_sink import start_sink
from printdesk.devstack.testing import eventually
from printdesk.notify.adapters.orm import outbox

RETRY_DELAYS = (0.05, 0.1)  # three attempts, were the server answering and refusing


@pytest.fixture(scope="module")
async def outage(start_notify, tmp_path_factory):
    """The service pointed at a port nothing listens on yet: (harness, port)."""
    port = free_port()
    directory = tmp_path_factory.mktemp("outage-mail")
    async with start_notify(port, directory, retry_delays_seconds=RETRY_DELAYS, send_interval_seconds=0.1) as harness:
        yield harness, port


async def test_emails_queued_while_smtp_is_down_are_each_delivered_once_it_is_back(outage):
    notify, port = outage
    address = notify.jobs.address()
    job_id = uuid.uuid4().hex
    events = [
        notify.jobs.submitted(address, job_id=job_id),
        notify.jobs.link_issued(address, job_id=job_id),
        notify.jobs.rejected(address, job_id=job_id),
        notify.jobs.changed(address, "mark_complete", job_id=job_id),
    ]
    for event in events:
        await notify.publish(event)

    async def due_now() -> list[dict]:
        """The job's e-mails but its pickup reminder, which waits a week (test_pickup_reminders.py)."""
        return [i for i in await notify.notifications(job_id) if i["kind"] != "pickup_reminder"]

    async def each_retried_past_the_last_attempt():
        items = await due_now()
        return items if len(items) == len(events) and all(i["attempts"] > len(RETRY_DELAYS) + 1 for i in items) else None

    failing = await eventually(each_retried_past_the_last_attempt)
    assert failing, "the e-mails were not attempted while the server was down"
    for item in failing:
        assert item["status"] == "pending" and item["sent_at"] is None
        assert f"SMTP 127.0.0.1:{port} unavailable" in item["last_error"]
    assert sorted(i["kind"] for i in failing) == [
        "job_approved", "ready_for_pickup", "submission_received", "submission_rejected"
    ]
    for row in await notify.rows(job_id):
        assert row["next_attempt_at"] > row["created_at"]  # backing off, not spinning
    assert await email_sent_events(notify.app) == []  # nothing is announced that was not sent
    attempts_while_down = {i["id"]: i["attempts"] for i in failing}

    server = start_sink(notify.directory, port=port)
    try:
        async def all_sent():
            items = await due_now()
            return items if len(items) == len(events) and all(i["status"] == "sent" for i in items) else None

        delivered = await eventually(all_sent)
        assert delivered, "the e-mails were not delivered once the server was back"
        mail = notify.mail_to(address)
        assert sorted(m["Subject"] for m in mail) == sorted(i["subject"] for i in delivered)
        assert len(mail) == len(events)  # each exactly once
        for item in delivered:
            assert item["attempts"] > attempts_while_down[item["id"]]
            assert item["last_error"] is None and item["sent_at"]
        assert len(await email_sent_events(notify.app)) == len(events)
    finally:
        server.stop()


async def email_sent_events(app) -> list[dict]:  # noqa: ANN001
    async with app.state.runtime.session_factory() as session:
        rows = await session.execute(sa.select(outbox).where(outbox.c.subject == "notify.email.sent.v1"))
        return [dict(r) for r in rows.mappings().all()]
