"""What the jobs use cases need from the outside world, as Protocols. Adapters implement them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Protocol, Self

from printdesk.contracts.envelope import EventEnvelope
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

    async def short_id_taken(self, short_id: str) -> bool: ...

    async def upload_claimed(self, upload_id: uuid.UUID) -> str | None: ...

    async def open_duplicate(self, file_hash: str, email: str, statuses: tuple[JobStatus, ...]) -> str | None: ...

    def seen(self) -> list[Job]: ...


class UnitOfWork(Protocol):
    """One transaction: `async with uow: ...; await uow.commit()`; leaving without commit rolls back."""

    jobs: JobRepository

    async def __aenter__(self) -> Self: ...

    async def __aexit__(self, *exc: object) -> None: ...

    async def commit(self) -> None: ...

    async def add_event(self, envelope: EventEnvelope) -> None: ...
