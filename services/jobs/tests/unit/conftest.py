"""Hand-written fakes of the jobs service's ports: the use cases run for real against them."""

from __future__ import annotations

import copy
import uuid
from datetime import UTC, datetime

import pytest

from printdesk.contracts.api.catalog import seed_catalog
from printdesk.contracts.envelope import EventEnvelope
from printdesk.jobs.domain.catalog import LabCatalog
from printdesk.jobs.domain.model import Job, JobStatus
from printdesk.jobs.service_layer.ports import UploadInfo, UploadServiceUnavailable


class FakeJobRepository:
    def __init__(self, jobs: dict[str, Job]) -> None:
        self.jobs = jobs
        self._seen: list[Job] = []

    def add(self, job: Job) -> None:
        self.jobs[job.id] = job
        self._seen.append(job)

    async def get(self, job_id: str) -> Job | None:
        job = self.jobs.get(job_id)
        if job:
            self._seen.append(job)
        return job

    async def lock_submissions_of(self, file_hash: str) -> None:
        self.locked = file_hash

    async def short_id_taken(self, short_id: str) -> bool:
        return any(j.short_id == short_id for j in self.jobs.values())

    async def upload_claimed(self, upload_id: uuid.UUID) -> str | None:
        return next((j.id for j in self.jobs.values() if j.upload_id == upload_id), None)

    async def open_duplicate(self, file_hash: str, email: str, statuses: tuple[JobStatus, ...]) -> str | None:
        return next(
            (j.id for j in self.jobs.values()
             if j.file_hash == file_hash and j.student_email.lower() == email.lower() and j.status in statuses),
            None,
        )

    def seen(self) -> list[Job]:
        return self._seen


class FakeCatalogRepository:
    def __init__(self, store: dict[str, LabCatalog]) -> None:
        self.store = store

    async def get(self, *, for_update: bool = False) -> LabCatalog | None:
        return copy.deepcopy(self.store.get("active"))

    async def save(self, catalog: LabCatalog, *, replaced_version: int) -> bool:
        active = self.store.get("active")
        if active is None or active.version != replaced_version:
            return False
        self.store["active"] = catalog
        self.store[f"v{catalog.version}"] = copy.deepcopy(catalog)
        return True


class FakeLifecycleStore:
    """Only the trail: the lifecycle's own use cases are tested against PostgreSQL."""

    def __init__(self, trail: list) -> None:
        self.trail = trail

    async def append_trail(self, records: list) -> list:
        self.trail.extend(records)
        return records


class FakeUnitOfWork:
    """Committed state lives in `jobs_store`/`catalog_store`/`outbox`; leaving without commit drops the rest."""

    def __init__(self, catalog: LabCatalog | None = None) -> None:
        self.jobs_store: dict[str, Job] = {}
        self.catalog_store: dict[str, LabCatalog] = {"active": catalog} if catalog else {}
        self.outbox: list[EventEnvelope] = []
        self.trail: list = []
        self.commits = 0

    async def __aenter__(self) -> FakeUnitOfWork:
        self.jobs = FakeJobRepository(dict(self.jobs_store))
        self.catalog = FakeCatalogRepository(dict(self.catalog_store))
        self._pending_trail: list = []
        self.lifecycle = FakeLifecycleStore(self._pending_trail)
        self._pending: list[EventEnvelope] = []
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._pending = []

    async def commit(self) -> None:
        self.jobs_store = self.jobs.jobs
        self.catalog_store = self.catalog.store
        self.outbox.extend(self._pending)
        self.trail.extend(self._pending_trail)
        self._pending = []
        self._pending_trail.clear()
        self.commits += 1

    async def add_event(self, envelope: EventEnvelope) -> None:
        self._pending.append(envelope)


class FakeUploads:
    def __init__(self, *uploads: UploadInfo, down: bool = False) -> None:
        self.uploads = {u.upload_id: u for u in uploads}
        self.down = down

    async def get(self, upload_id: uuid.UUID) -> UploadInfo | None:
        if self.down:
            raise UploadServiceUnavailable("connection refused")
        return self.uploads.get(upload_id)


def seeded_catalog(version: int = 1) -> LabCatalog:
    return LabCatalog(
        version=version, data=seed_catalog().model_dump(mode="json"), updated_by=None, workstation_id=None,
        updated_at=datetime(2025, 9, 1, tzinfo=UTC),
    )


@pytest.fixture
def uow() -> FakeUnitOfWork:
    """A fresh fake unit of work whose catalog is the seed, as version 1."""
    return FakeUnitOfWork(seeded_catalog())


@pytest.fixture
def uow_without_catalog() -> FakeUnitOfWork:
    return FakeUnitOfWork(catalog=None)


@pytest.fixture
def fake_uploads() -> type[FakeUploads]:
    return FakeUploads


@pytest.fixture
def seed_choices():
    """The seed catalog as the submission rules read it."""
    from printdesk.jobs.service_layer.catalog import choices_from

    return choices_from(seeded_catalog())
