"""The jobs service's side of the files service's events, played by the tests: submit a job, change it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from printdesk.contracts.envelope import Actor, ActorKind, EventEnvelope
from printdesk.contracts.events import JobChanged, JobSnapshot, JobSubmitted, make_event
from printdesk.devstack.samples import cube_stl
from printdesk.devstack.testing import TokenMint, announce_staff, eventually, staff_known
from printdesk.files.adapters.orm import file_moves, inbox, outbox
from printdesk.files.service_layer.ports import StoredFile

STAFF = "Ada Admin"


@dataclass
class SubmittedJob:
    job_id: str
    short_id: str
    snapshot: JobSnapshot
    relative_path: str
    status: str = "UPLOADED"
    clock: datetime = datetime(2025, 9, 1, tzinfo=UTC)

    @property
    def base(self) -> str:
        return Path(self.relative_path).stem


class JobsFeed:
    """Publishes what the jobs service would, and reads what the files service recorded."""

    def __init__(self, app, client, root: Path) -> None:  # noqa: ANN001
        self.app = app
        self.client = client
        self.root = root
        self.runtime = app.state.runtime

    async def publish(self, envelope: EventEnvelope, *, msg_id: str | None = None) -> None:
        await self.runtime.js.publish(envelope.subject, envelope.model_dump_json().encode(),
                                      headers={"Nats-Msg-Id": msg_id or str(envelope.event_id)})

    async def prepare(self, student: str = "Jane Doe", *, method: str = "Filament", color: str = "True Red",
                      data: bytes | None = None, filename: str = "part.stl") -> tuple[EventEnvelope, SubmittedJob]:
        """Upload the file and write the job's JobSubmitted, without publishing it (the job has no file yet)."""
        upload = await self.client.post("/api/v1/uploads",
                                        files={"file": (filename, data or cube_stl(20), "model/stl")})
        assert upload.status_code == 201, upload.text
        job_id = uuid.uuid4().hex
        short_id = job_id[:6]
        snapshot = JobSnapshot(short_id=short_id, student_name=student, student_email="jane@example.edu",
                               original_filename=filename, created_at=datetime.now(UTC), discipline="Architecture",
                               class_number="ARCH 4000", print_method=method, color=color, printer="Prusa MK4S")
        event = make_event(
            JobSubmitted(job_id=job_id, short_id=short_id, upload_id=upload.json()["upload_id"], student_name=student,
                         student_email=snapshot.student_email, original_filename=filename,
                         sha256=upload.json()["sha256"], discipline="Architecture", class_number="ARCH 4000",
                         print_method=method, color=color, printer="Prusa MK4S"),
            producer="jobs", actor=Actor.student(),
        )
        return event, SubmittedJob(job_id=job_id, short_id=short_id, snapshot=snapshot, relative_path="")

    async def submit(self, student: str = "Jane Doe", **kwargs) -> SubmittedJob:  # noqa: ANN003
        """A submitted job whose file the files service has placed in Uploaded/."""
        event, job = await self.prepare(student, **kwargs)
        await self.publish(event)
        stored = await eventually(lambda: self.record(job.job_id))
        assert stored is not None, "the job's file was not placed"
        job.relative_path = stored.relative_path
        return job

    def change(self, job: SubmittedJob, status: str | None = None, *, action: str = "change_status",
               authoritative_filename: str | None = None, deleted: bool = False,
               at: datetime | None = None) -> EventEnvelope:
        """A JobChanged for `job` (its status, and the fake jobs clock, move on with it)."""
        previous = job.status
        status = status or previous
        job.clock = at or job.clock + timedelta(minutes=1)
        envelope = make_event(
            JobChanged(job_id=job.job_id, action=action, status=status, previous_status=previous, at=job.clock,
                       job=job.snapshot, authoritative_filename=authoritative_filename, deleted=deleted),
            producer="jobs", actor=Actor(kind=ActorKind.STAFF, staff_name=STAFF, workstation_id="front-desk"),
        )
        job.status = status
        return envelope

    async def handled(self, envelope: EventEnvelope) -> bool:
        async with self.runtime.session_factory() as session:
            return bool(await session.scalar(sa.select(sa.func.count()).select_from(inbox).where(
                inbox.c.event_id == envelope.event_id)))

    async def settled(self, job_id: str) -> bool:
        async with self.runtime.session_factory() as session:
            return not await session.scalar(sa.select(sa.func.count()).select_from(file_moves).where(
                file_moves.c.job_id == job_id, file_moves.c.phase != "done"))

    async def apply(self, envelope: EventEnvelope) -> None:
        """Publish a change and wait until it is handled and its move finished (originals deleted)."""
        await self.publish(envelope)
        job_id = envelope.data["job_id"]
        assert await eventually(lambda: self._applied(envelope, job_id)), "the change was not applied"

    async def _applied(self, envelope: EventEnvelope, job_id: str) -> bool:
        return await self.handled(envelope) and await self.settled(job_id)

    async def record(self, job_id: str) -> StoredFile | None:
        async with self.runtime.uow() as uow:
            return await uow.stored_files.get(job_id)

    async def intents(self, event_id: uuid.UUID) -> list[dict]:
        async with self.runtime.session_factory() as session:
            rows = await session.execute(sa.select(file_moves).where(file_moves.c.event_id == event_id))
            return [dict(r) for r in rows.mappings()]

    async def file_stored_paths(self, job_id: str) -> list[str]:
        """The relative paths announced in FileStored for the job, oldest first."""
        async with self.runtime.session_factory() as session:
            rows = await session.execute(
                sa.select(outbox.c.envelope["data"]["relative_path"].astext)
                .where(outbox.c.envelope["type"].astext == "FileStored",
                       outbox.c.envelope["data"]["job_id"].astext == job_id)
                .order_by(outbox.c.created_at, outbox.c.envelope["occurred_at"].astext)
            )
            return list(rows.scalars())

    def job_files(self, job_id: str, short_id: str) -> list[str]:
        """Every visible file under the root whose name carries the job's short id."""
        return sorted(p.relative_to(self.root).as_posix() for p in self.root.rglob(f"*{short_id}*")
                      if p.is_file() and not any(part.startswith(".") for part in p.relative_to(self.root).parts))


@pytest.fixture(scope="session")
def jobs_feed(files_service) -> JobsFeed:
    app, client, settings = files_service
    return JobsFeed(app, client, Path(settings.storage_root).resolve())


@pytest.fixture(scope="module")
def mint(files_app) -> TokenMint:
    mint = TokenMint()
    mint.install(files_app)
    return mint


@pytest.fixture(scope="module")
def admin_headers(mint) -> dict[str, str]:
    return mint.headers(role="admin", workstation="admin-desk")


@pytest.fixture(scope="module")
def staff_headers(mint) -> dict[str, str]:
    return mint.headers()


@pytest.fixture(scope="session")
async def staff_on_roster(files_app, nats_url) -> str:
    await announce_staff(nats_url, STAFF)
    assert await staff_known(files_app, STAFF)
    return STAFF


@pytest.fixture
async def audit_report(files_client, admin_headers):
    """`await audit_report()`: the admin audit report now."""

    async def fetch() -> dict:
        response = await files_client.get("/api/v1/admin/audit/report", headers=admin_headers)
        assert response.status_code == 200, response.text
        return response.json()

    return fetch


@pytest.fixture
def job_problems(audit_report):
    """`await job_problems(job)`: what the audit report says is wrong with this job's files (other tests share
    the storage root, so only the job's own findings count). All lists empty = clean."""

    async def problems(job: SubmittedJob) -> dict:
        report = await audit_report()
        return {
            "orphaned": [p for p in report["orphaned_files"] if job.short_id in p],
            "stale": [s for s in report["stale_files"] if s["job_id"] == job.job_id],
            "broken": [b for b in report["broken_links"] if b["job_id"] == job.job_id],
            "pending": [m for m in report["pending_moves"] if m["job_id"] == job.job_id],
        }

    return problems
