"""The background loop that finishes moves: deletes the originals once a move is committed (woken at once by
the consumer), and redoes moves a crash interrupted (at startup all of them; later those older than the grace,
so a move whose event is still being handled is left to its handler)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import UTC, datetime, timedelta

from printdesk.files.service_layer import moves
from printdesk.files.service_layer.ports import Storage
from printdesk.kit.runtime import ServiceRuntime

log = logging.getLogger(__name__)
ABANDON_AFTER = timedelta(hours=1)
STOP_CHECK_SECONDS = 0.5


class MoveFinisher:
    def __init__(self, storage: Storage, policy: moves.FilePolicy, *, interval_seconds: float,
                 grace: timedelta) -> None:
        self.storage = storage
        self.policy = policy
        self.interval_seconds = interval_seconds
        self.grace = grace
        self._wake = asyncio.Event()

    def wake(self) -> None:
        self._wake.set()

    async def finish_once(self, runtime: ServiceRuntime, *, grace: timedelta | None = None) -> int:
        now = datetime.now(UTC)
        grace = self.grace if grace is None else grace
        finished = await moves.finish_pending(
            runtime.uow, self.storage, self.policy,  # type: ignore[arg-type]
            copying_before=now - grace, abandon_before=now - ABANDON_AFTER,
        )
        if finished:
            log.info("finished moves", extra={"count": finished})
        return finished

    async def _wait(self, runtime: ServiceRuntime) -> None:
        """Until woken or the interval is over, checking for the service's stop twice a second."""
        deadline = asyncio.get_running_loop().time() + self.interval_seconds
        while not runtime.stopping and not self._wake.is_set():
            left = deadline - asyncio.get_running_loop().time()
            if left <= 0:
                return
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=min(left, STOP_CHECK_SECONDS))

    async def run(self, runtime: ServiceRuntime) -> None:
        await self.finish_once(runtime, grace=timedelta(0))  # whatever a stopped process left
        while not runtime.stopping:
            await self._wait(runtime)
            self._wake.clear()
            if not runtime.stopping:
                await self.finish_once(runtime)
