"""SQLAlchemy repositories of the files service."""

from __future__ import annotations

import uuid
from dataclasses import asdict

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from printdesk.files.adapters.orm import stored_files, uploads
from printdesk.files.service_layer.ports import PlacedFile, Upload


class SqlUploadRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, upload: Upload) -> None:
        await self.session.execute(sa.insert(uploads).values(**asdict(upload)))

    async def get(self, upload_id: uuid.UUID) -> Upload | None:
        row = (
            await self.session.execute(
                sa.select(*[uploads.c[name] for name in Upload.__dataclass_fields__]).where(uploads.c.id == upload_id)
            )
        ).mappings().first()
        return Upload(**row) if row else None

    async def mark_claimed(self, upload_id: uuid.UUID, job_id: str) -> None:
        await self.session.execute(
            sa.update(uploads).where(uploads.c.id == upload_id).values(job_id=job_id, claimed_at=sa.func.now())
        )


class SqlStoredFileRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def upsert(self, job_id: str, upload_id: uuid.UUID, placed: PlacedFile, sha256: str, size_bytes: int) -> None:
        values = {
            "job_id": job_id, "upload_id": upload_id, "relative_path": placed.relative_path,
            "metadata_path": placed.metadata_path, "display_name": placed.display_name,
            "status_folder": placed.folder, "sha256": sha256, "size_bytes": size_bytes,
        }
        statement = insert(stored_files).values(**values)
        await self.session.execute(
            statement.on_conflict_do_update(
                index_elements=[stored_files.c.job_id],
                set_={**{k: statement.excluded[k] for k in values if k != "job_id"}, "updated_at": sa.func.now()},
            )
        )
