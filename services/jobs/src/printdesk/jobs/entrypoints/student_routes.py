"""The student's public endpoints: submit a job (`POST /submissions`) and follow it (`GET /track/{token}`).

Both are rate-limited per client address (settings `submission_rate_*`, `tracking_rate_*`).
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request, Response

from printdesk.contracts.api import (
    JobStatus,
    SubmissionRequest,
    SubmissionResponse,
    Tracking,
    TrackingJob,
    TrackingQueue,
    TrackingQuote,
    TrackingRejection,
    TrackingStep,
)
from printdesk.jobs.adapters.lifecycle_store import SqlLifecycleStore
from printdesk.jobs.adapters.repository import SqlCatalogQueries, SqlTrackingReads
from printdesk.jobs.domain.submission import SubmissionForm
from printdesk.jobs.domain.tracking import STUDENT_LABELS
from printdesk.jobs.entrypoints.errors import ERROR_RESPONSE, as_api_error
from printdesk.jobs.service_layer import handlers
from printdesk.jobs.service_layer.errors import UseCaseError
from printdesk.jobs.service_layer.ports import LoadedJob
from printdesk.jobs.service_layer.tracking import TrackedJob, track_job
from printdesk.kit.ratelimit import enforce
from printdesk.kit.responses import no_store_json

router = APIRouter(prefix="/api/v1", tags=["jobs"])


async def _submission_quota(request: Request) -> None:
    # A dependency runs before the body is validated, so refused and malformed submissions count too.
    runtime = request.app.state.runtime
    await enforce(
        runtime.session_factory, request, name="submissions",
        limit=runtime.settings.submission_rate_limit, window_seconds=runtime.settings.submission_rate_window_seconds,
    )


async def _tracking_quota(request: Request) -> None:
    runtime = request.app.state.runtime
    await enforce(
        runtime.session_factory, request, name="tracking",
        limit=runtime.settings.tracking_rate_limit, window_seconds=runtime.settings.tracking_rate_window_seconds,
    )


@router.post(
    "/submissions",
    status_code=201,
    response_model=SubmissionResponse,
    responses={409: ERROR_RESPONSE, 422: ERROR_RESPONSE, 429: ERROR_RESPONSE, 503: ERROR_RESPONSE},
    dependencies=[Depends(_submission_quota)],
    summary="Submit a print job for an uploaded model (public)",
)
async def submit(body: SubmissionRequest, request: Request) -> SubmissionResponse:
    runtime = request.app.state.runtime
    form = SubmissionForm(**body.model_dump(exclude={"upload_id"}))
    try:
        submitted = await handlers.submit_job(
            handlers.SubmitJob(form=form, upload_id=body.upload_id), runtime.uow(), request.app.state.uploads,
            public_url=runtime.settings.public_url,
        )
    except UseCaseError as exc:
        raise as_api_error(exc) from exc
    job = submitted.job
    return SubmissionResponse(
        job_id=job.id, short_id=job.short_id, status=JobStatus(job.status),
        tracking_url=submitted.tracking_url, tracking_token=submitted.tracking_token,
    )


@router.get(
    "/track/{token}",
    response_model=Tracking,
    responses={404: ERROR_RESPONSE, 429: ERROR_RESPONSE},
    dependencies=[Depends(_tracking_quota)],
    summary="A student's job by its private tracking link: status, timeline, quote, queue and ETA (public)",
)
async def track(token: str, request: Request) -> Response:
    async with request.app.state.runtime.session_factory() as session:
        try:
            tracked = await track_job(token, SqlTrackingReads(session), request.app.state.print_time_defaults)
        except UseCaseError as exc:
            raise as_api_error(exc) from exc
        loaded = await SqlLifecycleStore(session).load(tracked.job.id)
        catalog = await SqlCatalogQueries(session).current()
    currency = catalog[1].get("currency", "USD") if catalog else "USD"
    # Private to whoever holds the link: never kept by shared caches.
    body = _tracking_body(tracked, _quote(loaded, currency) if loaded else None,
                          _rejection(loaded) if loaded else None)
    return no_store_json(body)


def _quote(loaded: LoadedJob, currency: str) -> TrackingQuote | None:
    job = loaded.lifecycle
    if job.cost is None or job.weight_g is None:
        return None
    return TrackingQuote(
        cost=job.cost.amount, currency=currency, weight_g=float(job.weight_g), time_hours=float(job.time_hours or 0),
        printer=job.printer, confirmed=job.confirmation is not None and job.confirmation.used_at is not None
        or job.status not in ("UPLOADED", "PENDING", "REJECTED"),
    )


def _rejection(loaded: LoadedJob) -> TrackingRejection | None:
    """The reasons the student was e-mailed, while the job stands rejected (archived afterwards too)."""
    job = loaded.lifecycle
    if job.status not in ("REJECTED", "ARCHIVED") or not job.rejection_reasons:
        return None
    return TrackingRejection(reasons=list(job.rejection_reasons), note=job.rejection_custom_reason or None)


def _tracking_body(tracked: TrackedJob, quote: TrackingQuote | None, rejection: TrackingRejection | None) -> Tracking:
    job, queue = tracked.job, tracked.queue
    return Tracking(
        job=TrackingJob(
            short_id=job.short_id, status=JobStatus(job.status), status_label=STUDENT_LABELS[job.status],
            print_method=job.print_method, color=job.color, printer=job.printer,
            original_filename=job.original_filename, created_at=job.created_at,
        ),
        timeline=[
            TrackingStep(status=JobStatus(s.status), label=s.label, at=s.at, state=s.state) for s in tracked.timeline
        ],
        quote=quote,
        queue=TrackingQueue(
            position=queue.position, ahead=queue.ahead, printer_hours_ahead=queue.printer_hours_ahead, eta=queue.eta
        ),
        rejection=rejection,
    )
