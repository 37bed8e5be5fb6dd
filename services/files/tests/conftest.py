from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from printdesk.contracts.api.catalog import seed_catalog
from printdesk.contracts.envelope import Actor
from printdesk.contracts.events import CatalogUpdated, make_event
from printdesk.devstack.testing import eventually
from printdesk.files.adapters.orm import catalog_copy, uploads
from printdesk.files.adapters.storage import STAGING


@pytest.fixture(scope="session")
def files_app(files_service):
    return files_service[0]


@pytest.fixture(scope="session")
def files_client(files_service):
    return files_service[1]


@pytest.fixture(scope="session")
def files_settings(files_service):
    return files_service[2]


@pytest.fixture
def staged_files(files_settings):
    """`staged_files()`: the names in the staging folder now."""
    staging = Path(files_settings.storage_root) / STAGING
    return lambda: sorted(p.name for p in staging.iterdir())


@pytest.fixture
def upload_rows(files_app):
    """`await upload_rows()`: how many uploads the database holds now."""

    async def count() -> int:
        async with files_app.state.runtime.session_factory() as session:
            return await session.scalar(sa.select(sa.func.count()).select_from(uploads))

    return count


@pytest.fixture
def announce_catalog(files_app):
    """`await announce_catalog(content, version=None)`: publish CatalogUpdated as the jobs service does and wait
    until the copy has it (when it is newer). Without a version, the next one after the copy's."""
    runtime = files_app.state.runtime

    async def stored_version() -> int:
        async with runtime.session_factory() as session:
            return await session.scalar(sa.select(catalog_copy.c.version)) or 0

    async def announce(content: dict, version: int | None = None, *, wait: bool = True) -> int:
        current = await stored_version()
        version = version if version is not None else current + 1
        event = make_event(CatalogUpdated(version=version, catalog=content), producer="jobs", actor=Actor.system())
        await runtime.js.publish(event.subject, event.model_dump_json().encode(),
                                 headers={"Nats-Msg-Id": str(event.event_id)})
        if wait and version > current:
            assert await eventually(lambda: _is(stored_version, version)), "the catalog copy was not updated"
        return version

    async def _is(probe, value) -> bool:  # noqa: ANN001
        return await probe() == value

    announce.stored_version = stored_version  # type: ignore[attr-defined]
    return announce


@pytest.fixture
async def seed_prices(announce_catalog):
    """The files service estimates with the seed catalog's prices (whatever other tests announced before)."""
    await announce_catalog(seed_catalog().model_dump(mode="json"))
