"""The student's confirm link (public): see the quote, accept it once, or ask for a fresh link by e-mail."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Depends, Request, Response

from printdesk.contracts.api import ConfirmationView, ConfirmResendAccepted, ConfirmResendRequest, JobStatus
from printdesk.jobs.adapters.lifecycle_store import SqlLifecycleStore
from printdesk.jobs.domain.tracking import tracking_token_hash
from printdesk.jobs.entrypoints.errors import ERROR_RESPONSE, as_api_error
from printdesk.jobs.service_layer import lifecycle as uc
from printdesk.jobs.service_layer.errors import UseCaseError
from printdesk.jobs.service_layer.ports import LoadedJob
from printdesk.kit.errors import ApiError
from printdesk.kit.ratelimit import enforce
from printdesk.kit.responses import no_store_json

router = APIRouter(prefix="/api/v1", tags=["jobs"])

_NOT_VALID = "This confirmation link is not valid. Use the newest link we e-mailed you."


async def _quota(request: Request) -> None:
    # The tracking page's per-address limit also covers confirm links (both are guessed-token surfaces).
    runtime = request.app.state.runtime
    await enforce(
        runtime.session_factory, request, name="confirm",
        limit=runtime.settings.tracking_rate_limit, window_seconds=runtime.settings.tracking_rate_window_seconds,
    )


def _view(loaded: LoadedJob, state: str) -> Response:
    job, facts = loaded.lifecycle, loaded.facts
    body = ConfirmationView(
        state=state, short_id=facts.short_id, status=JobStatus(job.status), original_filename=facts.original_filename,
        print_method=facts.print_method, color=facts.color, printer=job.printer, weight_g=job.weight_g,
        time_hours=job.time_hours, cost=job.cost.amount if job.cost else None,
        expires_at=job.confirmation.expires_at if job.confirmation else None,
    )
    return no_store_json(body)


@router.get("/confirm/{token}", response_model=ConfirmationView, dependencies=[Depends(_quota)],
            responses={404: ERROR_RESPONSE, 429: ERROR_RESPONSE},
            summary="The quote behind a confirm link, and whether the link can still be used (public)")
async def view_confirmation(token: str, request: Request) -> Response:
    async with request.app.state.runtime.session_factory() as session:
        store = SqlLifecycleStore(session)
        job_id = await store.job_for_confirmation(tracking_token_hash(token))
        loaded = await store.load(job_id) if job_id else None
    if loaded is None or loaded.lifecycle.confirmation is None:
        raise ApiError(404, "not_found", _NOT_VALID)
    link = loaded.lifecycle.confirmation
    if link.used_at is not None or loaded.lifecycle.status != "PENDING":
        state = "used"
    elif datetime.now(UTC) >= link.expires_at:
        state = "expired"
    else:
        state = "open"
    return _view(loaded, state)


@router.post("/confirm/resend", status_code=202, response_model=ConfirmResendAccepted, dependencies=[Depends(_quota)],
             responses={404: ERROR_RESPONSE, 409: ERROR_RESPONSE, 422: ERROR_RESPONSE, 429: ERROR_RESPONSE},
             summary="E-mail the student a fresh confirm link for the link they have (public)")
async def request_new_confirm_link(body: ConfirmResendRequest, request: Request) -> ConfirmResendAccepted:
    runtime = request.app.state.runtime
    try:
        await uc.new_link_for_student(runtime.uow(), body.token, runtime.settings.public_url)
    except UseCaseError as exc:
        raise as_api_error(exc) from exc
    return ConfirmResendAccepted(message="A new confirmation link is on its way to the e-mail address of the job.")


@router.post("/confirm/{token}", response_model=ConfirmationView, dependencies=[Depends(_quota)],
             responses={404: ERROR_RESPONSE, 409: ERROR_RESPONSE, 410: ERROR_RESPONSE, 429: ERROR_RESPONSE},
             summary="Accept the quote: the job joins the print queue (public; the link works once, 72 h)")
async def confirm(token: str, request: Request) -> Response:
    try:
        loaded = await uc.confirm_by_token(request.app.state.runtime.uow(), token)
    except UseCaseError as exc:
        raise as_api_error(exc) from exc
    return _view(loaded, "confirmed")
