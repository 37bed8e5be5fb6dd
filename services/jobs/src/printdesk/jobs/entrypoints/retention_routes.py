"""`POST /admin/archive` and `POST /admin/prune` (admin): retention, previewed with `dry_run` (the default)."""

from __future__ import annotations

from fastapi import APIRouter, Request

from printdesk.contracts.api import CatalogContent, RetentionReportBody, RetentionRequest
from printdesk.jobs.adapters.repository import SqlCatalogQueries, SqlRetentionQueries
from printdesk.jobs.entrypoints.errors import ERROR_RESPONSE
from printdesk.jobs.entrypoints.lifecycle_routes import acting
from printdesk.jobs.service_layer.retention import run_retention
from printdesk.kit.auth import AdminPrincipal, Principal

router = APIRouter(prefix="/api/v1/admin", tags=["jobs"])

_RESPONSES = {401: ERROR_RESPONSE, 403: ERROR_RESPONSE, 422: ERROR_RESPONSE}


async def _run(kind: str, body: RetentionRequest, principal: Principal, request: Request) -> RetentionReportBody:
    runtime = request.app.state.runtime
    actor = await acting(request, principal, body.staff_name)
    days = body.older_than_days
    if days is None:
        async with runtime.session_factory() as session:
            current = await SqlCatalogQueries(session).current()
        field = f"{kind}_after_days"
        # The catalog's age, or the catalog model's own default while the catalog is not set up.
        days = (getattr(CatalogContent.model_validate(current[1]), field) if current
                else CatalogContent.model_fields[field].default)

    async def find_due(statuses, cutoff, limit):  # noqa: ANN001, ANN202
        async with runtime.session_factory() as session:
            return await SqlRetentionQueries(session).due(statuses, cutoff, limit)

    report = await run_retention(kind, older_than_days=days, dry_run=body.dry_run, actor=actor, find_due=find_due,
                                 uow_factory=runtime.uow)
    return RetentionReportBody(
        kind=kind, dry_run=report.dry_run, older_than_days=report.older_than_days, cutoff=report.cutoff,
        matched=report.matched, job_ids=report.job_ids, done=report.done,
        skipped=[{"job_id": k, "reason": v} for k, v in report.skipped.items()],
    )


@router.post("/archive", response_model=RetentionReportBody, responses=_RESPONSES,
             summary="Archive picked-up and rejected jobs unchanged for N days (dry run by default)")
async def archive(body: RetentionRequest, principal: AdminPrincipal, request: Request) -> RetentionReportBody:
    return await _run("archive", body, principal, request)


@router.post("/prune", response_model=RetentionReportBody, responses=_RESPONSES,
             summary="Remove archived jobs (files and rows; the trail stays) archived for N days (dry run by default)")
async def prune(body: RetentionRequest, principal: AdminPrincipal, request: Request) -> RetentionReportBody:
    return await _run("prune", body, principal, request)
