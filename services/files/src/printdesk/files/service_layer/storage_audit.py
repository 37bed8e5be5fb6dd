"""The files-vs-records audit report and a job's candidate files: reads of the records and the storage root."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from printdesk.files.domain.audit import AuditFindings, JobRecord, MetadataSeen, audit
from printdesk.files.domain.candidates import FolderFile, JobNames, job_candidates
from printdesk.files.domain.paths import folder_of, name_of
from printdesk.files.service_layer.moves import FilePolicy
from printdesk.files.service_layer.ports import MoveIntent, Storage, StoredFile, UnitOfWork


class JobNotFound(LookupError):
    """No stored file is recorded for that job."""


@dataclass(frozen=True)
class AuditReport:
    findings: AuditFindings
    pending_moves: list[MoveIntent]
    generated_at: datetime


@dataclass(frozen=True)
class Candidate:
    file: FolderFile
    is_current: bool
    is_original: bool


@dataclass(frozen=True)
class CandidateList:
    job_id: str
    folder: str
    candidates: list[Candidate]

    @property
    def recommended(self) -> str | None:
        return self.candidates[0].file.name if self.candidates else None


def job_record(stored: StoredFile) -> JobRecord:
    return JobRecord(job_id=stored.job_id, status=stored.status, relative_path=stored.relative_path,
                     metadata_path=stored.metadata_path, original_path=stored.original_path)


async def audit_report(uow: UnitOfWork, storage: Storage) -> AuditReport:
    """Records and disk compared while moves wait (so a move half-way never shows as a problem)."""
    async with uow:
        await uow.stored_files.lock_storage_exclusively()
        stored = await uow.stored_files.all()
        pending = await uow.moves.unfinished(limit=1000)
        scanned = await storage.scan()
        present = set(scanned)
        metadata = {}
        for row in stored:
            if row.metadata_path in present:
                read = await storage.read_metadata(row.metadata_path)
                document = read.document
                metadata[row.job_id] = MetadataSeen(
                    readable=document is not None,
                    status=None if document is None else document.get("status"),
                    file_path=None if document is None else document.get("file_path"),
                )
    scheduled = {source for intent in pending if intent.phase == "cleanup" for source in intent.sources}
    findings = audit([job_record(r) for r in stored], scanned, metadata, scheduled_for_deletion=scheduled)
    return AuditReport(findings=findings, pending_moves=pending, generated_at=datetime.now(UTC))


async def document_of(stored: StoredFile, storage: Storage) -> dict[str, Any]:
    """The metadata document as recorded, or as the metadata.json holds it (records older than issue 6)."""
    if stored.document is not None:
        return stored.document
    return (await storage.read_metadata(stored.metadata_path)).document or {}


async def candidates_of(job_id: str, uow: UnitOfWork, storage: Storage, policy: FilePolicy) -> CandidateList:
    """The files in the folder of the job's file that may be printed for it, best first (SPEC §5)."""
    async with uow:
        stored = await uow.stored_files.get(job_id)
    if stored is None:
        raise JobNotFound(job_id)
    document = await document_of(stored, storage)
    folder = folder_of(stored.relative_path)
    originals = {str(document["original_filename"])} if document.get("original_filename") else set()
    original = stored.original_path or stored.relative_path
    originals.add(name_of(original))
    names = JobNames(job_id=job_id, short_id=str(document.get("short_id") or ""),
                     current_name=stored.display_name, original_names=frozenset(originals))
    found = job_candidates(await storage.list_folder(folder), names,
                           allowed=policy.allowed_extensions, priority=policy.extension_priority)
    return CandidateList(job_id=job_id, folder=folder, candidates=[
        Candidate(file=f, is_current=f.name == name_of(stored.relative_path),
                  is_original=folder_of(original) == folder and f.name == name_of(original))
        for f in found
    ])


@dataclass(frozen=True)
class Usage:
    jobs: int
    files: int
    bytes: int


async def usage_of(job_ids: list[str], uow: UnitOfWork, storage: Storage) -> Usage:
    """What the jobs' files take on disk (the file, its metadata.json, the original if kept apart): what a
    prune frees, or an archive moves."""
    async with uow:
        stored = await uow.stored_files.many(job_ids)
    files = total = 0
    for record in stored:
        for path in {p for p in (record.relative_path, record.metadata_path, record.original_path) if p}:
            facts = await storage.file_facts(path)
            if facts is not None:
                files += 1
                total += facts.size_bytes
    return Usage(jobs=len(stored), files=files, bytes=total)
