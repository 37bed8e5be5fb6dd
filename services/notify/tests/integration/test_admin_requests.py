"""An admin's requests of the e-mail log, against the real SMTP sink: send a message again, send a test."""

from __future__ import annotations

import uuid

import pytest

from printdesk.devstack.testing import announce_staff, eventually, staff_known

ADMIN_STAFF = "Dana Admin"


@pytest.fixture(scope="module")
async def notify(start_notify, smtp_sink, nats_url):
    port, directory = smtp_sink
    async with start_notify(port, directory) as harness:
        await harness.use_seed_catalog()
        await announce_staff(nats_url, ADMIN_STAFF)
        assert await staff_known(harness.app, ADMIN_STAFF)
        yield harness


def admin(notify) -> dict[str, str]:  # noqa: ANN001
    return notify.mint.headers(workstation="office", role="admin")


async def test_an_admin_resends_a_sent_email_and_the_log_says_who_and_what(notify):
    address = notify.jobs.address()
    event = notify.jobs.submitted(address)
    await notify.publish(event)
    [first] = await eventually(lambda: notify.mail_to(address))
    [row] = await eventually(lambda: notify.rows(event.data["job_id"]))
    assert (await eventually(lambda: _sent(notify, event.data["job_id"])))

    staff_only = await notify.client.post(f"/api/v1/notifications/{row['id']}/resend",
                                          headers=notify.mint.headers(), json={"staff_name": ADMIN_STAFF})
    assert staff_only.status_code == 403
    unknown_staff = await notify.client.post(f"/api/v1/notifications/{row['id']}/resend", headers=admin(notify),
                                             json={"staff_name": "Nobody"})
    assert unknown_staff.status_code == 422 and unknown_staff.json()["error"]["code"] == "unknown_staff"
    missing = await notify.client.post(f"/api/v1/notifications/{uuid.uuid4()}/resend", headers=admin(notify),
                                       json={"staff_name": ADMIN_STAFF})
    assert missing.status_code == 404 and missing.json()["error"]["message"]

    resent = await notify.client.post(f"/api/v1/notifications/{row['id']}/resend", headers=admin(notify),
                                      json={"staff_name": ADMIN_STAFF})
    assert resent.status_code == 202, resent.text
    body = resent.json()
    assert body["resent_from"] == str(row["id"]) and body["requested_by"] == ADMIN_STAFF
    assert body["subject"] == first["Subject"] and body["to"] == address

    mails = await eventually(lambda: (m if len(m := notify.mail_to(address)) == 2 else None))
    assert mails and mails[1].get_body(("plain",)).get_content() == first.get_body(("plain",)).get_content()


async def _sent(notify, job_id: str) -> bool:  # noqa: ANN001
    rows = await notify.rows(job_id)
    return bool(rows) and all(r["status"] == "sent" for r in rows)


async def test_a_test_message_reaches_any_address_and_bad_addresses_are_refused(notify):
    address = f"lab-manager-{uuid.uuid4().hex[:6]}@example.edu"
    sent = await notify.client.post("/api/v1/notifications/test", headers=admin(notify),
                                    json={"staff_name": ADMIN_STAFF, "to": address})
    assert sent.status_code == 202, sent.text
    assert sent.json()["kind"] == "test_message" and sent.json()["job_id"] is None
    [mail] = await eventually(lambda: notify.mail_to(address))
    text = mail.get_body(("plain",)).get_content()
    assert mail["Subject"].startswith("PrintDesk test message") and ADMIN_STAFF in text and "office" in text

    for bad in ("not-an-address", "a@b.edu\r\nBcc: x@evil.example"):
        refused = await notify.client.post("/api/v1/notifications/test", headers=admin(notify),
                                           json={"staff_name": ADMIN_STAFF, "to": bad})
        assert refused.status_code == 422 and refused.json()["error"]["fields"]["to"]
    assert (await notify.client.post("/api/v1/notifications/test", json={"staff_name": ADMIN_STAFF,
                                                                         "to": address})).status_code == 401
