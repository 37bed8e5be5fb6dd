"""The SQL unit of work every service builds on: one transaction for the change, its events and the inbox."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Self

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from printdesk.contracts.envelope import EventEnvelope


class SqlUnitOfWork:
    """`async with uow: ...; await uow.commit()` — leaving the block without commit rolls back.

    Events added with `add_event` are written to the outbox in the same transaction as the change;
    after a commit that carried events the relay is woken so they leave within milliseconds.
    """

    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        outbox: sa.Table,
        inbox: sa.Table,
        on_events_committed: Callable[[], None] | None = None,
    ) -> None:
        self._session_factory = session_factory
        self._outbox = outbox
        self._inbox = inbox
        self._on_events_committed = on_events_committed
        self._pending_events = 0
        self._after_commit: list[Callable[[], object]] = []
        self.session: AsyncSession

    async def __aenter__(self) -> Self:
        self.session = self._session_factory()
        await self.session.begin()
        self._pending_events = 0
        self._after_commit = []
        self._enter_repositories()
        return self

    def _enter_repositories(self) -> None:
        """Subclasses attach their repositories to `self.session` here."""

    async def __aexit__(self, *exc: object) -> None:
        try:
            await self.session.rollback()
        finally:
            await self.session.close()

    async def commit(self) -> None:
        await self.session.commit()
        if self._pending_events and self._on_events_committed:
            self._on_events_committed()
        self._pending_events = 0
        callbacks, self._after_commit = self._after_commit, []
        for callback in callbacks:
            callback()

    def after_commit(self, callback: Callable[[], object]) -> None:
        """Run `callback` once this transaction has committed (e.g. delete a file the change superseded)."""
        self._after_commit.append(callback)

    async def rollback(self) -> None:
        await self.session.rollback()

    def _outbox_row(self, envelope: EventEnvelope) -> dict:
        return {"event_id": envelope.event_id, "subject": envelope.subject, "envelope": envelope.model_dump(mode="json")}

    async def add_event(self, envelope: EventEnvelope) -> None:
        await self.session.execute(sa.insert(self._outbox).values(**self._outbox_row(envelope)))
        self._pending_events += 1

    async def add_event_once(self, envelope: EventEnvelope) -> bool:
        """Like `add_event` for an event whose id names a fact (the same report sent twice is one event): False,
        and nothing written, when the outbox already holds that id."""
        written = await self.session.execute(
            insert(self._outbox).values(**self._outbox_row(envelope))
            .on_conflict_do_nothing(index_elements=[self._outbox.c.event_id]).returning(self._outbox.c.event_id)
        )
        if written.first() is None:
            return False
        self._pending_events += 1
        return True

    async def claim_inbox(self, consumer: str, event_id: uuid.UUID) -> bool:
        """Record that `consumer` handles `event_id`; False if it already did (a redelivery)."""
        result = await self.session.execute(
            insert(self._inbox)
            .values(consumer=consumer, event_id=event_id)
            .on_conflict_do_nothing()
            .returning(self._inbox.c.event_id)
        )
        return result.first() is not None
