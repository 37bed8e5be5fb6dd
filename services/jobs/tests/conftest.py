from __future__ import annotations

import httpx
import pytest

from printdesk.devstack.testing import TokenMint, announce_staff, running_app, staff_known
from printdesk.jobs.adapters.uploads_client import HttpUploadLookup
from printdesk.jobs.bootstrap import make_app
from printdesk.jobs.config import JobsSettings

PUBLIC_URL = "https://print.example.edu"
STAFF = "Alex Kim"
YEAR = 365 * 24 * 3600


@pytest.fixture(scope="session")
def mint() -> TokenMint:
    return TokenMint()


@pytest.fixture(scope="session")
async def jobs_service(service_database, nats_url, files_service, mint):
    """The jobs service in-process, reading uploads from the (real, in-process) files service.

    Its rate limits are raised out of the way: every request of the session comes from one address.
    """
    files_app = files_service[0]
    settings = JobsSettings(
        database_url=service_database("jobs"), nats_url=nats_url, files_url="http://files", public_url=PUBLIC_URL,
        submission_rate_limit=100_000, tracking_rate_limit=100_000,
    )
    app = make_app(settings)
    app.state.uploads = HttpUploadLookup("http://files", transport=httpx.ASGITransport(app=files_app))
    mint.install(app)
    mint.install(files_app)  # the approval's check of a chosen file asks the files service as the staff member
    async with running_app(app) as client:
        # Staff actions need an active roster member: announce one the way the auth service does.
        await announce_staff(nats_url, STAFF)
        assert await staff_known(app, STAFF), "the roster copy did not learn about the staff member"
        yield app, client


@pytest.fixture
async def limited_jobs_service(service_database, files_service):
    """A jobs app with low rate limits on a database of its own, served without its runtime (no relay, no
    consumers: they would share the session app's durable consumer). Yields `(app, client_from(address))`."""
    # Windows are aligned to multiples of their length: a year-long one cannot roll over mid-test.
    settings = JobsSettings(
        database_url=service_database("jobs"), files_url="http://files", public_url=PUBLIC_URL,
        submission_rate_limit=2, tracking_rate_limit=3,
        submission_rate_window_seconds=YEAR, tracking_rate_window_seconds=YEAR,
    )
    app = make_app(settings)
    app.state.uploads = HttpUploadLookup("http://files", transport=httpx.ASGITransport(app=files_service[0]))
    clients: list[httpx.AsyncClient] = []

    def client_from(address: str) -> httpx.AsyncClient:
        transport = httpx.ASGITransport(app=app, client=(address, 40000))
        clients.append(httpx.AsyncClient(transport=transport, base_url="http://testserver"))
        return clients[-1]

    yield app, client_from
    for client in clients:
        await client.aclose()
    await app.state.runtime.engine.dispose()
