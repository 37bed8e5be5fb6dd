"""`GET /metrics` on a service's own port: Prometheus text, counting requests by route template."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from prometheus_client.parser import text_string_to_metric_families

from printdesk.devstack.samples import cube_stl
from printdesk.devstack.testing import running_app


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


def value(scraped: dict, name: str, **labels: str) -> float:
    return scraped.get((name, tuple(sorted(labels.items()))), 0.0)


async def scrape(client) -> dict:  # noqa: ANN001
    response = await client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    return samples(response.text)


async def test_requests_are_counted_by_route_template_and_status(service_database, nats_url, scratch_dir):
    from printdesk.files.bootstrap import make_app
    from printdesk.files.config import FilesSettings

    app = make_app(FilesSettings(database_url=service_database("files"), nats_url=nats_url,
                                 storage_root=scratch_dir / "metrics-storage"))
    async with running_app(app) as client:
        before = await scrape(client)
        upload = await client.post("/api/v1/uploads", files={"file": ("cube.stl", cube_stl(10), "model/stl")})
        assert upload.status_code == 201
        upload_id = upload.json()["upload_id"]
        assert (await client.get(f"/api/v1/uploads/{upload_id}")).status_code == 200
        assert (await client.get("/api/v1/files/diag")).status_code == 401
        after = await scrape(client)

    labels = {"service": "files", "method": "POST", "route": "/api/v1/uploads", "status": "201"}
    assert value(after, "printdesk_http_requests_total", **labels) == \
        value(before, "printdesk_http_requests_total", **labels) + 1
    # The route's template, never the id itself (one series per route, not per upload).
    template = {"service": "files", "method": "GET", "route": "/api/v1/uploads/{upload_id}", "status": "200"}
    assert value(after, "printdesk_http_requests_total", **template) >= 1
    assert not any(upload_id in str(key) for key in after)
    assert value(after, "printdesk_http_requests_total", service="files", method="GET",
                 route="/api/v1/files/diag", status="401") >= 1
    assert value(after, "printdesk_http_request_duration_seconds_count", service="files", method="POST",
                 route="/api/v1/uploads") >= 1
    # Scrapes are not counted as requests; the outbox and consumers are there.
    assert not any(dict(key[1]).get("route") == "/metrics" for key in after)
    assert ("printdesk_outbox_backlog", (("service", "files"),)) in after
    assert ("printdesk_outbox_published_total", (("service", "files"),)) in after
    assert value(after, "printdesk_inbox_processed_total", service="files", consumer="files-jobs-events") >= 0
    assert ("printdesk_inbox_failed_total", (("consumer", "files-jobs-events"), ("service", "files"))) in after
    # The files service's own: bytes of accepted models.
    assert value(after, "printdesk_files_upload_bytes_total", service="files") == \
        value(before, "printdesk_files_upload_bytes_total", service="files") + len(cube_stl(10))


async def test_notify_counts_emails_by_status_from_its_database(service_database, nats_url, smtp_sink):
    from printdesk.notify.adapters.orm import messages
    from printdesk.notify.bootstrap import make_app
    from printdesk.notify.config import NotifySettings

    app = make_app(NotifySettings(database_url=service_database("notify"), nats_url=nats_url,
                                  smtp_host="127.0.0.1", smtp_port=smtp_sink[0]))
    async with running_app(app) as client:
        scraped = await scrape(client)
        for status in ("pending", "scheduled", "sent", "failed", "cancelled"):
            assert value(scraped, "printdesk_notify_emails", service="notify", status=status) == 0
            assert ("printdesk_notify_emails", (("service", "notify"), ("status", status))) in scraped
        # A reminder due in a week is "scheduled", not a pending e-mail someone should worry about.
        now = datetime.now(UTC)
        row = dict(kind="pickup_reminder", recipient="a@example.edu", subject="s", text_body="t", html_body="h",
                   attempts=0, created_at=now)
        async with app.state.runtime.session_factory() as session, session.begin():
            await session.execute(sa.insert(messages), [
                {**row, "id": uuid.uuid4(), "status": "pending", "next_attempt_at": now + timedelta(days=7)},
                {**row, "id": uuid.uuid4(), "status": "pending", "next_attempt_at": now + timedelta(days=6)},
                {**row, "id": uuid.uuid4(), "status": "cancelled", "next_attempt_at": now},
            ])
        scraped = await scrape(client)
    counts = {s: value(scraped, "printdesk_notify_emails", service="notify", status=s)
              for s in ("pending", "scheduled", "cancelled")}
    assert counts == {"pending": 0, "scheduled": 2, "cancelled": 1}


def test_metrics_stay_out_of_the_openapi_document():
    from printdesk.devstack.openapi import build_app

    for service in ("auth", "jobs", "files", "notify"):
        assert "/metrics" not in build_app(service).openapi()["paths"]
