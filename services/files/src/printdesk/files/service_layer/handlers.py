"""Use cases of the files service."""

from __future__ import annotations

import functools
import logging
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import Any

from printdesk.contracts import events as contract
from printdesk.contracts.api.catalog import CatalogContent, seed_catalog
from printdesk.contracts.envelope import Actor
from printdesk.files.domain.content import check_3mf_package, check_content
from printdesk.files.domain.estimates import (
    LabRates,
    MeshFacts,
    MethodRates,
    ModelReport,
    PrinterVolume,
    describe_model,
)
from printdesk.files.domain.filenames import accept_filename
from printdesk.files.domain.rules import folder_for, storage_base_name
from printdesk.files.service_layer import moves
from printdesk.files.service_layer.ports import CatalogCopy, MeshAnalyzer, Storage, UnitOfWork, Upload

PRODUCER = "files"
log = logging.getLogger(__name__)


class UploadMissing(LookupError):
    """A job refers to an upload this service never accepted (or removed unclaimed): it can never be stored."""


class InvalidCatalog(ValueError):
    """A CatalogUpdated event whose catalog is not a valid `CatalogContent`."""


@dataclass(frozen=True)
class UploadLimits:
    max_bytes: int
    # Larger files are kept unmeasured (analysis None): the mesh library needs memory in proportion.
    analysis_max_bytes: int


async def accept_upload(
    filename: str,
    chunks: AsyncIterator[bytes],
    *,
    uow: UnitOfWork,
    storage: Storage,
    analyzer: MeshAnalyzer,
    limits: UploadLimits,
) -> Upload:
    """Stream a student's model into staging, check and measure it, and record it. Refused files leave nothing.

    The name is checked before a byte is written; the bytes while they stream (size) and once they are in
    (content sample, 3MF package); the mesh last. Any refusal or failure removes the staged file.
    """
    kind, safe_name = accept_filename(filename)
    staged = await storage.stage(chunks, limits.max_bytes, suffix=f".{kind}")
    try:
        check_content(kind, staged.sample)
        path = storage.absolute(staged.relative_path)
        if kind == "3mf":
            check_3mf_package(await analyzer.archive_entries(path), limits.max_bytes)
        facts = await analyzer.measure(path, kind) if staged.size_bytes <= limits.analysis_max_bytes else None
        async with uow:
            analysis = None
            if facts is not None:
                analysis = analysis_document(describe_model(facts, lab_rates(await current_catalog(uow))))
            upload = Upload(
                id=uuid.uuid4(), original_filename=filename, safe_filename=safe_name, kind=kind,
                size_bytes=staged.size_bytes, sha256=staged.sha256, staged_path=staged.relative_path,
                analysis=analysis, created_at=datetime.now(UTC),
            )
            await uow.uploads.add(upload)
            await uow.commit()
    except BaseException:
        storage.discard(staged.relative_path)
        raise
    return upload


async def current_catalog(uow: UnitOfWork) -> CatalogContent:
    """The latest catalog the jobs service announced, or the seed until one has arrived."""
    copy = await uow.catalog.get()
    if copy is not None:
        try:
            return CatalogContent.model_validate(copy.content)
        except ValueError:
            log.exception("stored catalog copy is invalid; estimating with the seed catalog", extra={"version": copy.version})
    return seed_catalog()


def lab_rates(catalog: CatalogContent) -> LabRates:
    return LabRates(
        currency=catalog.currency,
        minimum_charge=catalog.minimum_charge,
        methods=tuple(
            MethodRates(m.name, m.price_per_gram, m.density_g_per_cm3, m.fill_factor) for m in catalog.methods
        ),
        printers=tuple(
            PrinterVolume(p.name, p.method, tuple(float(v) for v in p.build_volume_mm))  # type: ignore[arg-type]
            for p in catalog.printers
        ),
    )


def analysis_document(report: ModelReport) -> dict[str, Any]:
    """The report in the wire shape of `MeshAnalysis` (money as strings with cents), as stored and answered."""
    facts: MeshFacts = report.facts
    return {
        "triangles": facts.triangles,
        "volume_mm3": None if facts.volume_mm3 is None else round(facts.volume_mm3, 3),
        "bbox_mm": [round(v, 3) for v in facts.bbox_mm],
        "watertight": facts.watertight,
        "unit_warning": report.unit_warning,
        "fits": [{"printer": f.printer, "method": f.method, "fits": f.fits} for f in report.fits],
        "estimates": [
            {"method": e.method, "grams": float(e.grams), "cost_low": str(e.cost_low),
             "cost_high": str(e.cost_high), "currency": e.currency}
            for e in report.estimates
        ],
    }


async def record_catalog(version: int, content: dict[str, Any], uow: UnitOfWork) -> bool:
    """Keep an announced catalog version unless a newer one is kept already; runs inside the consumer's transaction."""
    try:
        catalog = CatalogContent.model_validate(content)
    except ValueError as exc:
        raise InvalidCatalog(f"catalog version {version} is not a valid catalog: {exc}") from exc
    return await uow.catalog.save_if_newer(CatalogCopy(version, catalog.model_dump(mode="json")))


async def remove_expired_uploads(uow: UnitOfWork, storage: Storage, *, cutoff: datetime, batch: int = 500) -> int:
    """Remove uploads no submission claimed before `cutoff` (row, then file once the row is gone), and staged
    files that no upload refers to (left by a crash between writing a file and recording it). Returns how many."""
    removed = 0
    while True:
        async with uow:
            expired = await uow.uploads.unclaimed_before(cutoff, batch)
            if not expired:
                break
            # Only rows still unclaimed go (a submission may have claimed one meanwhile), and only their files.
            gone = await uow.uploads.remove([u.id for u in expired])
            for upload in expired:
                if upload.id in gone:
                    uow.after_commit(functools.partial(storage.discard, upload.staged_path))
            await uow.commit()
        removed += len(gone)
        if len(expired) < batch:
            break
    stray = storage.staged_files_older_than(cutoff)
    if stray:
        async with uow:
            in_use = await uow.uploads.staged_paths_in_use(stray)
        for path in stray:
            if path not in in_use:
                storage.discard(path)
                removed += 1
    return removed


async def store_job_file(event: contract.JobSubmitted, uow: UnitOfWork, storage: Storage) -> int:
    """Place a submitted job's upload in `Uploaded/` with its metadata.json; runs inside the consumer's transaction.

    Copy first, record second, delete the staged copy only after the commit: a crash at any point
    leaves either the staged file or the placed one, and a redelivery finishes the work. Changes of the job
    that arrived first and were set aside are put back to be applied; returns how many.
    """
    await uow.stored_files.lock(event.job_id)  # no admin delete meanwhile (of a copy an earlier attempt left)
    upload = await uow.uploads.get(event.upload_id)
    if upload is None:
        raise UploadMissing(f"upload {event.upload_id} of job {event.job_id} does not exist")
    folder = folder_for(event.status)
    base = storage_base_name(event.student_name, event.short_id, event.print_method, event.color)
    extension = PurePosixPath(upload.safe_filename).suffix.lstrip(".") or upload.kind
    now = datetime.now(UTC).isoformat()
    metadata = {
        "job_id": event.job_id,
        "short_id": event.short_id,
        "student_name": event.student_name,
        "student_email": event.student_email,
        "discipline": event.discipline,
        "class_number": event.class_number,
        "printer": event.printer,
        "color": event.color,
        "material": event.print_method,  # SPEC §5 calls the print method "material"
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
    document = {**metadata, "display_name": placed.display_name, "file_path": placed.relative_path}
    await uow.stored_files.upsert(event.job_id, upload.id, placed, upload.sha256, upload.size_bytes,
                                  status=event.status, document=document)
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
    return await moves.apply_changes_set_aside(event.job_id, uow)
