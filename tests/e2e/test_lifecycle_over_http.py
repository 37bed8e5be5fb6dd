"""A job's whole life through the Traefik gateway, as `make up` runs it: approval with the confirm link read
from the e-mail that reached the SMTP sink, printing, pickup and payment, with the file and its metadata.json
following each status, the change arriving live on the SSE stream, and a rejection."""

from __future__ import annotations

import json
import re
import threading
import time

import httpx
import pytest

from printdesk.devstack.testing import wait_for

pytestmark = pytest.mark.e2e

STAFF = "Morgan Lead"
CONFIRM_LINK = re.compile(r"(https?://\S+/confirm/([A-Za-z0-9_-]+))")


def stored_in(stack, folder: str, short_id: str) -> dict | None:
    """The job's metadata.json in `folder`, if its model and metadata are both there."""
    for meta in (stack.var / "storage" / folder).glob(f"*_{short_id}_metadata.json"):
        model = meta.with_name(meta.name.removesuffix("_metadata.json") + ".stl")
        if model.exists():
            return json.loads(meta.read_text())
    return None


class StreamWatcher:
    """Reads the SSE stream through the gateway in a thread; records when each job change arrived."""

    def __init__(self, url: str, headers: dict[str, str]) -> None:
        self.arrivals: list[tuple[float, dict]] = []
        self.ready = threading.Event()
        self._stop = False
        self._thread = threading.Thread(target=self._run, args=(url, headers), daemon=True)
        self._thread.start()

    def _run(self, url: str, headers: dict[str, str]) -> None:
        with httpx.Client(timeout=httpx.Timeout(5, read=60)) as client, \
                client.stream("GET", url, headers=headers) as response:
            assert response.headers["content-type"].startswith("text/event-stream")
            event = None
            for line in response.iter_lines():
                if self._stop:
                    return
                if line.startswith("event:"):
                    event = line.split(":", 1)[1].strip()
                    if event == "ready":
                        self.ready.set()
                elif line.startswith("data:") and event == "job":
                    self.arrivals.append((time.monotonic(), json.loads(line.split(":", 1)[1])))

    def first(self, job_id: str, action: str) -> tuple[float, dict] | None:
        return next(((t, c) for t, c in self.arrivals if c["job_id"] == job_id and c["action"] == action), None)

    def stop(self) -> None:
        self._stop = True


def test_a_job_goes_from_approval_to_pickup_with_its_file_mail_and_live_updates(stack):
    with httpx.Client(timeout=20) as client:
        headers = stack.login(client)
        job, email = stack.submit(client, "Grace", "Hopper")
        job_id, short_id = job["job_id"], job["short_id"]
        assert wait_for(lambda: stored_in(stack, "Uploaded", short_id)), "the file never reached Uploaded/"

        watcher = StreamWatcher(f"{stack.url}/api/v1/jobs/stream", headers)
        assert watcher.ready.wait(10), "the live stream did not open through the gateway"
        approved = client.post(f"{stack.url}/api/v1/jobs/{job_id}/approve", headers=headers,
                               json={"staff_name": STAFF, "weight_g": "41.2", "time_hours": "2.5"})
        answered = time.monotonic()
        assert approved.status_code == 200, approved.text
        assert approved.json()["cost"] == "4.12"
        seen = wait_for(lambda: watcher.first(job_id, "approve"), timeout=5, interval=0.01)
        assert seen is not None, "the approval never reached the live stream"
        assert seen[0] - answered < 1.0, f"the approval took {seen[0] - answered:.2f} s to reach the stream"
        print(f"approval reached the live stream {1000 * (seen[0] - answered):.0f} ms after its answer")
        assert seen[1]["status"] == "PENDING" and seen[1]["actor"]["staff_name"] == STAFF

        # The student's e-mail carries the quote and the link; the link works once.
        mails = wait_for(lambda: stack.mail_to(email, "Approved"))
        assert mails, "no approval e-mail reached the SMTP sink"
        text = mails[0].get_body(("plain",)).get_content()
        assert "$4.12" in text
        link, token = CONFIRM_LINK.search(text).groups()
        assert link.startswith(f"{stack.url}/confirm/")
        assert wait_for(lambda: stored_in(stack, "Pending", short_id)), "approval did not move the file to Pending/"
        assert httpx.get(f"{stack.url}/api/v1/confirm/{token}").json()["state"] == "open"
        confirmed = httpx.post(f"{stack.url}/api/v1/confirm/{token}")
        assert confirmed.status_code == 200 and confirmed.json()["status"] == "READYTOPRINT"
        assert httpx.post(f"{stack.url}/api/v1/confirm/{token}").status_code == 409

        for path, body in (("mark-printing", {"printer": "Prusa MK4S"}), ("mark-complete", {}),
                           ("payment", {"grams": "43", "txn_no": "TC-42", "picked_up_by": "Grace Hopper"})):
            step = client.post(f"{stack.url}/api/v1/jobs/{job_id}/{path}", headers=headers,
                               json={"staff_name": STAFF, **body})
            assert step.status_code == 200, (path, step.text)
        assert step.json()["payment"]["price"] == "4.30" and step.json()["charge_difference"] == "0.18"

        pickup = wait_for(lambda: stack.mail_to(email, "Complete"))
        assert pickup, "no ready-for-pickup e-mail"
        meta = wait_for(lambda: stored_in(stack, "PaidPickedUp", short_id))
        assert meta and meta["status"] == "PAIDPICKEDUP"
        assert not stored_in(stack, "Uploaded", short_id) and not stored_in(stack, "Completed", short_id)
        assert len(stack.mail_to(email, "Approved")) == 1, "the approval e-mail went out more than once"

        trail = client.get(f"{stack.url}/api/v1/jobs/{job_id}/events", headers=headers).json()["events"]
        assert [e["event_type"] for e in trail] == [
            "JobCreated", "JobApproved", "StudentConfirmed", "JobMarkedPrinting", "JobMarkedComplete",
            "PaymentRecorded"]
        watcher.stop()


def test_a_rejection_reaches_the_student_with_its_reasons(stack):
    with httpx.Client(timeout=20) as client:
        headers = stack.login(client)
        job, email = stack.submit(client, "Alan", "Turing")
        refused = client.post(f"{stack.url}/api/v1/jobs/{job['job_id']}/reject", headers=headers,
                              json={"staff_name": STAFF, "reasons": []})
        assert refused.status_code == 422 and refused.json()["error"]["message"]
        rejected = client.post(f"{stack.url}/api/v1/jobs/{job['job_id']}/reject", headers=headers, json={
            "staff_name": STAFF, "reasons": ["Walls too thin"], "custom_reason": "The handle is 0.4 mm thick."})
        assert rejected.status_code == 200 and rejected.json()["status"] == "REJECTED"
        again = client.post(f"{stack.url}/api/v1/jobs/{job['job_id']}/approve", headers=headers,
                            json={"staff_name": STAFF, "weight_g": 5, "time_hours": 1})
        assert again.status_code == 409 and again.json()["error"]["fields"]["current_status"] == "REJECTED"

    mails = wait_for(lambda: stack.mail_to(email, "Not Approved"))
    assert mails, "no rejection e-mail"
    text = mails[0].get_body(("plain",)).get_content()
    assert "Walls too thin" in text and "The handle is 0.4 mm thick." in text
    assert wait_for(lambda: stored_in(stack, "Rejected", job["short_id"])), "the file did not move to Rejected/"
