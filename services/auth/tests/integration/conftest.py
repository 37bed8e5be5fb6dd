"""A migrated auth database and the auth app running on it (real PostgreSQL and NATS)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import httpx
import pytest
from fastapi import FastAPI

from printdesk.auth.bootstrap import make_app
from printdesk.auth.config import AuthSettings
from printdesk.devstack.testing import running_app
from printdesk.kit.migrations import upgrade

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
