"""The background loop that removes staged uploads no submission claimed in time (24 h by default)."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta

from printdesk.files.service_layer import handlers
from printdesk.files.service_layer.ports import Storage
from printdesk.kit.runtime import ServiceRuntime

log = logging.getLogger(__name__)


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
        return removed

    async def run(self, runtime: ServiceRuntime) -> None:
        while not runtime.stopping:
            await self.sweep_once(runtime)
            # In short naps, so a stopping service is not kept waiting for the whole interval.
            deadline = asyncio.get_running_loop().time() + self.interval_seconds
            while not runtime.stopping and (left := deadline - asyncio.get_running_loop().time()) > 0:
                await asyncio.sleep(min(left, 0.5))
