"""Events the jobs service reacts to."""

from __future__ import annotations

from printdesk.contracts.envelope import EventEnvelope
from printdesk.contracts.events import FileOpenedInSlicer, FileStored
from printdesk.jobs.service_layer import handlers
from printdesk.kit.messaging.consumer import Handler


async def on_file_stored(event: FileStored, _envelope: EventEnvelope, uow) -> None:  # noqa: ANN001
    await handlers.record_file_stored(event, uow)


async def on_file_opened(event: FileOpenedInSlicer, envelope: EventEnvelope, uow) -> None:  # noqa: ANN001
    await handlers.record_file_opened(event, envelope.occurred_at, uow)


HANDLERS: dict[str, Handler] = {"FileStored": on_file_stored, "FileOpenedInSlicer": on_file_opened}
