"""What the notify integration tests share: a way to run the service against the real servers, to publish the
jobs service's events on JetStream, and to read what reached the SMTP sink and the message log.

Every notify app shares the durable consumer `notify-jobs-events`: each module runs one app at a time and
publishes only while it is the only one running (module fixtures end before the next module's start).
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import nats
import pytest
import sqlalchemy as sa

from printdesk.contracts.api.catalog import seed_catalog
from printdesk.contracts.envelope import Actor, ActorKind, EventEnvelope
from printdesk.contracts.events import (
    CatalogUpdated,
    ConfirmationLinkIssued,
    JobChanged,
    JobRejected,
    JobSnapshot,
    JobSubmitted,
    make_event,
)
from printdesk.devstack.testing import TokenMint, eventually, running_app
from printdesk.notify.adapters.orm import catalog_copy, messages
from printdesk.notify.bootstrap import make_app
from printdesk.notify.config import NotifySettings


@pytest.fixture(scope="session")
def nats_url(scratch_dir: Path):
    """A NATS server of notify's own: on the shared one, the JOBS events of every other suite (thousands) would
    queue in front of each event these tests publish, since a new durable consumer starts from the beginning."""
    from printdesk.devstack.servers import running_nats

    with running_nats(scratch_dir, "notify-nats") as url:
        yield url


@pytest.fixture(scope="session")
def mint() -> TokenMint:
    return TokenMint()


@pytest.fixture(scope="session")
async def js(nats_url):
    nc = await nats.connect(nats_url)
    yield nc.jetstream()
    await nc.drain()


def text_of(email: EmailMessage) -> str:
    """The plain-text body, with the wire's CRLF line ends read back as newlines."""
    return email.get_body(("plain",)).get_content().replace("\r\n", "\n")


def html_of(email: EmailMessage) -> str:
    return email.get_body(("html",)).get_content().replace("\r\n", "\n")


class NotifyHarness:
    """A running notify app with what its tests need: publish events, read the sink, the log and the API."""

    def __init__(self, app, client, directory: Path, js, mint: TokenMint) -> None:  # noqa: ANN001
        self.app = app
        self.client = client
        self.directory = directory
        self.js = js
        self.mint = mint
        self.jobs = JobsEvents()

    text_of = staticmethod(text_of)
    html_of = staticmethod(html_of)

    @property
    def consumer(self):  # noqa: ANN201
        return self.app.state.runtime.consumers[0]

    async def publish(self, envelope: EventEnvelope, msg_id: str | None = None):  # noqa: ANN201
        """Publish as the jobs service's relay does (Nats-Msg-Id = event id, unless told otherwise)."""
        return await self.js.publish(
            envelope.subject, envelope.model_dump_json().encode(),
            headers={"Nats-Msg-Id": msg_id or str(envelope.event_id)}, timeout=5,
        )

    def mail_to(self, address: str) -> list[EmailMessage]:
        """The messages the sink keeps for that address, oldest first."""
        found = []
        for path in sorted(self.directory.glob("*.eml")):
            email = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
            if email["To"] == address:
                found.append(email)
        return found

    async def rows(self, job_id: str) -> list[dict]:
        """The job's rows of the message log, oldest first."""
        async with self.app.state.runtime.session_factory() as session:
            query = sa.select(messages).where(messages.c.job_id == job_id).order_by(messages.c.created_at)
            return [dict(r) for r in (await session.execute(query)).mappings().all()]

    async def notifications(self, job_id: str | None = None) -> list[dict]:
        """What staff see in the outbound log (`GET /api/v1/notifications`)."""
        params = {"job_id": job_id} if job_id else {}
        response = await self.client.get("/api/v1/notifications", params=params, headers=self.mint.headers(role="staff"))
        assert response.status_code == 200, response.text
        return response.json()["notifications"]

    async def catalog_version(self) -> int:
        """The version of the catalog copy the app keeps (0 before the first)."""
        async with self.app.state.runtime.session_factory() as session:
            return await session.scalar(sa.select(catalog_copy.c.version)) or 0

    async def settle(self, timeout: float = 30.0) -> None:
        """Wait until the consumer has handled everything on the JOBS stream so far (with the whole suite in
        one session, the stream also holds what other services' tests published)."""

        async def idle() -> bool:
            try:
                info = await self.js.consumer_info("JOBS", "notify-jobs-events")
            except Exception:  # noqa: BLE001 - not created yet
                return False
            return self.consumer.running and info.num_pending == 0 and info.num_ack_pending == 0

        assert await eventually(idle, timeout), "the consumer did not catch up with the JOBS stream"

    async def use_seed_catalog(self, **changes: object) -> int:
        """Make the seed catalog (with `changes`) the copy's latest version, whatever was announced before;
        returns that version."""
        await self.settle()
        version = await self.catalog_version() + 1
        await self.publish(self.jobs.catalog(version, seed_catalog().model_copy(update=changes).model_dump(mode="json")))

        async def kept() -> bool:
            return await self.catalog_version() == version

        assert await eventually(kept), "the seed catalog was not kept"
        return version


@pytest.fixture(scope="session")
def start_notify(service_database, nats_url, js, mint) -> Callable[..., Any]:
    """`async with start_notify(smtp_port, directory, **settings) as notify`: the service in-process on a fresh
    database, sending to `smtp_port` (whose sink keeps mail in `directory`), trusting `mint`'s tokens."""

    @contextlib.asynccontextmanager
    async def start(smtp_port: int, directory: Path, *, renderer=None, **overrides) -> AsyncIterator[NotifyHarness]:  # noqa: ANN001
        settings = NotifySettings(
            database_url=service_database("notify"), nats_url=nats_url, smtp_host="127.0.0.1", smtp_port=smtp_port,
            smtp_from="PrintDesk <printdesk@fablab.example.edu>", public_url="https://print.example.edu",
            **overrides,
        )
        app = make_app(settings, renderer=renderer)
        mint.install(app)
        async with running_app(app) as client:
            yield NotifyHarness(app, client, directory, js, mint)

    return start


STAFF = Actor(kind=ActorKind.STAFF, staff_name="Sam Staff", workstation_id="front-desk")


class JobsEvents:
    """The jobs service's events, as it would publish them, for one new job per call unless a job_id is given."""

    @staticmethod
    def address() -> str:
        return f"student-{uuid.uuid4().hex[:8]}@example.edu"

    @staticmethod
    def _job_id(job_id: str | None) -> str:
        return job_id or uuid.uuid4().hex

    @staticmethod
    def snapshot(email: str, job_id: str, name: str = "Ada Lovelace", **fields: Any) -> JobSnapshot:
        values = dict(
            short_id=job_id[:6], student_name=name, student_email=email, original_filename="bracket.stl",
            created_at=datetime.now(UTC) - timedelta(days=1), print_method="Filament", color="True Red",
            printer="Prusa MK4S",
        )
        return JobSnapshot(**{**values, **fields})

    def submitted(self, email: str, *, job_id: str | None = None, name: str = "Ada Lovelace", **form: Any) -> EventEnvelope:
        job_id = self._job_id(job_id)
        payload = JobSubmitted(
            job_id=job_id, short_id=job_id[:6], upload_id=uuid.uuid4(), student_name=name, student_email=email,
            original_filename="bracket.stl", sha256="0" * 64, **form,
        )
        return make_event(payload, producer="jobs", actor=Actor.student())

    def link_issued(self, email: str, *, job_id: str | None = None, resent: bool = False, **job: Any) -> EventEnvelope:
        job_id = self._job_id(job_id)
        payload = ConfirmationLinkIssued(
            job_id=job_id, job=self.snapshot(email, job_id, **job), confirm_url=f"https://print.example.edu/confirm/{uuid.uuid4().hex}",
            expires_at=datetime.now(UTC) + timedelta(hours=72), weight_g=Decimal("125.0"), time_hours=Decimal("2.5"),
            cost=Decimal("12.50"), printer="Prusa XL", resent=resent,
        )
        return make_event(payload, producer="jobs", actor=STAFF)

    def rejected(self, email: str, *, job_id: str | None = None, custom_reason: str | None = None, **job: Any) -> EventEnvelope:
        job_id = self._job_id(job_id)
        payload = JobRejected(
            job_id=job_id, job=self.snapshot(email, job_id, **job), reasons=["Walls too thin", "Exceeds printer size"],
            custom_reason=custom_reason,
        )
        return make_event(payload, producer="jobs", actor=STAFF)

    def changed(self, email: str, action: str = "mark_complete", *, job_id: str | None = None, **job: Any) -> EventEnvelope:
        job_id = self._job_id(job_id)
        status = {"mark_complete": ("COMPLETED", "PRINTING")}.get(action, ("PRINTING", "READYTOPRINT"))
        payload = JobChanged(
            job_id=job_id, action=action, status=status[0], previous_status=status[1], at=datetime.now(UTC),
            job=self.snapshot(email, job_id, **job),
        )
        return make_event(payload, producer="jobs", actor=STAFF)

    @staticmethod
    def catalog(version: int, content: dict) -> EventEnvelope:
        return make_event(CatalogUpdated(version=version, catalog=content), producer="jobs", actor=Actor.system())
