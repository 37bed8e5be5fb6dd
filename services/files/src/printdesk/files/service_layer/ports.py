"""What the files use cases need from the outside world."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol, Self

from printdesk.contracts.envelope import EventEnvelope
from printdesk.files.domain.content import ArchiveEntry, ContentSample
from printdesk.files.domain.estimates import MeshFacts


@dataclass(frozen=True)
class StagedFile:
    relative_path: str
    size_bytes: int
    sha256: str
    sample: ContentSample


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


@dataclass(frozen=True)
class CatalogCopy:
    version: int
    content: dict[str, Any]


class Storage(Protocol):
    """The storage root: a staging area for uploads and one folder per job status."""

    async def stage(self, chunks: AsyncIterator[bytes], max_bytes: int, suffix: str) -> StagedFile:
        """Write the chunks to a new staged file as they come, hashing them; over `max_bytes` -> 413, nothing kept."""
        ...

    async def place(self, staged_path: str, folder: str, base_name: str, extension: str,
                    sha256: str, metadata: dict[str, Any]) -> PlacedFile: ...

    def discard(self, relative_path: str) -> None: ...

    def absolute(self, relative_path: str) -> str: ...

    def staged_files_older_than(self, cutoff: datetime) -> list[str]:
        """Relative paths of staged files last written before `cutoff`."""
        ...


class MeshAnalyzer(Protocol):
    """Reads model files with the mesh library; raises InvalidUpload when a file is not a usable mesh."""

    async def measure(self, absolute_path: str, kind: str) -> MeshFacts: ...

    async def archive_entries(self, absolute_path: str) -> list[ArchiveEntry]:
        """The parts a ZIP package declares, read from its central directory without extracting any."""
        ...


class UploadRepository(Protocol):
    async def add(self, upload: Upload) -> None: ...

    async def get(self, upload_id: uuid.UUID) -> Upload | None: ...

    async def mark_claimed(self, upload_id: uuid.UUID, job_id: str) -> None: ...

    async def unclaimed_before(self, cutoff: datetime, limit: int) -> list[Upload]: ...

    async def remove(self, upload_ids: list[uuid.UUID]) -> set[uuid.UUID]:
        """Delete those of the uploads that are still unclaimed; return the ids deleted."""
        ...

    async def staged_paths_in_use(self, paths: list[str]) -> set[str]:
        """Those of `paths` that an unclaimed upload still refers to."""
        ...


class StoredFileRepository(Protocol):
    async def upsert(self, job_id: str, upload_id: uuid.UUID, placed: PlacedFile, sha256: str, size_bytes: int) -> None: ...


class CatalogCopyRepository(Protocol):
    """This service's copy of the lab catalog (the jobs service owns it and announces every version)."""

    async def get(self) -> CatalogCopy | None: ...

    async def save_if_newer(self, copy: CatalogCopy) -> bool:
        """Keep `copy` unless a newer or equal version is already kept; True if it was kept."""
        ...


class UnitOfWork(Protocol):
    uploads: UploadRepository
    stored_files: StoredFileRepository
    catalog: CatalogCopyRepository

    async def __aenter__(self) -> Self: ...

    async def __aexit__(self, *exc: object) -> None: ...

    async def commit(self) -> None: ...

    async def add_event(self, envelope: EventEnvelope) -> None: ...

    def after_commit(self, callback: Callable[[], object]) -> None: ...
