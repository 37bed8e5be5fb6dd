"""Use cases of the files service."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import PurePosixPath

from printdesk.contracts import events as contract
from printdesk.contracts.envelope import Actor
from printdesk.files.domain.rules import (
    STATUS_FOLDERS,
    check_content,
    sanitize_filename,
    storage_base_name,
    upload_kind,
)
from printdesk.files.service_layer.ports import MeshAnalyzer, Storage, UnitOfWork, Upload

PRODUCER = "files"


class UploadMissing(LookupError):
    """A job refers to an upload this service never accepted: it can never be stored."""


async def accept_upload(
    filename: str,
    chunks: AsyncIterator[bytes],
    *,
    uow: UnitOfWork,
    storage: Storage,
    analyzer: MeshAnalyzer,
    max_bytes: int,
) -> Upload:
    """Stream a student's model into staging, check and measure it, and record it. Refused files leave nothing."""
    kind = upload_kind(filename)
    safe_name = sanitize_filename(filename)
    staged = await storage.stage(chunks, max_bytes, suffix=f".{kind}")
    try:
        check_content(kind, staged.head, staged.size_bytes)
        analysis = await analyzer.analyze(storage.absolute(staged.relative_path), kind)
        upload = Upload(
            id=uuid.uuid4(), original_filename=filename[:255], safe_filename=safe_name, kind=kind,
            size_bytes=staged.size_bytes, sha256=staged.sha256, staged_path=staged.relative_path,
            analysis=analysis, created_at=datetime.now(UTC),
        )
        async with uow:
            await uow.uploads.add(upload)
            await uow.commit()
    except BaseException:
        storage.discard(staged.relative_path)
        raise
    return upload


async def store_job_file(event: contract.JobSubmitted, uow: UnitOfWork, storage: Storage) -> None:
    """Place a submitted job's upload in `Uploaded/` with its metadata.json; runs inside the consumer's transaction.

    Copy first, record second, delete the staged copy only after the commit: a crash at any point
    leaves either the staged file or the placed one, and a redelivery finishes the work.
    """
    upload = await uow.uploads.get(event.upload_id)
    if upload is None:
        raise UploadMissing(f"upload {event.upload_id} of job {event.job_id} does not exist")
    folder = STATUS_FOLDERS[event.status]
    base = storage_base_name(event.student_name, event.short_id)
    extension = PurePosixPath(upload.safe_filename).suffix.lstrip(".") or upload.kind
    now = datetime.now(UTC).isoformat()
    metadata = {
        "job_id": event.job_id,
        "short_id": event.short_id,
        "student_name": event.student_name,
        "student_email": event.student_email,
        "original_filename": upload.original_filename,
        "status": event.status,
        "sha256": upload.sha256,
        "size_bytes": upload.size_bytes,
        "analysis": upload.analysis,
        "authoritative_filename": None,
        "authoritative_history": [],
        "created_at": upload.created_at.isoformat(),
        "updated_at": now,
    }
    placed = await storage.place(upload.staged_path, folder, base, extension, upload.sha256, metadata)
    await uow.stored_files.upsert(event.job_id, upload.id, placed, upload.sha256, upload.size_bytes)
    await uow.uploads.mark_claimed(upload.id, event.job_id)
    await uow.add_event(
        contract.make_event(
            contract.FileStored(
                job_id=event.job_id, upload_id=upload.id, relative_path=placed.relative_path,
                metadata_path=placed.metadata_path, display_name=placed.display_name,
                status_folder=placed.folder, sha256=upload.sha256, size_bytes=upload.size_bytes,
            ),
            producer=PRODUCER, actor=Actor.system(),
        )
    )
    uow.after_commit(lambda: storage.discard(upload.staged_path))
