"""Publishes outbox rows to JetStream, oldest first, with `Nats-Msg-Id` = event id.

Safe with several replicas: rows are claimed with `FOR UPDATE SKIP LOCKED`. A crash between publish and
mark republishes the row, and the stream's duplicate window drops the copy.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from datetime import UTC, datetime

import sqlalchemy as sa
from nats.js import JetStreamContext
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

log = logging.getLogger(__name__)


class OutboxRelay:
    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        js: JetStreamContext,
        outbox: sa.Table,
        *,
        batch_size: int = 100,
        idle_seconds: float = 0.5,
    ) -> None:
        self._session_factory = session_factory
        self._js = js
        self._outbox = outbox
        self._batch_size = batch_size
        self._idle_seconds = idle_seconds
        self._wakeup = asyncio.Event()
        self._stopping = False
        self.published_total = 0
        self.last_error: str | None = None

    def wake(self) -> None:
        self._wakeup.set()

    def stop(self) -> None:
        self._stopping = True
        self._wakeup.set()

    async def run(self) -> None:
        while not self._stopping:
            try:
                published = await self.publish_batch()
            except Exception as exc:  # database or NATS down: keep trying, never die
                self.last_error = repr(exc)
                log.warning("outbox relay batch failed", extra={"error": repr(exc)})
                published = 0
            if published:
                continue
            self._wakeup.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wakeup.wait(), self._idle_seconds)

    async def publish_batch(self) -> int:
        t = self._outbox
        async with self._session_factory() as session, session.begin():
            rows = (
                await session.execute(
                    sa.select(t.c.event_id, t.c.subject, t.c.envelope)
                    .where(t.c.published_at.is_(None))
                    .order_by(t.c.created_at)
                    .limit(self._batch_size)
                    .with_for_update(skip_locked=True)
                )
            ).all()
            done = []
            # Sent in order on the one connection, acknowledgements awaited together (one round trip per
            # batch, not per row). Rows from the first failure on stay unpublished and are sent again; the
            # stream's duplicate window drops any copy that had already arrived.
            acks = await asyncio.gather(*(
                self._js.publish(
                    row.subject,
                    json.dumps(row.envelope).encode(),
                    timeout=5,
                    headers={"Nats-Msg-Id": str(row.event_id)},
                )
                for row in rows
            ), return_exceptions=True)
            for row, ack in zip(rows, acks, strict=True):
                if isinstance(ack, Exception):
                    exc = ack
                    self.last_error = repr(exc)
                    await session.execute(
                        sa.update(t)
                        .where(t.c.event_id == row.event_id)
                        .values(attempts=t.c.attempts + 1, last_error=repr(exc)[:500])
                    )
                    log.warning("publish failed", extra={"event_id": str(row.event_id), "error": repr(exc)})
                    break
                done.append(row.event_id)
            if done:
                await session.execute(
                    sa.update(t).where(t.c.event_id.in_(done)).values(published_at=datetime.now(UTC))
                )
        self.published_total += len(done)
        if done:
            self.last_error = None
        return len(done)

    async def backlog(self) -> tuple[int, float | None]:
        """Unpublished rows and the age in seconds of the oldest (for health and diagnostics)."""
        t = self._outbox
        async with self._session_factory() as session:
            count, oldest = (
                await session.execute(
                    sa.select(sa.func.count(), sa.func.min(t.c.created_at)).where(t.c.published_at.is_(None))
                )
            ).one()
        age = (datetime.now(UTC) - oldest).total_seconds() if oldest else None
        return count, age
