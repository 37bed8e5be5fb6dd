"""Sign-in throttling: too many failed sign-ins for one workstation name, or from one client address, pause
further attempts (right password or not) until the oldest counted failure leaves the window."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta


def attempt_key(typed_name: str) -> str:
    """Failures count against the name as typed (tidied), so unknown names lock exactly like real ones and
    the answer never tells which workstation names exist."""
    return typed_name.strip().lower()[:64]


@dataclass(frozen=True)
class ThrottlePolicy:
    per_workstation: int = 5
    per_client: int = 20
    window: timedelta = timedelta(minutes=15)

    def retry_after(
        self, workstation_failures: Sequence[datetime], client_failures: Sequence[datetime], now: datetime
    ) -> timedelta | None:
        """How long the next attempt must wait, or None when it may go ahead.

        With `limit` or more failures inside the window, attempts wait until enough of them have aged out
        of it that fewer than `limit` remain.
        """
        waits = [
            wait
            for failures, limit in ((workstation_failures, self.per_workstation), (client_failures, self.per_client))
            if (wait := self._wait(failures, limit, now)) is not None
        ]
        return max(waits) if waits else None

    def _wait(self, failures: Sequence[datetime], limit: int, now: datetime) -> timedelta | None:
        recent = sorted((at for at in failures if at > now - self.window), reverse=True)
        if len(recent) < limit:
            return None
        # Attempts resume once the limit-th most recent failure leaves the window.
        return recent[limit - 1] + self.window - now
