"""The background loop that removes staged uploads no submission claimed in time (24 h by default), and the
temporary files that interrupted copies and metadata writes left in the status folders (after an hour)."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta

from printdesk.files.service_layer import handlers
from printdesk.files.service_layer.ports import Storage
from printdesk.kit.runtime import ServiceRuntime

log = logging.getLogger(__name__)

# A temporary file is written to continuously until it is renamed into place; one untouched for an hour
# belongs to a process that died (a move still wanted is redone and writes its temporary file afresh).
TEMPORARY_MAX_AGE = timedelta(hours=1)


class StagingSweeper:
    def __init__(self, storage: Storage, *, max_age: timedelta, interval_seconds: float) -> None:
        self.storage = storage
        self.max_age = max_age
        self.interval_seconds = interval_seconds

    async def sweep_once(self, runtime: ServiceRuntime) -> int:
        removed = await handlers.remove_expired_uploads(
            runtime.uow(), self.storage, cutoff=datetime.now(UTC) - self.max_age,  # type: ignore[arg-type]
        )
        if removed:
            log.info("removed unclaimed staged uploads", extra={"count": removed})
        temporaries = await self.storage.remove_abandoned_temporaries(datetime.now(UTC) - TEMPORARY_MAX_AGE)
        if temporaries:
            log.info("removed temporary files of interrupted writes", extra={"paths": temporaries[:20],
                                                                             "count": len(temporaries)})
        return removed + len(temporaries)

    async def run(self, runtime: ServiceRuntime) -> None:
        while not runtime.stopping:
            await self.sweep_once(runtime)
            # In short naps, so a stopping service is not kept waiting for the whole interval.
            deadline = asyncio.get_running_loop().time() + self.interval_seconds
            while not runtime.stopping and (left := deadline - asyncio.get_running_loop().time()) > 0:
                await asyncio.sleep(min(left, 0.5))
