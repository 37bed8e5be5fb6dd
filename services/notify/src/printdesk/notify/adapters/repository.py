"""SQLAlchemy implementation of the message log, and the staff view's read query."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from printdesk.notify.adapters.orm import messages
from printdesk.notify.domain.model import Message, MessageStatus


class SqlMessageRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self.added: list[Message] = []

    def add(self, message: Message) -> None:
        self.session.add(message)
        self.added.append(message)

    async def exists_for_event(self, source_event_id: uuid.UUID, kind: str) -> bool:
        query = sa.select(
            sa.exists().where(messages.c.source_event_id == source_event_id, messages.c.kind == kind)
        )
        return bool(await self.session.scalar(query))

    async def get(self, message_id: uuid.UUID) -> Message | None:
        return await self.session.get(Message, message_id)

    async def claim_next_due(self, now: datetime) -> Message | None:
        return await self.session.scalar(
            sa.select(Message)
            .where(messages.c.status == MessageStatus.PENDING, messages.c.next_attempt_at <= now)
            .order_by(messages.c.next_attempt_at, messages.c.created_at)
            .limit(1)
            .with_for_update(skip_locked=True)
        )

    async def pending_of_job(self, job_id: str, kind: str) -> list[Message]:
        return list((await self.session.scalars(
            sa.select(Message)
            .where(messages.c.job_id == job_id, messages.c.kind == kind, messages.c.status == MessageStatus.PENDING)
            .with_for_update()
        )).all())


class SqlMessageQueries:
    """Reads for the staff view; rows shaped for the API, newest first."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def list(self, job_id: str | None, limit: int) -> list[dict]:
        query = sa.select(
            messages.c.id, messages.c.job_id, messages.c.kind, messages.c.recipient.label("to"),
            messages.c.subject, messages.c.status, messages.c.attempts, messages.c.last_error,
            messages.c.created_at, messages.c.sent_at, messages.c.requested_by, messages.c.resent_from,
            sa.case((messages.c.status == MessageStatus.PENDING, messages.c.next_attempt_at)).label("next_attempt_at"),
        )
        if job_id is not None:
            query = query.where(messages.c.job_id == job_id)
        rows = (
            await self.session.execute(query.order_by(messages.c.created_at.desc(), messages.c.id).limit(limit))
        ).mappings().all()
        return [dict(r) for r in rows]
