"""What the files use cases need from the outside world."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol, Self

from printdesk.contracts.envelope import EventEnvelope


@dataclass(frozen=True)
class StagedFile:
    relative_path: str
    size_bytes: int
    sha256: str
    head: bytes


@dataclass(frozen=True)
class PlacedFile:
    relative_path: str
    metadata_path: str
    display_name: str
    folder: str


@dataclass(frozen=True)
class Upload:
    id: uuid.UUID
    original_filename: str
    safe_filename: str
    kind: str
    size_bytes: int
    sha256: str
    staged_path: str
    analysis: dict[str, Any] | None
    created_at: datetime
    job_id: str | None = None


class Storage(Protocol):
    """The storage root: a staging area for uploads and one folder per job status."""

    async def stage(self, chunks: AsyncIterator[bytes], max_bytes: int, suffix: str) -> StagedFile: ...

    async def place(self, staged_path: str, folder: str, base_name: str, extension: str,
                    sha256: str, metadata: dict[str, Any]) -> PlacedFile: ...

    def discard(self, relative_path: str) -> None: ...

    def absolute(self, relative_path: str) -> str: ...


class MeshAnalyzer(Protocol):
    """Reads a mesh file and measures it; raises InvalidUpload when it is not a usable mesh."""

    async def analyze(self, absolute_path: str, kind: str) -> dict[str, Any]: ...


class UploadRepository(Protocol):
    async def add(self, upload: Upload) -> None: ...

    async def get(self, upload_id: uuid.UUID) -> Upload | None: ...

    async def mark_claimed(self, upload_id: uuid.UUID, job_id: str) -> None: ...


class StoredFileRepository(Protocol):
    async def upsert(self, job_id: str, upload_id: uuid.UUID, placed: PlacedFile, sha256: str, size_bytes: int) -> None: ...


class UnitOfWork(Protocol):
    uploads: UploadRepository
    stored_files: StoredFileRepository

    async def __aenter__(self) -> Self: ...

    async def __aexit__(self, *exc: object) -> None: ...

    async def commit(self) -> None: ...

    async def add_event(self, envelope: EventEnvelope) -> None: ...

    def after_commit(self, callback: Callable[[], object]) -> None: ...
