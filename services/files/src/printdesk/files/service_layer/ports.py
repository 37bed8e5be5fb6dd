"""What the files use cases need from the outside world."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol, Self

from printdesk.contracts.envelope import EventEnvelope
from printdesk.files.domain.candidates import FolderFile
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


@dataclass(frozen=True)
class StoredFile:
    """The records of one job's files: its authoritative file, its metadata.json, and the student's original
    when staff chose another file to print (`original_path` is None while the original is the authoritative one).
    `status` is the job status this service last applied; `status_at` the time of that change (older changes
    arriving late are not applied); `document` the metadata.json as last written."""

    job_id: str
    upload_id: uuid.UUID
    relative_path: str
    metadata_path: str
    display_name: str
    status_folder: str
    sha256: str
    size_bytes: int
    status: str = "UPLOADED"
    status_at: datetime | None = None
    original_path: str | None = None
    document: dict[str, Any] | None = None


@dataclass(frozen=True)
class MoveIntent:
    """A change to a job's files, recorded before any file is touched, so an interrupted one is finished.

    `phase`: `copying` (nothing committed yet: redo it from the start), `cleanup` (the records point at the new
    files; `sources` are to be deleted), `done`. `change` is what to apply (see `service_layer.moves.Change`).
    """

    id: uuid.UUID
    event_id: uuid.UUID
    job_id: str
    reason: str
    change: dict[str, Any]
    phase: str = "copying"
    sources: list[str] = field(default_factory=list)
    outcome: str | None = None
    created_at: datetime | None = None


@dataclass(frozen=True)
class MetadataRead:
    """A metadata.json as found: `document` is None when it is missing or not a JSON object."""

    exists: bool
    document: dict[str, Any] | None


@dataclass(frozen=True)
class AuditEntry:
    """One admin action on the storage root, as the log keeps it."""

    id: uuid.UUID
    at: datetime
    staff_name: str
    workstation_id: str | None
    action: str
    job_id: str | None
    path: str | None
    outcome: str
    details: dict[str, Any]


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

    # The per-status folders. Paths are relative to the root; none follows a symlink.

    async def occupied(self, relative_path: str) -> bool:
        """Anything (file, folder, link) has that name."""
        ...

    async def file_facts(self, relative_path: str) -> FolderFile | None:
        """The regular file at that path (a symlink is not one), or None."""
        ...

    async def sha256(self, relative_path: str) -> str: ...

    async def copy(self, source: str, target: str, tag: str) -> None:
        """A durable copy: through a temporary file named by `tag`, fsynced, renamed over `target`, folder fsynced."""
        ...

    async def remove_abandoned_temporaries(self, cutoff: datetime) -> list[str]:
        """Delete the hidden temporary files of interrupted writes last written before `cutoff`; their paths."""
        ...

    async def write_metadata(self, relative_path: str, document: dict[str, Any]) -> None:
        """Replace the file atomically (temporary file, fsync, rename, folder fsync)."""
        ...

    async def read_metadata(self, relative_path: str) -> MetadataRead: ...

    async def remove(self, relative_path: str) -> None:
        """Delete a regular file, durably; gone already is fine. UnsafePath for a link, folder or escape."""
        ...

    async def list_folder(self, folder: str) -> list[FolderFile]:
        """The regular, visible files directly in `folder`."""
        ...

    async def scan(self) -> list[str]:
        """Every regular, visible file under the root, staging and hidden folders left out."""
        ...

    async def ensure_contained(self, relative_path: str) -> None:
        """UnsafePath unless the path, with every link resolved, is itself inside the root (no link on the way)."""
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

    async def forget_job(self, job_id: str) -> None:
        """Remove the uploads a deleted job claimed."""
        ...


class StoredFileRepository(Protocol):
    async def upsert(self, job_id: str, upload_id: uuid.UUID, placed: PlacedFile, sha256: str, size_bytes: int,
                     *, status: str = "UPLOADED", document: dict[str, Any] | None = None) -> None: ...

    async def get(self, job_id: str) -> StoredFile | None: ...

    async def lock(self, job_id: str) -> StoredFile | None:
        """The job's records, locked until the transaction ends (moves of one job run one at a time)."""
        ...

    async def lock_storage_exclusively(self) -> None:
        """Wait for every move in progress and hold off new ones until the transaction ends."""
        ...

    async def save(self, stored: StoredFile) -> None: ...

    async def delete(self, job_id: str) -> None: ...

    async def all(self) -> list[StoredFile]: ...

    async def many(self, job_ids: Iterable[str]) -> list[StoredFile]:
        """The records of those of `job_ids` that have stored files."""
        ...

    async def referenced(self, paths: Iterable[str]) -> set[str]:
        """Those of `paths` that some job's records name (its file, metadata.json or original)."""
        ...


class MoveRepository(Protocol):
    async def record(self, intent: MoveIntent) -> MoveIntent:
        """Keep `intent` unless one for the same event is kept already; return the kept one."""
        ...

    async def lock(self, intent_id: uuid.UUID) -> MoveIntent | None: ...

    async def advance(self, intent_id: uuid.UUID, phase: str, sources: list[str], outcome: str | None) -> None: ...

    async def unfinished(self, limit: int) -> list[MoveIntent]:
        """Intents not done yet, oldest first."""
        ...

    async def job_deleted(self, job_id: str) -> bool:
        """The job's files were deleted with the job (a later change of it has nothing to apply)."""
        ...

    async def reopen(self, job_id: str, outcome: str) -> int:
        """Put the job's finished intents with this outcome back to be applied (phase copying); how many."""
        ...


class StaffRoster(Protocol):
    async def active_name(self, name: str) -> str | None:
        """The roster's spelling of `name` if it is an active staff member."""
        ...


class AuditLog(Protocol):
    async def record(self, entry: AuditEntry) -> None: ...


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
    moves: MoveRepository
    staff: StaffRoster
    audit_log: AuditLog

    def sibling(self) -> UnitOfWork:
        """Another unit of work on the same database, for a transaction of its own."""
        ...

    async def __aenter__(self) -> Self: ...

    async def __aexit__(self, *exc: object) -> None: ...

    async def commit(self) -> None: ...

    async def add_event(self, envelope: EventEnvelope) -> None: ...

    def after_commit(self, callback: Callable[[], object]) -> None: ...
