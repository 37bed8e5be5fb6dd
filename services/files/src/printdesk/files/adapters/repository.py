"""SQLAlchemy repositories of the files service."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import asdict
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from printdesk.files.adapters.orm import stored_files, uploads
from printdesk.files.service_layer.ports import PlacedFile, StoredFile, Upload

_UPLOAD_COLUMNS = [uploads.c[name] for name in Upload.__dataclass_fields__]
_STORED_COLUMNS = [stored_files.c[name] for name in StoredFile.__dataclass_fields__]
# Moves take this lock shared, an admin's delete exclusively: a file is never deleted while a move may name it.
STORAGE_LOCK = 0x66696C65


class SqlUploadRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, upload: Upload) -> None:
        await self.session.execute(sa.insert(uploads).values(**asdict(upload)))

    async def get(self, upload_id: uuid.UUID) -> Upload | None:
        row = (await self.session.execute(sa.select(*_UPLOAD_COLUMNS).where(uploads.c.id == upload_id))).mappings().first()
        return Upload(**row) if row else None

    async def mark_claimed(self, upload_id: uuid.UUID, job_id: str) -> None:
        await self.session.execute(
            sa.update(uploads).where(uploads.c.id == upload_id).values(job_id=job_id, claimed_at=sa.func.now())
        )

    async def unclaimed_before(self, cutoff: datetime, limit: int) -> list[Upload]:
        rows = (
            await self.session.execute(
                sa.select(*_UPLOAD_COLUMNS)
                .where(uploads.c.job_id.is_(None), uploads.c.created_at < cutoff)
                .order_by(uploads.c.created_at)
                .limit(limit)
                .with_for_update(skip_locked=True)
            )
        ).mappings().all()
        return [Upload(**row) for row in rows]

    async def remove(self, upload_ids: list[uuid.UUID]) -> set[uuid.UUID]:
        if not upload_ids:
            return set()
        result = await self.session.execute(
            sa.delete(uploads).where(uploads.c.id.in_(upload_ids), uploads.c.job_id.is_(None)).returning(uploads.c.id)
        )
        return set(result.scalars())

    async def staged_paths_in_use(self, paths: list[str]) -> set[str]:
        if not paths:
            return set()
        result = await self.session.execute(
            sa.select(uploads.c.staged_path).where(uploads.c.staged_path.in_(paths), uploads.c.job_id.is_(None))
        )
        return set(result.scalars())

    async def forget_job(self, job_id: str) -> None:
        await self.session.execute(sa.delete(uploads).where(uploads.c.job_id == job_id))


class SqlStoredFileRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def upsert(self, job_id: str, upload_id: uuid.UUID, placed: PlacedFile, sha256: str, size_bytes: int,
                     *, status: str = "UPLOADED", document: dict[str, Any] | None = None) -> None:
        values = {
            "job_id": job_id, "upload_id": upload_id, "relative_path": placed.relative_path,
            "metadata_path": placed.metadata_path, "display_name": placed.display_name,
            "status_folder": placed.folder, "sha256": sha256, "size_bytes": size_bytes,
            "status": status, "document": document,
        }
        statement = insert(stored_files).values(**values)
        await self.session.execute(
            statement.on_conflict_do_update(
                index_elements=[stored_files.c.job_id],
                set_={**{k: statement.excluded[k] for k in values if k != "job_id"}, "updated_at": sa.func.now()},
            )
        )

    async def get(self, job_id: str) -> StoredFile | None:
        row = (await self.session.execute(
            sa.select(*_STORED_COLUMNS).where(stored_files.c.job_id == job_id)
        )).mappings().first()
        return StoredFile(**row) if row else None

    async def lock(self, job_id: str) -> StoredFile | None:
        await self.session.execute(sa.select(sa.func.pg_advisory_xact_lock_shared(STORAGE_LOCK)))
        row = (await self.session.execute(
            sa.select(*_STORED_COLUMNS).where(stored_files.c.job_id == job_id).with_for_update()
        )).mappings().first()
        return StoredFile(**row) if row else None

    async def lock_storage_exclusively(self) -> None:
        await self.session.execute(sa.select(sa.func.pg_advisory_xact_lock(STORAGE_LOCK)))

    async def save(self, stored: StoredFile) -> None:
        values = {k: v for k, v in asdict(stored).items() if k != "job_id"}
        await self.session.execute(
            sa.update(stored_files).where(stored_files.c.job_id == stored.job_id)
            .values(**values, updated_at=sa.func.now())
        )

    async def delete(self, job_id: str) -> None:
        await self.session.execute(sa.delete(stored_files).where(stored_files.c.job_id == job_id))

    async def all(self) -> list[StoredFile]:
        rows = (await self.session.execute(sa.select(*_STORED_COLUMNS).order_by(stored_files.c.job_id))).mappings()
        return [StoredFile(**row) for row in rows]

    async def many(self, job_ids: Iterable[str]) -> list[StoredFile]:
        wanted = list(set(job_ids))
        if not wanted:
            return []
        rows = (await self.session.execute(
            sa.select(*_STORED_COLUMNS).where(stored_files.c.job_id.in_(wanted))
        )).mappings()
        return [StoredFile(**row) for row in rows]

    async def referenced(self, paths: Iterable[str]) -> set[str]:
        wanted = list(set(paths))
        if not wanted:
            return set()
        found: set[str] = set()
        for column in (stored_files.c.relative_path, stored_files.c.metadata_path, stored_files.c.original_path):
            found.update((await self.session.execute(sa.select(column).where(column.in_(wanted)))).scalars())
        return found
