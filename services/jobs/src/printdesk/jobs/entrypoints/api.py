"""HTTP routes of the jobs service (API.md, "jobs")."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from printdesk.contracts.api import ErrorBody, JobCounts, JobList, JobStatus, SubmissionRequest, SubmissionResponse
from printdesk.jobs.adapters.repository import SqlJobQueries
from printdesk.jobs.domain.model import JobStatus as DomainStatus
from printdesk.jobs.service_layer import handlers
from printdesk.jobs.service_layer.errors import Conflict, InvalidInput, NotFound, Unavailable, UseCaseError
from printdesk.kit.auth import StaffPrincipal
from printdesk.kit.errors import ApiError

router = APIRouter(prefix="/api/v1", tags=["jobs"])

_ERRORS = {"model": ErrorBody}


def _as_api_error(exc: UseCaseError) -> ApiError:
    if isinstance(exc, InvalidInput):
        return ApiError(422, "validation_error", exc.message, exc.fields)
    if isinstance(exc, Conflict):
        fields = {k: str(v) for k, v in exc.context.items()}
        return ApiError(409, "conflict", exc.message, fields)
    if isinstance(exc, NotFound):
        return ApiError(404, "not_found", exc.message)
    if isinstance(exc, Unavailable):
        return ApiError(503, "unavailable", exc.message)
    return ApiError(400, "bad_request", exc.message)


@router.post(
    "/submissions",
    status_code=201,
    response_model=SubmissionResponse,
    responses={409: _ERRORS, 422: _ERRORS, 503: _ERRORS},
    summary="Submit a print job for an uploaded model (public)",
)
async def submit(body: SubmissionRequest, request: Request) -> SubmissionResponse:
    runtime = request.app.state.runtime
    try:
        job = await handlers.submit_job(
            handlers.SubmitJob(body.student_name, body.student_email, body.upload_id),
            runtime.uow(),
            request.app.state.uploads,
        )
    except UseCaseError as exc:
        raise _as_api_error(exc) from exc
    return SubmissionResponse(job_id=job.id, short_id=job.short_id, status=JobStatus(job.status))


@router.get("/jobs", response_model=JobList, responses={401: _ERRORS}, summary="List jobs of one status")
async def list_jobs(
    _: StaffPrincipal,
    request: Request,
    status: JobStatus = JobStatus.UPLOADED,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=200)] = 50,
) -> JSONResponse:
    async with request.app.state.runtime.session_factory() as session:
        rows, total = await SqlJobQueries(session).page(DomainStatus(status), page, page_size)
    body = JobList(jobs=rows, total=total, page=page, page_size=page_size)
    return JSONResponse(body.model_dump(mode="json"), headers={"Cache-Control": "no-store"})


@router.get("/jobs/counts", response_model=JobCounts, responses={401: _ERRORS}, summary="Job counts per status")
async def job_counts(_: StaffPrincipal, request: Request) -> JSONResponse:
    async with request.app.state.runtime.session_factory() as session:
        counts = await SqlJobQueries(session).counts()
    body = JobCounts(counts={JobStatus(k): v for k, v in counts.items()})
    return JSONResponse(body.model_dump(mode="json"), headers={"Cache-Control": "no-store"})
