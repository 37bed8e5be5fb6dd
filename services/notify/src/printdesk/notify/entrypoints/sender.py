"""The background loop that sends due e-mails: polls every half second (by default), or sooner when woken."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable

from printdesk.kit.runtime import ServiceRuntime
from printdesk.notify.domain.model import DEFAULT_RETRY_POLICY, RetryPolicy
from printdesk.notify.service_layer import sending
from printdesk.notify.service_layer.ports import Mailer, UnitOfWork


class Sender:
    def __init__(
        self, mailer: Mailer, *, interval_seconds: float = 0.5, policy: RetryPolicy = DEFAULT_RETRY_POLICY
    ) -> None:
        self.mailer = mailer
        self._interval = interval_seconds
        self._policy = policy
        self._wakeup: asyncio.Event | None = None

    def wake(self) -> None:
        """Safe to call from any coroutine of the service's loop, before or while `run` waits."""
        if self._wakeup is not None:
            self._wakeup.set()

    async def run(self, runtime: ServiceRuntime) -> None:
        self._wakeup = asyncio.Event()
        uow_factory: Callable[[], UnitOfWork] = runtime.uow  # type: ignore[assignment]
        try:
            while not runtime.stopping:
                self._wakeup.clear()
                await sending.send_due_messages(uow_factory, self.mailer, policy=self._policy)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wakeup.wait(), self._interval)
        finally:
            close = getattr(self.mailer, "aclose", None)  # a kept SMTP connection is said goodbye to
            if close is not None:
                await close()
