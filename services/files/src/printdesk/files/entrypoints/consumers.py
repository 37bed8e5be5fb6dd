"""Events the files service reacts to (all from the JOBS stream, one durable consumer)."""

from __future__ import annotations

from printdesk.contracts.envelope import EventEnvelope
from printdesk.contracts.events import CatalogUpdated, JobSubmitted
from printdesk.files.service_layer import handlers
from printdesk.files.service_layer.ports import Storage
from printdesk.kit.messaging.consumer import Handler, PoisonEvent


def handlers_for(storage: Storage) -> dict[str, Handler]:
    async def on_job_submitted(event: JobSubmitted, _envelope: EventEnvelope, uow) -> None:  # noqa: ANN001
        try:
            await handlers.store_job_file(event, uow, storage)
        except handlers.UploadMissing as exc:
            raise PoisonEvent(str(exc)) from exc

    async def on_catalog_updated(event: CatalogUpdated, _envelope: EventEnvelope, uow) -> None:  # noqa: ANN001
        try:
            await handlers.record_catalog(event.version, event.catalog, uow)
        except handlers.InvalidCatalog as exc:
            raise PoisonEvent(str(exc)) from exc

    return {"JobSubmitted": on_job_submitted, "CatalogUpdated": on_catalog_updated}
