"""Routes of a job's candidate files (staff) and the files-vs-records audit (admin) — API.md, "files"."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Path, Request

from printdesk.contracts.api import ErrorBody
from printdesk.contracts.api.files import (
    CandidateFile,
    FilesUsage,
    FilesUsageRequest,
    JobCandidates,
    PendingMove,
    StorageAuditAction,
    StorageAuditActionResult,
    StorageAuditReport,
    StorageBrokenLink,
    StorageStaleFile,
)
from printdesk.files.domain.paths import UnsafePath, extension_of
from printdesk.files.service_layer import audit_actions, storage_audit
from printdesk.kit.auth import AdminPrincipal, StaffPrincipal
from printdesk.kit.errors import ApiError

router = APIRouter(prefix="/api/v1", tags=["files"])
log = logging.getLogger(__name__)
_ERRORS = {"model": ErrorBody}
JobId = Annotated[str, Path(min_length=1, max_length=32)]


@router.get(
    "/files/jobs/{job_id}/candidates", response_model=JobCandidates, responses={404: _ERRORS},
    summary="The files beside the job's file that may be printed for it, best first",
)
async def job_candidates(job_id: JobId, request: Request, _: StaffPrincipal) -> JobCandidates:
    state = request.app.state
    try:
        found = await storage_audit.candidates_of(job_id, state.runtime.uow(), state.storage, state.file_policy)
    except storage_audit.JobNotFound:
        raise ApiError(404, "not_found", "This job has no stored file.") from None
    return JobCandidates(
        job_id=found.job_id, folder=found.folder, recommended=found.recommended,
        candidates=[
            CandidateFile(name=c.file.name, size_bytes=c.file.size_bytes, modified_at=c.file.modified_at,
                          extension=extension_of(c.file.name), is_current=c.is_current, is_original=c.is_original)
            for c in found.candidates
        ],
    )


@router.get(
    "/admin/audit/report", response_model=StorageAuditReport,
    summary="The storage root compared with the records: orphaned, stale and broken files, moves in progress",
)
async def storage_audit_report(request: Request, _: AdminPrincipal) -> StorageAuditReport:
    state = request.app.state
    report = await storage_audit.audit_report(state.runtime.uow(), state.storage)
    findings = report.findings
    return StorageAuditReport(
        generated_at=report.generated_at, clean=findings.clean, files_scanned=findings.files_scanned,
        orphaned_files=findings.orphaned_files,
        broken_links=[StorageBrokenLink(job_id=b.job_id, status=b.status, relative_path=b.relative_path,
                                        issues=list(b.issues)) for b in findings.broken_links],
        stale_files=[StorageStaleFile(path=s.path, job_id=s.job_id, job_path=s.job_path)
                     for s in findings.stale_files],
        pending_moves=[PendingMove(id=m.id, job_id=m.job_id, reason=m.reason, phase=m.phase,
                                   target_status=m.change.get("status"), created_at=m.created_at)
                       for m in report.pending_moves],
    )


@router.post(
    "/admin/audit/actions", response_model=StorageAuditActionResult,
    responses={404: _ERRORS, 409: _ERRORS, 422: _ERRORS},
    summary="A safe repair: delete an orphaned or stale file, rewrite a job's metadata, move its file into place",
)
async def storage_audit_action(body: StorageAuditAction, request: Request, principal: AdminPrincipal) -> StorageAuditActionResult:
    state = request.app.state
    cmd = audit_actions.AuditActionCommand(
        staff_name=body.staff_name, workstation_id=principal.workstation, action=body.action,
        job_id=body.job_id, path=body.path,
    )
    try:
        done = await audit_actions.perform(cmd, state.runtime.uow(), state.storage, state.file_policy)
    except audit_actions.UnknownStaff:
        shown = " ".join(body.staff_name.split()) or body.staff_name
        raise ApiError(422, "unknown_staff", f'"{shown}" is not an active staff member.',
                       {"staff_name": "not an active staff member"}) from None
    except audit_actions.MissingInput as exc:
        raise ApiError(422, "validation_error", str(exc), {exc.field: "required"}) from None
    except UnsafePath as exc:
        log.warning("storage action refused: unsafe path", extra={"action": body.action, "path": (body.path or "")[:300],
                                                                 "workstation": principal.workstation})
        raise ApiError(409, "unsafe_path", f"Refused: {exc}", {"path": str(exc)}) from None
    except audit_actions.ActionRefused as exc:
        raise ApiError(409, exc.code, exc.message) from None
    except audit_actions.FileGone:
        raise ApiError(404, "not_found", "There is no such file under the storage root.", {"path": "not found"}) from None
    except storage_audit.JobNotFound:
        raise ApiError(404, "not_found", "This job has no stored file.", {"job_id": "not found"}) from None
    log.info("storage action done", extra={"action": done.action, "staff_name": done.staff_name,
                                           "workstation": principal.workstation, "job_id": done.job_id,
                                           "path": done.path, "outcome": done.outcome})
    return StorageAuditActionResult(id=done.id, action=done.action, staff_name=done.staff_name,  # type: ignore[arg-type]
                                    job_id=done.job_id, path=done.path, outcome=done.outcome)


@router.post(
    "/files/usage", response_model=FilesUsage, responses={422: _ERRORS},
    summary="What the given jobs' files take on disk (a retention preview's bytes)",
)
async def files_usage(body: FilesUsageRequest, request: Request, _: AdminPrincipal) -> FilesUsage:
    state = request.app.state
    found = await storage_audit.usage_of(body.job_ids, state.runtime.uow(), state.storage)
    return FilesUsage(jobs=found.jobs, files=found.files, bytes=found.bytes)
