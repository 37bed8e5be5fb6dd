"""HTTP routes of the jobs service (API.md, "jobs"): the staff dashboard's lists here, the rest by feature."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from printdesk.contracts.api import JobCounts, JobList, JobStatus
from printdesk.jobs.adapters.repository import JobFilters, SqlJobQueries
from printdesk.jobs.domain.model import JobStatus as DomainStatus
from printdesk.jobs.entrypoints import (
    admin_job_routes,
    analytics_routes,
    catalog_routes,
    confirm_routes,
    export_routes,
    lifecycle_routes,
    retention_routes,
    stream,
    student_routes,
)
from printdesk.jobs.entrypoints.errors import ERROR_RESPONSE
from printdesk.kit.auth import StaffPrincipal
from printdesk.kit.errors import ApiError
from printdesk.kit.responses import no_store_json

router = APIRouter(prefix="/api/v1", tags=["jobs"])


def job_filters(
    search: Annotated[str | None, Query(max_length=100, description="Name, e-mail, class or Job ID")] = None,
    printer: Annotated[str | None, Query(max_length=60)] = None,
    method: Annotated[str | None, Query(max_length=40)] = None,
    discipline: Annotated[str | None, Query(max_length=60)] = None,
    created_from: Annotated[datetime | None, Query(alias="from", description="Submitted at or after")] = None,
    created_to: Annotated[datetime | None, Query(alias="to", description="Submitted before")] = None,
) -> JobFilters:
    if created_from and created_to and created_from >= created_to:
        raise ApiError(422, "validation_error", "The date range ends before it starts.",
                       {"to": "must be after from"})
    return JobFilters(search=search, printer=printer, method=method, discipline=discipline,
                      created_from=created_from, created_to=created_to)


Filters = Annotated[JobFilters, Depends(job_filters)]


@router.get("/jobs", response_model=JobList, responses={401: ERROR_RESPONSE, 422: ERROR_RESPONSE},
            summary="List jobs of one status, searched and filtered")
async def list_jobs(
    _: StaffPrincipal,
    request: Request,
    filters: Filters,
    status: JobStatus = JobStatus.UPLOADED,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=200)] = 50,
) -> Response:
    async with request.app.state.runtime.session_factory() as session:
        rows, total = await SqlJobQueries(session).page(DomainStatus(status), page, page_size, filters)
    body = JobList(jobs=rows, total=total, page=page, page_size=page_size)
    return no_store_json(body)


@router.get("/jobs/counts", response_model=JobCounts, responses={401: ERROR_RESPONSE, 422: ERROR_RESPONSE},
            summary="Job counts per status (matching the same search and filters as the list)")
async def job_counts(_: StaffPrincipal, request: Request, filters: Filters) -> Response:
    async with request.app.state.runtime.session_factory() as session:
        counts = await SqlJobQueries(session).counts(filters)
    body = JobCounts(counts={JobStatus(k): v for k, v in counts.items()})
    return no_store_json(body)


# Fixed paths (/jobs/counts, /jobs/stream) before /jobs/{job_id}.
ROUTERS = [
    router, stream.router, lifecycle_routes.router, admin_job_routes.router, student_routes.router,
    confirm_routes.router, catalog_routes.router, export_routes.router,
    retention_routes.router, analytics_routes.router,
]
