"""A migrated auth database and the auth app running on it (real PostgreSQL and NATS), browsers calling it
from chosen addresses, and another service that learns revocations from the stream."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import argon2
import httpx
import pytest
import sqlalchemy as sa
from fastapi import APIRouter, FastAPI

from printdesk.auth.adapters.hashing import Argon2PasswordHasher
from printdesk.auth.adapters.signing import jwks
from printdesk.auth.bootstrap import make_app
from printdesk.auth.config import AuthSettings
from printdesk.auth.service_layer import handlers
from printdesk.devstack.testing import running_app
from printdesk.kit.app import create_service_app
from printdesk.kit.auth import StaffPrincipal, TokenVerifier
from printdesk.kit.messaging.tables import inbox_table, outbox_table
from printdesk.kit.migrations import upgrade
from printdesk.kit.runtime import ServiceRuntime
from printdesk.kit.settings import ServiceSettings

MIGRATIONS = "printdesk.auth.adapters:migrations"


@pytest.fixture(scope="session")
def auth_database(make_database: Callable[[str], str]) -> Callable[[], str]:
    """`auth_database()` creates a fresh auth database, migrated to head, and returns its URL."""

    def make() -> str:
        url = make_database("auth")
        upgrade(MIGRATIONS, url)
        return url

    return make


@pytest.fixture(scope="module")
def database_url(auth_database: Callable[[], str]) -> str:
    return auth_database()


@pytest.fixture(scope="module")
async def app(database_url: str, nats_url: str) -> AsyncIterator[FastAPI]:
    application = make_app(AuthSettings(database_url=database_url, nats_url=nats_url))
    async with running_app(application):
        yield application


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """A fresh browser for each test: its own cookie jar."""
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as c:
        yield c


@pytest.fixture(scope="module")
def fast_hashing(app: FastAPI) -> None:
    """Cheaper argon2id parameters, so tests that sign in dozens of times stay quick (same code path)."""
    app.state.hasher = Argon2PasswordHasher(argon2.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def browser(app: FastAPI) -> Callable[..., httpx.AsyncClient]:
    """`browser("203.0.113.9")`: a client with its own cookie jar, calling from that address."""

    def make(address: str = "127.0.0.1") -> httpx.AsyncClient:
        transport = httpx.ASGITransport(app=app, client=(address, 50000))
        return httpx.AsyncClient(transport=transport, base_url="http://testserver")

    return make


@pytest.fixture(scope="module")
async def other_service(make_database: Callable[[str], str], nats_url: str, app: FastAPI):
    """Another PrintDesk service (built with the kit like jobs, files and notify), trusting auth's keys.

    It has a staff route and learns revocations only from the AUTH stream, as every other service does.
    """
    metadata = sa.MetaData()
    outbox, inbox = outbox_table(metadata), inbox_table(metadata)
    url = make_database("other_service")
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    metadata.create_all(engine)
    engine.dispose()
    runtime = ServiceRuntime("other", ServiceSettings(database_url=url, nats_url=nats_url), outbox=outbox, inbox=inbox)
    router = APIRouter()

    @router.get("/api/v1/other/whoami")
    async def whoami(principal: StaffPrincipal) -> dict:
        return {"workstation": principal.workstation}

    service = create_service_app(runtime, [router], title="other", version="0")
    async with running_app(service) as client:
        keys = await handlers.verification_keys(app.state.runtime.uow())
        service.state.token_verifier = TokenVerifier.static(jwks(keys), revocations=runtime.revocations)
        yield client
