"""Handle one JobChanged exactly as the files consumer does, and freeze at a chosen step so a test can SIGKILL
this process there (run by test_interrupted_moves.py; not a test module).

    python interrupted_mover.py DATABASE_URL STORAGE_ROOT ENVELOPE_FILE STEP

STEP `copied`: freeze right after the file's copy into the new folder is durable, before anything is committed.
STEP `cleanup`: commit the move, then freeze right after the first original is deleted.
Prints FROZEN when it gets there.
"""

from __future__ import annotations

import asyncio
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from printdesk.contracts.envelope import EventEnvelope
from printdesk.contracts.events import parse_payload
from printdesk.files.adapters import orm
from printdesk.files.adapters.storage import LocalStorage
from printdesk.files.adapters.uow import FilesUnitOfWork
from printdesk.files.entrypoints.consumers import handlers_for
from printdesk.files.service_layer import moves
from printdesk.kit.db import make_engine, make_session_factory

CONSUMER = "files-jobs-events"  # the durable's name, as the service's inbox records it


def _freeze() -> None:
    print("FROZEN", flush=True)
    while True:
        time.sleep(60)


def _freeze_after(storage: LocalStorage, method: str) -> None:
    original = getattr(storage, method)

    async def then_freeze(*args: object) -> None:
        await original(*args)
        _freeze()

    setattr(storage, method, then_freeze)


async def main(database_url: str, root: str, envelope_file: str, step: str) -> None:
    storage = LocalStorage(Path(root))
    factory = make_session_factory(make_engine(database_url, pool_size=2))

    def new_uow() -> FilesUnitOfWork:
        return FilesUnitOfWork(factory, orm.outbox, orm.inbox)

    _freeze_after(storage, "copy" if step == "copied" else "remove")
    envelope = EventEnvelope.model_validate_json(Path(envelope_file).read_text())
    handler = handlers_for(storage)["JobChanged"]
    async with new_uow() as uow:  # what EventConsumer.handle does with a message
        assert await uow.claim_inbox(CONSUMER, envelope.event_id)
        await handler(parse_payload(envelope), envelope, uow)
        await uow.commit()
    await moves.finish_pending(new_uow, storage, moves.FilePolicy(), copying_before=None,
                               abandon_before=datetime.now(UTC))
    print("FINISHED WITHOUT FREEZING", flush=True)


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:5]))
