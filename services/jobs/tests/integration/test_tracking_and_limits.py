"""The student's tracking link, and the per-client limits of the public endpoints, against real PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import httpx
import sqlalchemy as sa
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from printdesk.devstack.samples import cube_stl
from printdesk.jobs.adapters.orm import jobs, outbox


async def upload(files_client, size: float) -> str:
    response = await files_client.post("/api/v1/uploads", files={"file": ("part.stl", cube_stl(size), "model/stl")})
    assert response.status_code == 201, response.text
    return response.json()["upload_id"]


def resin_form(upload_id: str) -> dict:
    return {
        "student_first_name": "Grace", "student_last_name": "Hopper",
        "student_email": f"grace-{uuid.uuid4().hex[:8]}@example.edu", "discipline": "Engineering",
        "class_number": "N/A", "print_method": "Resin", "color": "Gray", "printer": "Formlabs Form 3",
        "scaling_confirmed": True, "min_charge_consent": True, "upload_id": upload_id,
    }


async def test_a_student_follows_their_job_with_the_link_from_the_submission(jobs_service, files_service):
    app, client = jobs_service
    first = (await client.post("/api/v1/submissions", json=resin_form(await upload(files_service[1], 31)))).json()
    second = (await client.post("/api/v1/submissions", json=resin_form(await upload(files_service[1], 32)))).json()

    response = await client.get(f"/api/v1/track/{second['tracking_token']}")
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"
    tracked = response.json()
    assert tracked["job"] == {
        "short_id": second["short_id"], "status": "UPLOADED", "status_label": "Received, waiting for review",
        "print_method": "Resin", "color": "Gray", "printer": "Formlabs Form 3", "original_filename": "part.stl",
        "created_at": tracked["job"]["created_at"],
    }
    assert [(s["status"], s["state"]) for s in tracked["timeline"]] == [
        ("UPLOADED", "current"), ("PENDING", "upcoming"), ("READYTOPRINT", "upcoming"), ("PRINTING", "upcoming"),
        ("COMPLETED", "upcoming"), ("PAIDPICKEDUP", "upcoming"),
    ]
    assert tracked["timeline"][0]["at"] == tracked["job"]["created_at"]
    assert tracked["quote"] is None

    ahead = (await client.get(f"/api/v1/track/{first['tracking_token']}")).json()["queue"]
    queue = tracked["queue"]
    assert queue["position"] == ahead["position"] + 1 and queue["ahead"] == ahead["ahead"] + 1
    fallback = app.state.print_time_defaults.hours(None, "Resin")
    assert queue["printer_hours_ahead"] == round(ahead["printer_hours_ahead"] + fallback, 2)
    eta = datetime.fromisoformat(queue["eta"])
    expected = datetime.now(UTC) + timedelta(hours=queue["printer_hours_ahead"] + fallback)
    assert abs(eta - expected) < timedelta(minutes=1)


async def test_a_job_that_left_the_queue_no_longer_has_a_place_in_it(jobs_service, files_service):
    app, client = jobs_service
    submitted = (await client.post("/api/v1/submissions", json=resin_form(await upload(files_service[1], 33)))).json()
    async with app.state.runtime.session_factory() as session, session.begin():
        await session.execute(sa.update(jobs).where(jobs.c.id == submitted["job_id"]).values(status="COMPLETED"))
    tracked = (await client.get(f"/api/v1/track/{submitted['tracking_token']}")).json()
    assert tracked["job"]["status_label"] == "Ready for pickup"
    assert tracked["queue"] == {"position": None, "ahead": 0, "printer_hours_ahead": 0.0, "eta": None}
    assert [s["state"] for s in tracked["timeline"]] == ["done", "done", "done", "done", "current", "upcoming"]


async def test_an_unknown_tracking_link_is_a_json_404(jobs_service):
    _, client = jobs_service
    for token in ("not-a-real-token", "x" * 300):
        response = await client.get(f"/api/v1/track/{token}")
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "not_found"


async def test_submissions_over_the_limit_get_a_json_429_and_write_nothing(limited_jobs_service, files_service):
    app, client_from = limited_jobs_service
    student = client_from("203.0.113.7")
    for size in (41, 42):
        accepted = await student.post("/api/v1/submissions", json=resin_form(await upload(files_service[1], size)))
        assert accepted.status_code == 201, accepted.text
    refused = await student.post("/api/v1/submissions", json=resin_form(await upload(files_service[1], 43)))
    assert refused.status_code == 429
    assert refused.json()["error"]["code"] == "too_many_requests"
    assert 0 < int(refused.headers["retry-after"]) <= app.state.runtime.settings.submission_rate_window_seconds
    # Refused requests count as well, whatever their body.
    assert (await student.post("/api/v1/submissions", json={})).status_code == 429

    async with app.state.runtime.session_factory() as session:
        assert await session.scalar(sa.select(sa.func.count()).select_from(jobs)) == 2
        assert await session.scalar(
            sa.select(sa.func.count()).select_from(outbox).where(outbox.c.subject == "jobs.job.submitted.v1")
        ) == 2

    neighbour = client_from("203.0.113.8")
    assert (await neighbour.post("/api/v1/submissions", json=resin_form(await upload(files_service[1], 44)))).status_code == 201


async def test_tracking_is_limited_per_client_too(limited_jobs_service):
    app, client_from = limited_jobs_service
    curious = client_from("198.51.100.9")
    for _ in range(3):
        assert (await curious.get("/api/v1/track/guess")).status_code == 404
    limited = await curious.get("/api/v1/track/guess")
    assert limited.status_code == 429
    assert limited.json()["error"]["code"] == "too_many_requests"
    assert 0 < int(limited.headers["retry-after"]) <= app.state.runtime.settings.tracking_rate_window_seconds
    assert (await client_from("198.51.100.10").get("/api/v1/track/guess")).status_code == 404


async def test_behind_the_gateway_each_student_is_counted_by_their_own_address_and_nobody_else_can_claim_one(
    limited_jobs_service,
):
    """`printdesk-<service> serve` runs uvicorn trusting X-Forwarded-For from the gateway (127.0.0.1) only."""
    app, _ = limited_jobs_service
    behind_proxy = ProxyHeadersMiddleware(app, trusted_hosts="127.0.0.1")

    def client(address: str) -> httpx.AsyncClient:
        transport = httpx.ASGITransport(app=behind_proxy, client=(address, 50000))
        return httpx.AsyncClient(transport=transport, base_url="http://testserver")

    async with client("127.0.0.1") as gateway, client("192.0.2.50") as direct:
        def via_gateway(student: str) -> dict:
            return {"X-Forwarded-For": student}

        for _ in range(3):
            assert (await gateway.get("/api/v1/track/x", headers=via_gateway("203.0.113.20"))).status_code == 404
        assert (await gateway.get("/api/v1/track/x", headers=via_gateway("203.0.113.20"))).status_code == 429
        assert (await gateway.get("/api/v1/track/x", headers=via_gateway("203.0.113.21"))).status_code == 404
        # A caller that is not the gateway cannot borrow a fresh address: it is counted as itself.
        for spoof in ("203.0.113.30", "203.0.113.31", "203.0.113.32"):
            assert (await direct.get("/api/v1/track/x", headers=via_gateway(spoof))).status_code == 404
        assert (await direct.get("/api/v1/track/x", headers=via_gateway("203.0.113.33"))).status_code == 429


async def test_a_rejected_job_tells_the_student_why_on_its_tracking_page(jobs_service, files_service, mint):
    _, client = jobs_service
    submitted = (await client.post("/api/v1/submissions", json=resin_form(await upload(files_service[1], 34)))).json()
    link = f"/api/v1/track/{submitted['tracking_token']}"
    assert (await client.get(link)).json()["rejection"] is None  # nothing to explain while it waits

    reject = {"staff_name": "Alex Kim", "reasons": ["Walls too thin", "Not manifold / has holes"],
              "custom_reason": "The handle is 0.4 mm thick; make it at least 1 mm."}
    answer = await client.post(f"/api/v1/jobs/{submitted['job_id']}/reject", headers=mint.headers(), json=reject)
    assert answer.status_code == 200, answer.text

    tracked = (await client.get(link)).json()
    assert tracked["job"]["status"] == "REJECTED"
    assert tracked["rejection"] == {"reasons": ["Walls too thin", "Not manifold / has holes"],
                                    "note": "The handle is 0.4 mm thick; make it at least 1 mm."}
