from __future__ import annotations

import httpx
import pytest

from printdesk.devstack.testing import TokenMint, running_app
from printdesk.jobs.adapters.uploads_client import HttpUploadLookup
from printdesk.jobs.bootstrap import make_app
from printdesk.jobs.config import JobsSettings


@pytest.fixture(scope="session")
def mint() -> TokenMint:
    return TokenMint()


@pytest.fixture(scope="session")
async def jobs_service(service_database, nats_url, files_service, mint):
    """The jobs service in-process, reading uploads from the (real, in-process) files service."""
    files_app = files_service[0]
    settings = JobsSettings(database_url=service_database("jobs"), nats_url=nats_url, files_url="http://files")
    app = make_app(settings)
    app.state.uploads = HttpUploadLookup("http://files", transport=httpx.ASGITransport(app=files_app))
    mint.install(app)
    async with running_app(app) as client:
        yield app, client
