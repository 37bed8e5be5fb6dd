"""Events the files service reacts to (all from the JOBS stream, one durable consumer)."""

from __future__ import annotations

from collections.abc import Callable

from printdesk.contracts.envelope import EventEnvelope
from printdesk.contracts.events import CatalogUpdated, JobChanged, JobSubmitted
from printdesk.files.domain.rules import UnknownStatus
from printdesk.files.service_layer import handlers, moves
from printdesk.files.service_layer.ports import Storage
from printdesk.kit.messaging.consumer import Handler, PoisonEvent


def handlers_for(
    storage: Storage, policy: moves.FilePolicy | None = None, wake_finisher: Callable[[], None] | None = None,
) -> dict[str, Handler]:
    policy = policy or moves.FilePolicy()

    async def on_job_submitted(event: JobSubmitted, _envelope: EventEnvelope, uow) -> None:  # noqa: ANN001
        try:
            set_aside = await handlers.store_job_file(event, uow, storage)
        except handlers.UploadMissing as exc:
            raise PoisonEvent(str(exc)) from exc
        if set_aside and wake_finisher is not None:
            uow.after_commit(wake_finisher)  # the changes that came first are applied at once

    async def on_catalog_updated(event: CatalogUpdated, _envelope: EventEnvelope, uow) -> None:  # noqa: ANN001
        try:
            await handlers.record_catalog(event.version, event.catalog, uow)
        except handlers.InvalidCatalog as exc:
            raise PoisonEvent(str(exc)) from exc

    async def on_job_changed(event: JobChanged, envelope: EventEnvelope, uow) -> None:  # noqa: ANN001
        # FileNotStoredYet (the job's JobSubmitted not handled yet) propagates: the event is retried later.
        try:
            outcome = await moves.record_job_change(event, envelope, uow, storage, policy)
        except UnknownStatus as exc:
            raise PoisonEvent(str(exc)) from exc
        if outcome is not None and wake_finisher is not None:
            uow.after_commit(wake_finisher)  # the originals are deleted as soon as the new location is committed

    return {"JobSubmitted": on_job_submitted, "CatalogUpdated": on_catalog_updated, "JobChanged": on_job_changed}
