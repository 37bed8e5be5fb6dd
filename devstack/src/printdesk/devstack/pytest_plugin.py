"""Test fixtures for real PostgreSQL, NATS and SMTP, each started once per test session.

Order of preference: `TEST_DATABASE_URL` / `TEST_NATS_URL` if set; Testcontainers if a Docker engine
answers; otherwise the embedded servers (the same ones `make up` runs).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from printdesk.devstack import servers


def _docker_engine() -> bool:
    try:
        import docker

        docker.from_env(timeout=2).ping()
        return True
    except Exception:
        return False


@pytest.fixture(scope="session")
def scratch_dir() -> Iterator[Path]:
    """A directory other system users can enter (the embedded PostgreSQL runs as its own user)."""
    path = Path(tempfile.mkdtemp(prefix="printdesk-test-"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_admin_url(scratch_dir: Path) -> Iterator[str]:
    """URL of a PostgreSQL server's maintenance database; tests create their own databases on it."""
    if url := os.environ.get("TEST_DATABASE_URL"):
        yield url
        return
    if _docker_engine():
        from testcontainers.postgres import PostgresContainer

        with PostgresContainer("postgres:18", driver=None) as pg:
            yield pg.get_connection_url()
        return
    pg = servers.EmbeddedPostgres(scratch_dir / "pg", servers.free_port(), scratch_dir / "pg.log")
    pg.start()
    try:
        yield pg.url()
    finally:
        pg.stop()


@pytest.fixture(scope="session")
def nats_url(scratch_dir: Path) -> Iterator[str]:
    if url := os.environ.get("TEST_NATS_URL"):
        yield url
        return
    if _docker_engine():
        from testcontainers.core.container import DockerContainer
        from testcontainers.core.waiting_utils import wait_for_logs

        with DockerContainer("nats:2.11").with_command("-js").with_exposed_ports(4222) as container:
            wait_for_logs(container, "Server is ready")
            yield f"nats://{container.get_container_host_ip()}:{container.get_exposed_port(4222)}"
        return
    with servers.running_nats(scratch_dir, "nats") as url:
        yield url


@pytest.fixture(scope="session")
def make_database(pg_admin_url: str) -> Callable[[str], str]:
    """`make_database("jobs")` creates a fresh, empty database and returns its URL."""

    def make(prefix: str) -> str:
        name = f"test_{prefix}_{uuid.uuid4().hex[:8]}"
        servers.create_database(pg_admin_url, name)
        return servers.database_url(pg_admin_url, name)

    return make


@pytest.fixture(scope="session")
def smtp_sink(scratch_dir: Path) -> Iterator[tuple[int, Path]]:
    """A real SMTP server on loopback keeping every message as .eml: yields (port, directory)."""
    from printdesk.devstack.smtp_sink import start_sink

    directory = scratch_dir / "mail"
    controller = start_sink(directory)
    try:
        yield controller.port, directory
    finally:
        controller.stop()


@pytest.fixture(scope="session")
def service_database(make_database) -> Callable[[str], str]:
    """`service_database("jobs")`: a fresh database with that service's migrations applied."""
    from printdesk.kit.migrations import upgrade

    def make(service: str) -> str:
        url = make_database(service)
        upgrade(f"printdesk.{service}.adapters:migrations", url)
        return url

    return make


@pytest.fixture(scope="session")
async def files_service(service_database, nats_url: str, scratch_dir: Path):
    """The files service running in-process (real database, NATS, storage root): (app, client, settings)."""
    from printdesk.devstack.testing import running_app
    from printdesk.files.bootstrap import make_app
    from printdesk.files.config import FilesSettings

    settings = FilesSettings(
        database_url=service_database("files"), nats_url=nats_url,
        storage_root=scratch_dir / "storage", max_upload_mb=1,
    )
    app = make_app(settings)
    async with running_app(app) as client:
        yield app, client, settings
