"""Admin overrides of a job's lifecycle (SPEC.md §4): each needs a reason and lands on the trail."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from printdesk.contracts.api import AdminReasonRequest, ChangeStatusRequest, JobDetail
from printdesk.jobs.domain.model import JobStatus
from printdesk.jobs.entrypoints.lifecycle_routes import _CHANGE, acting, run
from printdesk.jobs.service_layer import lifecycle as uc
from printdesk.kit.auth import AdminPrincipal

router = APIRouter(prefix="/api/v1/admin", tags=["jobs"])


@router.post("/jobs/{job_id}/force-unlock", response_model=JobDetail, responses=_CHANGE,
             summary="Clear whoever's edit lock")
async def force_unlock(job_id: str, body: AdminReasonRequest, principal: AdminPrincipal, request: Request) -> Response:
    actor = await acting(request, principal, body.staff_name)
    return await run(request, job_id, actor,
                     uc.simple_step(lambda job, now: job.force_unlock(actor, now, reason=body.reason)))


@router.post("/jobs/{job_id}/force-confirm", response_model=JobDetail, responses=_CHANGE,
             summary="Confirm for the student (PENDING → READYTOPRINT)")
async def force_confirm(job_id: str, body: AdminReasonRequest, principal: AdminPrincipal, request: Request) -> Response:
    actor = await acting(request, principal, body.staff_name)
    return await run(request, job_id, actor,
                     uc.simple_step(lambda job, now: job.force_confirm(actor, now, reason=body.reason)))


@router.post("/jobs/{job_id}/mark-failed", response_model=JobDetail, responses=_CHANGE,
             summary="The print failed: back to the queue with the same quote (PRINTING → READYTOPRINT)")
async def mark_failed(job_id: str, body: AdminReasonRequest, principal: AdminPrincipal, request: Request) -> Response:
    actor = await acting(request, principal, body.staff_name)
    return await run(request, job_id, actor,
                     uc.simple_step(lambda job, now: job.mark_failed(actor, now, reason=body.reason)))


@router.post("/jobs/{job_id}/change-status", response_model=JobDetail, responses=_CHANGE,
             summary="Put the job in any status (the file follows)")
async def change_status(job_id: str, body: ChangeStatusRequest, principal: AdminPrincipal, request: Request) -> Response:
    actor = await acting(request, principal, body.staff_name)
    target = JobStatus(body.new_status.value)
    return await run(request, job_id, actor, uc.simple_step(
        lambda job, now: job.change_status(actor, now, new_status=target, reason=body.reason)))
