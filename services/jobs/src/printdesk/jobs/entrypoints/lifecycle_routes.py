"""Staff routes of a job's lifecycle (API.md "jobs"; SPEC.md §4): read a job and its trail, every step,
notes, edit locks and delete. Each answers with the job as it now is (`JobDetail`)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from fastapi import APIRouter, Request, Response

from printdesk.contracts.api import (
    ApproveRequest,
    JobDetail,
    JobEventList,
    MarkPrintingRequest,
    NotesRequest,
    PaymentRequest,
    RejectRequest,
    ReviewRequest,
    StaffActionRequest,
)
from printdesk.jobs.adapters.lifecycle_store import SqlLifecycleStore, trail_of
from printdesk.jobs.domain.locks import Actor
from printdesk.jobs.entrypoints.errors import ERROR_RESPONSE, as_api_error
from printdesk.jobs.entrypoints.job_views import detail_of
from printdesk.jobs.entrypoints.job_views import trail_of as trail_view
from printdesk.jobs.service_layer import lifecycle as uc
from printdesk.jobs.service_layer.errors import UseCaseError
from printdesk.jobs.service_layer.ports import LoadedJob, UploadServiceUnavailable
from printdesk.kit.auth import Principal, StaffPrincipal
from printdesk.kit.errors import ApiError
from printdesk.kit.responses import no_store_json
from printdesk.kit.roster import require_active_staff

log = logging.getLogger(__name__)

router = APIRouter(prefix="/api/v1", tags=["jobs"])

_CHANGE = {401: ERROR_RESPONSE, 403: ERROR_RESPONSE, 404: ERROR_RESPONSE, 409: ERROR_RESPONSE, 422: ERROR_RESPONSE}


async def acting(request: Request, principal: Principal, staff_name: str) -> Actor:
    """The active roster member (canonical name) at the token's workstation, or a 422 naming the problem."""
    async with request.app.state.runtime.session_factory() as session:
        name = await require_active_staff(session, staff_name)
    return Actor(staff_name=name, workstation=principal.workstation)


def answer(loaded: LoadedJob) -> Response:
    body = detail_of(loaded, datetime.now(UTC))
    return no_store_json(body)


async def run(request: Request, job_id: str, actor: Actor, step: uc.Step) -> Response:
    try:
        loaded = await uc.change_job(request.app.state.runtime.uow(), job_id, actor, step)
    except UseCaseError as exc:
        raise as_api_error(exc) from exc
    return answer(loaded)


@router.get("/jobs/{job_id}", response_model=JobDetail, responses={401: ERROR_RESPONSE, 404: ERROR_RESPONSE},
            summary="One job with its quote, lock, payment and notes")
async def get_job(job_id: str, _: StaffPrincipal, request: Request) -> Response:
    async with request.app.state.runtime.session_factory() as session:
        loaded = await SqlLifecycleStore(session).load(job_id)
    if loaded is None:
        raise ApiError(404, "not_found", f"There is no job {job_id}.")
    return answer(loaded)


@router.get("/jobs/{job_id}/events", response_model=JobEventList, responses={401: ERROR_RESPONSE},
            summary="A job's audit trail, oldest first (hash-chained)")
async def job_events(job_id: str, _: StaffPrincipal, request: Request) -> Response:
    async with request.app.state.runtime.session_factory() as session:
        records = await trail_of(session, job_id)
    return no_store_json(trail_view(job_id, records))


@router.post("/jobs/{job_id}/approve", response_model=JobDetail, responses=_CHANGE,
             summary="Quote the print and e-mail the student a confirm link (UPLOADED → PENDING)")
async def approve(job_id: str, body: ApproveRequest, principal: StaffPrincipal, request: Request) -> Response:
    actor = await acting(request, principal, body.staff_name)
    if body.authoritative_filename:
        await _check_chosen_file(request, job_id, body.authoritative_filename)
    cmd = uc.Approve(weight_g=body.weight_g, time_hours=body.time_hours, printer=body.printer,
                     authoritative_filename=body.authoritative_filename)
    return await run(request, job_id, actor, uc.approve_step(cmd, actor, request.app.state.runtime.settings.public_url))


def caller_credentials(request: Request) -> dict[str, str]:
    """The caller's own credentials, for a read this service makes of another one on their behalf."""
    return {k: v for k, v in (("Authorization", request.headers.get("authorization")),
                              ("Cookie", request.headers.get("cookie"))) if v}


async def _check_chosen_file(request: Request, job_id: str, name: str) -> None:
    """The file staff chose must be one of the job's files right now (asked of the files service, as them)."""
    try:
        name = uc.checked_filename(name) or ""
    except UseCaseError as exc:
        raise as_api_error(exc) from exc
    try:
        names = await request.app.state.uploads.candidate_names(job_id, caller_credentials(request))
    except UploadServiceUnavailable as exc:
        log.warning("could not check a chosen file", extra={"job_id": job_id, "problem": str(exc)})
        raise ApiError(503, "unavailable", "The file service is not answering, so the chosen file cannot be "
                       "checked; try again in a minute or approve with the current file.") from exc
    if names is not None and name not in names:
        raise ApiError(422, "validation_error", "That file is not among this job's files (it may have been "
                       "moved or renamed): detect newer saves and choose again.",
                       {"authoritative_filename": f"{name} was not found beside the job's file."})


@router.post("/jobs/{job_id}/reject", response_model=JobDetail, responses=_CHANGE,
             summary="Reject with the catalog's reasons and/or a message (UPLOADED → REJECTED)")
async def reject(job_id: str, body: RejectRequest, principal: StaffPrincipal, request: Request) -> Response:
    actor = await acting(request, principal, body.staff_name)
    return await run(request, job_id, actor, uc.reject_step(body.reasons, body.custom_reason, actor))


@router.post("/jobs/{job_id}/review", response_model=JobDetail, responses=_CHANGE,
             summary="Set or clear the reviewed flag (the NEW badge)")
async def review(job_id: str, body: ReviewRequest, principal: StaffPrincipal, request: Request) -> Response:
    actor = await acting(request, principal, body.staff_name)
    return await run(request, job_id, actor, uc.simple_step(lambda job, now: job.review(actor, now, reviewed=body.reviewed)))


@router.post("/jobs/{job_id}/resend-confirmation", response_model=JobDetail, responses=_CHANGE,
             summary="E-mail the student a fresh confirm link; older links stop working (PENDING)")
async def resend(job_id: str, body: StaffActionRequest, principal: StaffPrincipal, request: Request) -> Response:
    actor = await acting(request, principal, body.staff_name)
    return await run(request, job_id, actor, uc.resend_step(actor, request.app.state.runtime.settings.public_url))


@router.post("/jobs/{job_id}/mark-printing", response_model=JobDetail, responses=_CHANGE,
             summary="Start printing on a printer (READYTOPRINT → PRINTING)")
async def mark_printing(job_id: str, body: MarkPrintingRequest, principal: StaffPrincipal, request: Request) -> Response:
    actor = await acting(request, principal, body.staff_name)
    return await run(request, job_id, actor, uc.mark_printing_step(body.printer, actor))


@router.post("/jobs/{job_id}/mark-complete", response_model=JobDetail, responses=_CHANGE,
             summary="The print is done; the student is told to pick it up (PRINTING → COMPLETED)")
async def mark_complete(job_id: str, body: StaffActionRequest, principal: StaffPrincipal, request: Request) -> Response:
    actor = await acting(request, principal, body.staff_name)
    return await run(request, job_id, actor, uc.simple_step(lambda job, now: job.mark_complete(actor, now)))


@router.post("/jobs/{job_id}/payment", response_model=JobDetail, responses=_CHANGE,
             summary="Charge by the scale grams and hand the print over (COMPLETED → PAIDPICKEDUP)")
async def payment(job_id: str, body: PaymentRequest, principal: StaffPrincipal, request: Request) -> Response:
    actor = await acting(request, principal, body.staff_name)
    return await run(request, job_id, actor, uc.payment_step(body.grams, body.txn_no, body.picked_up_by, actor))


@router.post("/jobs/{job_id}/revert-completion", response_model=JobDetail, responses=_CHANGE,
             summary="Back to printing (COMPLETED → PRINTING)")
async def revert_completion(job_id: str, body: StaffActionRequest, principal: StaffPrincipal, request: Request) -> Response:
    actor = await acting(request, principal, body.staff_name)
    return await run(request, job_id, actor, uc.simple_step(lambda job, now: job.revert_completion(actor, now)))


@router.post("/jobs/{job_id}/revert-pickup", response_model=JobDetail, responses=_CHANGE,
             summary="Undo a pickup; the payment stays in the history (PAIDPICKEDUP → COMPLETED)")
async def revert_pickup(job_id: str, body: StaffActionRequest, principal: StaffPrincipal, request: Request) -> Response:
    actor = await acting(request, principal, body.staff_name)
    return await run(request, job_id, actor, uc.simple_step(lambda job, now: job.revert_pickup(actor, now)))


@router.patch("/jobs/{job_id}/notes", response_model=JobDetail, responses=_CHANGE, summary="Replace the staff notes")
async def notes(job_id: str, body: NotesRequest, principal: StaffPrincipal, request: Request) -> Response:
    actor = await acting(request, principal, body.staff_name)
    return await run(request, job_id, actor, uc.simple_step(lambda job, now: job.update_notes(actor, now, notes=body.notes)))


@router.post("/jobs/{job_id}/lock", response_model=JobDetail, responses=_CHANGE,
             summary="Lock the card for this staff member at this workstation (5 minutes)")
async def lock(job_id: str, body: StaffActionRequest, principal: StaffPrincipal, request: Request) -> Response:
    actor = await acting(request, principal, body.staff_name)
    return await run(request, job_id, actor, uc.lock_step(actor, "acquire"))


@router.post("/jobs/{job_id}/lock/extend", response_model=JobDetail, responses=_CHANGE,
             summary="The lock's heartbeat: five more minutes (holder only)")
async def extend_lock(job_id: str, body: StaffActionRequest, principal: StaffPrincipal, request: Request) -> Response:
    actor = await acting(request, principal, body.staff_name)
    return await run(request, job_id, actor, uc.lock_step(actor, "extend"))


@router.post("/jobs/{job_id}/unlock", response_model=JobDetail, responses=_CHANGE,
             summary="Let go of the lock (holder only)")
async def unlock(job_id: str, body: StaffActionRequest, principal: StaffPrincipal, request: Request) -> Response:
    actor = await acting(request, principal, body.staff_name)
    return await run(request, job_id, actor, uc.lock_step(actor, "release"))


@router.delete("/jobs/{job_id}", status_code=204, responses=_CHANGE,
               summary="Remove an UPLOADED or PENDING job, its files and row; the trail keeps the deletion")
async def delete(job_id: str, body: StaffActionRequest, principal: StaffPrincipal, request: Request) -> Response:
    actor = await acting(request, principal, body.staff_name)
    await run(request, job_id, actor, uc.simple_step(lambda job, now: job.delete(actor, now)))
    return Response(status_code=204)
