"""Hand-written fakes of the files ports, so the use cases run as specified without any I/O."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import AsyncIterator, Callable
from datetime import datetime
from typing import Any, Self

import pytest

from printdesk.contracts.envelope import EventEnvelope
from printdesk.files.domain.content import SNIFF_BYTES, TAIL_BYTES, ArchiveEntry, ContentSample
from printdesk.files.domain.estimates import MeshFacts
from printdesk.files.domain.rules import InvalidUpload
from printdesk.files.service_layer.ports import CatalogCopy, PlacedFile, StagedFile, Upload


class FakeStorage:
    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.mtimes: dict[str, datetime] = {}
        self.staged_count = 0

    async def stage(self, chunks: AsyncIterator[bytes], max_bytes: int, suffix: str) -> StagedFile:
        self.staged_count += 1
        path = f".incoming/{uuid.uuid4().hex}{suffix}"
        data = bytearray()
        self.files[path] = b""
        try:
            async for chunk in chunks:
                data += chunk
                if len(data) > max_bytes:
                    raise InvalidUpload("too large", status=413, code="file_too_large")
        except BaseException:
            del self.files[path]
            raise
        self.files[path] = bytes(data)
        return StagedFile(path, len(data), hashlib.sha256(data).hexdigest(),
                          ContentSample(bytes(data[:SNIFF_BYTES]), bytes(data[-TAIL_BYTES:]), len(data)))

    async def place(self, staged_path: str, folder: str, base_name: str, extension: str,
                    sha256: str, metadata: dict[str, Any]) -> PlacedFile:
        target = f"{folder}/{base_name}.{extension}"
        self.files[target] = self.files[staged_path]
        return PlacedFile(target, f"{folder}/{base_name}_metadata.json", f"{base_name}.{extension}", folder)

    def discard(self, relative_path: str) -> None:
        self.files.pop(relative_path, None)

    def absolute(self, relative_path: str) -> str:
        return f"/storage/{relative_path}"

    def staged_files_older_than(self, cutoff: datetime) -> list[str]:
        return [p for p, t in self.mtimes.items() if p in self.files and t < cutoff]


class FakeAnalyzer:
    def __init__(self, facts: MeshFacts | None = None, entries: list[ArchiveEntry] | None = None) -> None:
        self.facts = facts or MeshFacts(triangles=12, volume_mm3=8000.0, bbox_mm=(20.0, 20.0, 20.0), watertight=True)
        self.entries = entries or [ArchiveEntry("3D/3dmodel.model", 500, 2000)]
        self.failure: InvalidUpload | None = None
        self.measured: list[str] = []

    async def measure(self, absolute_path: str, kind: str) -> MeshFacts:
        self.measured.append(absolute_path)
        if self.failure:
            raise self.failure
        return self.facts

    async def archive_entries(self, absolute_path: str) -> list[ArchiveEntry]:
        return self.entries


class FakeUploads:
    def __init__(self) -> None:
        self.rows: dict[uuid.UUID, Upload] = {}

    async def add(self, upload: Upload) -> None:
        self.rows[upload.id] = upload

    async def get(self, upload_id: uuid.UUID) -> Upload | None:
        return self.rows.get(upload_id)

    async def mark_claimed(self, upload_id: uuid.UUID, job_id: str) -> None:
        from dataclasses import replace

        self.rows[upload_id] = replace(self.rows[upload_id], job_id=job_id)

    async def unclaimed_before(self, cutoff: datetime, limit: int) -> list[Upload]:
        found = sorted((u for u in self.rows.values() if u.job_id is None and u.created_at < cutoff),
                       key=lambda u: u.created_at)
        return found[:limit]

    async def remove(self, upload_ids: list[uuid.UUID]) -> set[uuid.UUID]:
        gone = {i for i in upload_ids if i in self.rows and self.rows[i].job_id is None}
        for i in gone:
            del self.rows[i]
        return gone

    async def staged_paths_in_use(self, paths: list[str]) -> set[str]:
        return {u.staged_path for u in self.rows.values() if u.job_id is None and u.staged_path in paths}


class FakeStoredFiles:
    def __init__(self) -> None:
        self.rows: dict[str, PlacedFile] = {}

    async def upsert(self, job_id: str, upload_id: uuid.UUID, placed: PlacedFile, sha256: str, size_bytes: int) -> None:
        self.rows[job_id] = placed


class FakeCatalog:
    def __init__(self) -> None:
        self.copy: CatalogCopy | None = None

    async def get(self) -> CatalogCopy | None:
        return self.copy

    async def save_if_newer(self, copy: CatalogCopy) -> bool:
        if self.copy is not None and self.copy.version >= copy.version:
            return False
        self.copy = copy
        return True


class FakeUnitOfWork:
    """Changes are kept only when committed (the repositories are snapshot on entry and restored on exit)."""

    def __init__(self) -> None:
        self.uploads = FakeUploads()
        self.stored_files = FakeStoredFiles()
        self.catalog = FakeCatalog()
        self.events: list[EventEnvelope] = []
        self.commits = 0
        self.fail_commit: Exception | None = None
        self._after: list[Callable[[], object]] = []

    async def __aenter__(self) -> Self:
        self._snapshot = (dict(self.uploads.rows), self.catalog.copy)
        self._after = []
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._snapshot is not None:
            self.uploads.rows, self.catalog.copy = self._snapshot

    async def commit(self) -> None:
        if self.fail_commit:
            raise self.fail_commit
        self.commits += 1
        self._snapshot = (dict(self.uploads.rows), self.catalog.copy)
        callbacks, self._after = self._after, []
        for callback in callbacks:
            callback()

    async def add_event(self, envelope: EventEnvelope) -> None:
        self.events.append(envelope)

    def after_commit(self, callback: Callable[[], object]) -> None:
        self._after.append(callback)


@pytest.fixture
def storage() -> FakeStorage:
    return FakeStorage()


@pytest.fixture
def analyzer() -> FakeAnalyzer:
    return FakeAnalyzer()


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()
