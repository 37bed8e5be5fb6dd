"""The student's tracking page: their job found by its private token, its steps and its place in the queue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from printdesk.jobs.domain.model import Job
from printdesk.jobs.domain.tracking import (
    NOT_QUEUED,
    QUEUED_STATUSES,
    PrintTimeDefaults,
    QueueEstimate,
    TimelineStep,
    estimate_queue,
    reached_at,
    timeline,
    tracking_token_hash,
)
from printdesk.jobs.service_layer.errors import NotFound
from printdesk.jobs.service_layer.ports import TrackingReads

# secrets.token_urlsafe(24) gives 32 characters; anything far longer is not one of ours.
_MAX_TOKEN_LENGTH = 128


@dataclass(frozen=True)
class TrackedJob:
    job: Job
    timeline: list[TimelineStep]
    queue: QueueEstimate


async def track_job(
    token: str, reads: TrackingReads, defaults: PrintTimeDefaults, now: datetime | None = None
) -> TrackedJob:
    """Find the job whose tracking link holds `token` (NotFound otherwise) and estimate its queue.

    The queue is the jobs on the same printer still waiting for or on it, submitted earlier; each counts
    with its approved print time, or the per-method default until staff have estimated it.
    """
    if not token or len(token) > _MAX_TOKEN_LENGTH:
        raise NotFound("No print request matches this tracking link.")
    job = await reads.job_by_tracking_hash(tracking_token_hash(token))
    if job is None:
        raise NotFound("No print request matches this tracking link.")
    queue = NOT_QUEUED
    if job.printer is not None:
        ahead = await reads.queued_ahead(job, QUEUED_STATUSES)
        queue = estimate_queue(
            job.status,
            defaults.hours(job.time_hours, job.print_method),
            [defaults.hours(hours, method) for hours, method in ahead],
            now or datetime.now(UTC),
        )
    reached = reached_at(await reads.trail(job.id))
    return TrackedJob(job=job, timeline=timeline(job.status, job.created_at, reached), queue=queue)
