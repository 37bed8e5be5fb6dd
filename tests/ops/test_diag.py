"""`GET /api/v1/<service>/diag` of every service, against the real PostgreSQL, NATS and SMTP servers."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

import pytest
from fastapi import FastAPI
from sqlalchemy.engine import make_url

from printdesk.contracts.api.ops import ServiceDiag
from printdesk.devstack.servers import free_port
from printdesk.devstack.testing import TokenMint, eventually, running_app
from printdesk.kit.diag import DiagTargets, StorageTarget, migration_head


@contextlib.asynccontextmanager
async def serving(app: FastAPI, mint: TokenMint) -> AsyncIterator:
    async with running_app(app) as client:
        mint.install(app)  # after startup: the auth service installs its own verifier when it starts
        yield client


def jobs_app(url: str, nats_url: str) -> FastAPI:
    from printdesk.jobs.bootstrap import make_app
    from printdesk.jobs.config import JobsSettings

    return make_app(JobsSettings(database_url=url, nats_url=nats_url, files_url="http://127.0.0.1:1"))


def auth_app(url: str, nats_url: str) -> FastAPI:
    from printdesk.auth.bootstrap import make_app
    from printdesk.auth.config import AuthSettings

    return make_app(AuthSettings(database_url=url, nats_url=nats_url))


def files_app(url: str, nats_url: str, root, **settings) -> FastAPI:  # noqa: ANN001
    from printdesk.files.bootstrap import make_app
    from printdesk.files.config import FilesSettings

    return make_app(FilesSettings(database_url=url, nats_url=nats_url, storage_root=root, **settings))


def notify_app(url: str, nats_url: str, smtp_port: int) -> FastAPI:
    from printdesk.notify.bootstrap import make_app
    from printdesk.notify.config import NotifySettings

    return make_app(NotifySettings(database_url=url, nats_url=nats_url, smtp_host="127.0.0.1", smtp_port=smtp_port))


async def diag_of(client, service: str, headers: dict[str, str]) -> ServiceDiag:  # noqa: ANN001
    """The diag document, once the consumers have subscribed (they do so just after startup)."""

    async def settled() -> ServiceDiag | None:
        diag = await fetch_diag(client, service, headers)
        return diag if all(c.status == "up" for c in diag.consumers) else None

    return await eventually(settled) or await fetch_diag(client, service, headers)


async def fetch_diag(client, service: str, headers: dict[str, str]) -> ServiceDiag:  # noqa: ANN001
    response = await client.get(f"/api/v1/{service}/diag", headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"
    return ServiceDiag.model_validate(response.json())


def assert_common_parts_up(diag: ServiceDiag, service: str, database_url: str) -> None:
    assert diag.service == service and diag.version == "0.1.0"
    assert diag.checked_at >= diag.started_at
    database = diag.database
    assert database.status == "up" and database.error is None
    assert database.latency_ms is not None and database.latency_ms >= 0
    assert database.migration_current == database.migration_head == migration_head(service)
    assert make_url(database.url).database == make_url(database_url).database
    password = make_url(database_url).password
    if password:
        assert "***" in database.url and password not in diag.model_dump_json()
    assert diag.nats.status == "up" and diag.nats.url.startswith("nats://")
    assert diag.outbox is not None and diag.outbox.backlog >= 0


async def test_jobs_diag_reports_database_nats_outbox_and_its_consumers(service_database, nats_url, mint,
                                                                         admin_headers, staff_headers):
    url = service_database("jobs")
    app = jobs_app(url, nats_url)
    async with serving(app, mint) as client:
        diag = await diag_of(client, "jobs", admin_headers)
        assert_common_parts_up(diag, "jobs", url)
        assert diag.status == "up" and diag.smtp is None and diag.storage is None
        consumers = {(c.stream, c.name): c for c in diag.consumers}
        assert {("FILES", "jobs-files-events"), ("AUTH", "jobs-auth-roster")} <= set(consumers)
        assert len(consumers) == len(diag.consumers) == len(app.state.runtime.consumers)
        assert all(c.status == "up" and c.pending >= 0 and c.ack_pending >= 0 for c in consumers.values())

        # The role: admins only.
        assert (await client.get("/api/v1/jobs/diag", headers=staff_headers)).status_code == 403
        anonymous = await client.get("/api/v1/jobs/diag")
        assert anonymous.status_code == 401 and anonymous.json()["error"]["code"] == "unauthorized"


async def test_a_database_that_does_not_answer_is_reported_down_in_a_200_document(nats_url, mint, admin_headers):
    unreachable = f"postgresql://printdesk:secret-pw@127.0.0.1:{free_port()}/printdesk_jobs"
    async with serving(jobs_app(unreachable, nats_url), mint) as client:
        diag = await fetch_diag(client, "jobs", admin_headers)
        assert diag.status == "down"
        database = diag.database
        assert database.status == "down" and database.error and database.latency_ms is None
        assert database.url == f"postgresql+psycopg://printdesk:***@127.0.0.1:{make_url(unreachable).port}/printdesk_jobs"
        assert "secret-pw" not in diag.model_dump_json()
        assert database.migration_head == migration_head("jobs") and database.migration_current is None
        assert diag.nats.status == "up"
        assert (await client.get("/api/v1/jobs/health")).status_code == 503


async def test_auth_diag_has_no_consumers_of_its_own(service_database, nats_url, mint, admin_headers):
    url = service_database("auth")
    async with serving(auth_app(url, nats_url), mint) as client:
        diag = await diag_of(client, "auth", admin_headers)
        assert_common_parts_up(diag, "auth", url)
        assert diag.status == "up" and diag.consumers == []


async def test_notify_diag_reaches_the_smtp_server(service_database, nats_url, mint, admin_headers, smtp_sink):
    url = service_database("notify")
    async with serving(notify_app(url, nats_url, smtp_sink[0]), mint) as client:
        diag = await diag_of(client, "notify", admin_headers)
        assert_common_parts_up(diag, "notify", url)
        assert diag.smtp is not None and (diag.smtp.status, diag.smtp.port) == ("up", smtp_sink[0])
        assert diag.status == "up"


async def test_notify_diag_says_down_when_no_smtp_server_answers(service_database, nats_url, mint, admin_headers):
    closed = free_port()  # bound and released: nothing listens there
    async with serving(notify_app(service_database("notify"), nats_url, closed), mint) as client:
        diag = await diag_of(client, "notify", admin_headers)  # still a 200 document
        assert diag.smtp is not None and diag.smtp.status == "down" and diag.smtp.error
        assert diag.status == "down"
        assert diag.database.status == "up" and diag.nats.status == "up"


@pytest.fixture
async def files_client(service_database, nats_url, mint, scratch_dir):
    root = scratch_dir / "ops-storage"
    # A minimum of free space no disk has: the storage part must say "degraded".
    app = files_app(service_database("files"), nats_url, root, min_free_mb=10**12)
    async with serving(app, mint) as client:
        yield app, client, root


async def test_files_diag_says_degraded_below_the_minimum_free_space(files_client, admin_headers):
    app, client, root = files_client
    diag = await diag_of(client, "files", admin_headers)
    assert diag.storage is not None
    storage = diag.storage
    assert storage.status == "degraded" and storage.root == str(root)
    assert storage.min_free_bytes == 10**12 * 1024 * 1024
    assert 0 < storage.free_bytes <= storage.total_bytes
    assert diag.status == "degraded"
    assert {"files-jobs-events", "files-auth-roster"} <= {c.name for c in diag.consumers}

    app.state.diag_targets = DiagTargets(storage=StorageTarget(root, min_free_bytes=0))
    assert (await diag_of(client, "files", admin_headers)).status == "up"


async def test_files_health_checks_that_the_storage_root_is_writable(files_client):
    app, client, root = files_client
    health = await client.get("/api/v1/files/health")
    assert health.status_code == 200 and health.json()["components"]["storage"] == "up"
    assert not list(root.glob(".health-*")), "the probe file is removed"

    # A root that cannot take a file (gone, full or read-only): health says so with a 503.
    app.state.diag_targets = DiagTargets(storage=StorageTarget(root / "missing" / "deeper", min_free_bytes=0))
    try:
        broken = await client.get("/api/v1/files/health")
    finally:
        app.state.diag_targets = DiagTargets(storage=StorageTarget(root, min_free_bytes=0))
    assert broken.status_code == 503 and broken.json()["components"]["storage"] == "down"
