"""`POST /admin/archive` and `POST /admin/prune` (admin): retention, previewed with `dry_run` (the default);
`GET /admin/retention/schedule`: whether it also runs by itself, and when next."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request

from printdesk.contracts.api import RetentionReportBody, RetentionRequest, RetentionSchedule
from printdesk.jobs.entrypoints.errors import ERROR_RESPONSE
from printdesk.jobs.entrypoints.lifecycle_routes import acting, caller_credentials
from printdesk.jobs.entrypoints.retention_runs import next_scheduled_run, perform, retention_ages
from printdesk.jobs.service_layer.ports import UploadServiceUnavailable
from printdesk.kit.auth import AdminPrincipal, Principal

router = APIRouter(prefix="/api/v1/admin", tags=["jobs"])
log = logging.getLogger(__name__)

_RESPONSES = {401: ERROR_RESPONSE, 403: ERROR_RESPONSE, 422: ERROR_RESPONSE}


async def _run(kind: str, body: RetentionRequest, principal: Principal, request: Request) -> RetentionReportBody:
    actor = await acting(request, principal, body.staff_name)

    async def measure(job_ids: list[str]) -> tuple[int, int] | None:
        try:
            return await request.app.state.uploads.usage(job_ids, caller_credentials(request))
        except UploadServiceUnavailable as exc:  # the counts still stand; the bytes are shown as unknown
            log.warning("could not measure the retention batch's files", extra={"problem": str(exc)})
            return None

    report = await perform(request.app.state.runtime, kind, older_than_days=body.older_than_days,
                           dry_run=body.dry_run, actor=actor, measure=measure)
    return RetentionReportBody(
        kind=kind, dry_run=report.dry_run, older_than_days=report.older_than_days, cutoff=report.cutoff,
        matched=report.matched, job_ids=report.job_ids, done=report.done,
        skipped=[{"job_id": k, "reason": v} for k, v in report.skipped.items()], files=report.files,
        bytes=report.bytes,
    )


@router.post("/archive", response_model=RetentionReportBody, responses=_RESPONSES,
             summary="Archive picked-up and rejected jobs unchanged for N days (dry run by default)")
async def archive(body: RetentionRequest, principal: AdminPrincipal, request: Request) -> RetentionReportBody:
    return await _run("archive", body, principal, request)


@router.post("/prune", response_model=RetentionReportBody, responses=_RESPONSES,
             summary="Remove archived jobs (files and rows; the trail stays) archived for N days (dry run by default)")
async def prune(body: RetentionRequest, principal: AdminPrincipal, request: Request) -> RetentionReportBody:
    return await _run("prune", body, principal, request)


@router.get("/retention/schedule", response_model=RetentionSchedule, responses=_RESPONSES,
            summary="Whether retention also runs by itself every day, when next, and with which ages")
async def retention_schedule(_: AdminPrincipal, request: Request) -> RetentionSchedule:
    settings = request.app.state.runtime.settings
    ages = await retention_ages(request.app.state.runtime)
    return RetentionSchedule(
        enabled=settings.retention_daily_at is not None, daily_at=settings.retention_daily_at,
        time_zone=ages.time_zone, prune=settings.retention_daily_at is not None and settings.retention_prune_on_schedule,
        next_run_at=next_scheduled_run(settings, ages.time_zone), archive_after_days=ages.archive_after_days,
        prune_after_days=ages.prune_after_days,
    )
