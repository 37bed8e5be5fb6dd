"""Every service gets revocation for free: the runtime fills its list from the AUTH stream and the kit's
token check consults it (real PostgreSQL and NATS; a minimal service built like the real ones)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import nats
import pytest
import sqlalchemy as sa
from fastapi import APIRouter

from printdesk.contracts.envelope import Actor
from printdesk.contracts.events import TokenRevoked, WorkstationTokensRevoked, make_event
from printdesk.devstack.testing import TokenMint, eventually, running_app
from printdesk.kit.app import create_service_app
from printdesk.kit.auth import StaffPrincipal
from printdesk.kit.messaging.jetstream import ensure_streams
from printdesk.kit.messaging.tables import inbox_table, outbox_table
from printdesk.kit.runtime import ServiceRuntime
from printdesk.kit.settings import ServiceSettings

metadata = sa.MetaData()
outbox = outbox_table(metadata)
inbox = inbox_table(metadata)


@pytest.fixture(scope="module")
def database_url(make_database) -> str:
    url = make_database("kit_runtime")
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    metadata.create_all(engine)
    engine.dispose()
    return url


def _service(database_url: str, nats_url: str):  # noqa: ANN202
    runtime = ServiceRuntime("probe", ServiceSettings(database_url=database_url, nats_url=nats_url),
                             outbox=outbox, inbox=inbox)
    router = APIRouter()

    @router.get("/api/v1/probe/whoami")
    async def whoami(principal: StaffPrincipal) -> dict:
        return {"workstation": principal.workstation}

    return create_service_app(runtime, [router], title="probe", version="0")


async def _publish(nats_url: str, payload) -> None:  # noqa: ANN001
    nc = await nats.connect(nats_url)
    try:
        js = nc.jetstream()
        await ensure_streams(js)
        event = make_event(payload, producer="auth", actor=Actor.system())
        await js.publish(event.subject, event.model_dump_json().encode(), headers={"Nats-Msg-Id": str(event.event_id)})
    finally:
        await nc.close()


def _token(mint: TokenMint, workstation: str, *, issued: datetime | None = None):  # noqa: ANN202
    return mint.key.issue(workstation=workstation, role="staff", ttl=timedelta(hours=1), now=issued or datetime.now(UTC))


async def test_a_token_revoked_while_the_service_runs_is_refused_soon_after(database_url, nats_url) -> None:
    app, mint = _service(database_url, nats_url), TokenMint()
    issued = _token(mint, "front-desk")
    async with running_app(app) as client:
        app.state.token_verifier = app.state.token_verifier.static(
            {"keys": [mint.key.public_jwk()]}, revocations=app.state.runtime.revocations
        )
        headers = {"Authorization": f"Bearer {issued.token}"}
        assert (await client.get("/api/v1/probe/whoami", headers=headers)).status_code == 200
        await _publish(nats_url, TokenRevoked(token_id=issued.token_id, expires_at=issued.expires_at))

        async def refused() -> bool:
            response = await client.get("/api/v1/probe/whoami", headers=headers)
            return response.status_code == 401 and response.json()["error"]["code"] == "session_ended"

        assert await eventually(refused)
        health = (await client.get("/api/v1/probe/health")).json()
        assert health["components"]["consumers"] == "up", "the revocation feed is part of the service's health"


async def test_a_revocation_made_before_the_service_started_is_known_as_soon_as_it_serves(
    database_url, nats_url
) -> None:
    mint = TokenMint()
    workstation = f"desk-{uuid.uuid4().hex[:6]}"
    old = _token(mint, workstation, issued=datetime.now(UTC) - timedelta(minutes=5))
    await _publish(nats_url, WorkstationTokensRevoked(workstation=workstation, before=datetime.now(UTC)))
    new = _token(mint, workstation)
    app = _service(database_url, nats_url)
    async with running_app(app) as client:
        mint.install(app)  # a verifier without its own list: the runtime's list still applies
        refused = await client.get("/api/v1/probe/whoami", headers={"Authorization": f"Bearer {old.token}"})
        assert refused.status_code == 401 and refused.json()["error"]["code"] == "session_ended"
        accepted = await client.get("/api/v1/probe/whoami", headers={"Authorization": f"Bearer {new.token}"})
        assert accepted.status_code == 200
