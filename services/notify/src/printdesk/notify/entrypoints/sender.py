"""The background loop that sends due e-mails: polls every half second, or sooner when woken."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable

from printdesk.kit.runtime import ServiceRuntime
from printdesk.notify.service_layer import handlers
from printdesk.notify.service_layer.ports import Mailer, UnitOfWork


class Sender:
    def __init__(self, mailer: Mailer, *, interval_seconds: float = 0.5) -> None:
        self.mailer = mailer
        self._interval = interval_seconds
        self._wakeup: asyncio.Event | None = None

    def wake(self) -> None:
        """Safe to call from any coroutine of the service's loop, before or while `run` waits."""
        if self._wakeup is not None:
            self._wakeup.set()

    async def run(self, runtime: ServiceRuntime) -> None:
        self._wakeup = asyncio.Event()
        uow_factory: Callable[[], UnitOfWork] = runtime.uow  # type: ignore[assignment]
        while not runtime.stopping:
            self._wakeup.clear()
            await handlers.send_due_messages(uow_factory, self.mailer)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wakeup.wait(), self._interval)
