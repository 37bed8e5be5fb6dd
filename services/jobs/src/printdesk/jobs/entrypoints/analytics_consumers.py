"""The analytics read model follows the service's own events: each job change refreshes that job's facts.

The refresh recomputes the row from the job's current state, so an event delivered twice or out of order
leaves the same row; the inbox (one row per event id and consumer) skips exact redeliveries.
"""

from __future__ import annotations

from printdesk.contracts.envelope import EventEnvelope
from printdesk.contracts.events import JobChanged, JobSubmitted
from printdesk.jobs.adapters.analytics_store import refresh_job
from printdesk.kit.messaging.consumer import Handler
from printdesk.kit.runtime import ConsumerSpec


async def on_job_event(event: JobSubmitted | JobChanged, _envelope: EventEnvelope, uow) -> None:  # noqa: ANN001
    await refresh_job(uow.session, event.job_id)


HANDLERS: dict[str, Handler] = {"JobSubmitted": on_job_event, "JobChanged": on_job_event}


def analytics_consumer_spec() -> ConsumerSpec:
    return ConsumerSpec(durable="analytics", stream="JOBS", handlers=HANDLERS)
