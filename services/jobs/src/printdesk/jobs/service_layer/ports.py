"""What the jobs use cases need from the outside world, as Protocols. Adapters implement them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, Self

from printdesk.contracts.envelope import EventEnvelope
from printdesk.jobs.domain.audit import AuditRecord
from printdesk.jobs.domain.catalog import LabCatalog
from printdesk.jobs.domain.lifecycle import JobLifecycle
from printdesk.jobs.domain.model import Job, JobStatus


@dataclass(frozen=True)
class UploadInfo:
    upload_id: uuid.UUID
    filename: str
    sha256: str
    size_bytes: int


class UploadLookup(Protocol):
    """Reads an upload's facts from the files service. Raises `UploadServiceUnavailable` when it cannot."""

    async def get(self, upload_id: uuid.UUID) -> UploadInfo | None: ...


class UploadServiceUnavailable(Exception):
    pass


class JobRepository(Protocol):
    """Jobs by id, plus the few lookups the rules need."""

    def add(self, job: Job) -> None: ...

    async def get(self, job_id: str) -> Job | None: ...

    async def lock_submissions_of(self, file_hash: str) -> None:
        """Hold submissions of the same file back until this transaction ends, so the duplicate checks of two
        simultaneous submissions (a double-clicked button) see each other."""
        ...

    async def short_id_taken(self, short_id: str) -> bool: ...

    async def upload_claimed(self, upload_id: uuid.UUID) -> str | None: ...

    async def open_duplicate(self, file_hash: str, email: str, statuses: tuple[JobStatus, ...]) -> str | None: ...

    def seen(self) -> list[Job]: ...


class CatalogRepository(Protocol):
    """The one active lab catalog and the history of every version."""

    async def get(self, *, for_update: bool = False) -> LabCatalog | None:
        """The active catalog; `for_update` holds it locked until the transaction ends."""
        ...

    async def save(self, catalog: LabCatalog, *, replaced_version: int) -> bool:
        """Store `catalog` as the active one (and in the history) only if `replaced_version` is still active."""
        ...


@dataclass
class JobFacts:
    """What a job is, around its state machine: the student's submission and where its file is."""

    job_id: str
    short_id: str
    student_name: str
    student_email: str
    original_filename: str
    created_at: datetime
    updated_at: datetime
    status_changed_at: datetime
    discipline: str | None
    class_number: str | None
    print_method: str | None
    color: str | None
    display_name: str | None
    file_path: str | None
    last_updated_by: str | None


@dataclass
class LoadedJob:
    lifecycle: JobLifecycle
    facts: JobFacts
    # How many payments and failures are already stored (the rest are new).
    stored_payments: int = 0
    stored_failures: int = 0


class LifecycleStore(Protocol):
    """A job's lifecycle state, and the hash-chained trail of what happened to jobs."""

    async def load(self, job_id: str, *, for_update: bool = False) -> LoadedJob | None:
        """The job, row-locked until the transaction ends when `for_update`."""
        ...

    async def job_for_confirmation(self, token_hash: str) -> str | None:
        """The job whose current confirm link has this token hash."""
        ...

    async def save(self, loaded: LoadedJob) -> None:
        """Write the state back (or remove the job once deleted)."""
        ...

    async def append_trail(self, records: list[AuditRecord]) -> list[AuditRecord]:
        """Add records at the end of the trail, numbered and hash-linked; returns them sealed."""
        ...


class UnitOfWork(Protocol):
    """One transaction: `async with uow: ...; await uow.commit()`; leaving without commit rolls back."""

    jobs: JobRepository
    catalog: CatalogRepository
    lifecycle: LifecycleStore

    async def __aenter__(self) -> Self: ...

    async def __aexit__(self, *exc: object) -> None: ...

    async def commit(self) -> None: ...

    async def add_event(self, envelope: EventEnvelope) -> None: ...


class TrackingReads(Protocol):
    """Reads behind the student's tracking page (no transaction of their own to keep)."""

    async def job_by_tracking_hash(self, token_hash: str) -> Job | None: ...

    async def queued_ahead(self, job: Job, statuses: tuple[JobStatus, ...]) -> list[tuple[float | None, str | None]]:
        """`(time_hours, print_method)` of each job in `statuses` on the same printer, submitted before `job`."""
        ...

    async def trail(self, job_id: str) -> list[tuple[str, datetime, dict]]:
        """The job's trail as `(event_type, at, details)`, oldest first."""
        ...
