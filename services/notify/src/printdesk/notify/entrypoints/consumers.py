"""Events the notify service reacts to (all from the JOBS stream, one durable consumer).

Handlers run inside the kit consumer's unit of work, which records the event in the inbox and commits
with the queued message: a redelivered event queues nothing twice. An event that can never succeed (an
invalid catalog, an address no e-mail can go to) is terminated; anything else is retried.
"""

from __future__ import annotations

from printdesk.contracts import events as contract
from printdesk.contracts.envelope import EventEnvelope
from printdesk.kit.messaging.consumer import Handler, PoisonEvent
from printdesk.notify.service_layer import handlers, lab_catalog
from printdesk.notify.service_layer.ports import EmailRenderer, UnitOfWork


def make_handlers(renderer: EmailRenderer) -> dict[str, Handler]:
    async def on_job_submitted(event: contract.JobSubmitted, envelope: EventEnvelope, uow: UnitOfWork) -> None:
        await handlers.queue_submission_received(event, uow, renderer, source_event_id=envelope.event_id)

    async def on_confirmation_link_issued(
        event: contract.ConfirmationLinkIssued, envelope: EventEnvelope, uow: UnitOfWork
    ) -> None:
        await handlers.queue_quote_to_confirm(
            event, uow, renderer, issued_at=envelope.occurred_at, source_event_id=envelope.event_id
        )

    async def on_job_rejected(event: contract.JobRejected, envelope: EventEnvelope, uow: UnitOfWork) -> None:
        await handlers.queue_submission_rejected(event, uow, renderer, source_event_id=envelope.event_id)

    async def on_job_changed(event: contract.JobChanged, envelope: EventEnvelope, uow: UnitOfWork) -> None:
        await handlers.cancel_pickup_reminders(event, uow)
        await handlers.queue_ready_for_pickup(event, uow, renderer, source_event_id=envelope.event_id)

    async def on_catalog_updated(event: contract.CatalogUpdated, _envelope: EventEnvelope, uow: UnitOfWork) -> None:
        await lab_catalog.record_catalog(event, uow)

    def terminating_poison(handler: Handler) -> Handler:
        async def handle(event, envelope: EventEnvelope, uow) -> None:  # noqa: ANN001
            try:
                await handler(event, envelope, uow)
            except (handlers.UndeliverableEmail, lab_catalog.InvalidCatalog) as exc:
                raise PoisonEvent(str(exc)) from exc

        return handle

    return {
        name: terminating_poison(handler)
        for name, handler in {
            "JobSubmitted": on_job_submitted,
            "ConfirmationLinkIssued": on_confirmation_link_issued,
            "JobRejected": on_job_rejected,
            "JobChanged": on_job_changed,
            "CatalogUpdated": on_catalog_updated,
        }.items()
    }
