"""Events the notify service reacts to. Handlers run inside the kit consumer's unit of work, which commits."""

from __future__ import annotations

from printdesk.contracts.envelope import EventEnvelope
from printdesk.contracts.events import JobSubmitted
from printdesk.kit.messaging.consumer import Handler
from printdesk.notify.service_layer import handlers
from printdesk.notify.service_layer.ports import EmailRenderer, UnitOfWork


def make_handlers(renderer: EmailRenderer) -> dict[str, Handler]:
    async def on_job_submitted(event: JobSubmitted, envelope: EventEnvelope, uow: UnitOfWork) -> None:
        await handlers.queue_submission_received(event, uow, renderer, source_event_id=envelope.event_id)

    return {"JobSubmitted": on_job_submitted}
