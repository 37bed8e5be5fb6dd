"""SQL records of moves in progress, of the admin's storage actions, and this service's copy of the staff roster."""

from __future__ import annotations

import uuid
from dataclasses import asdict

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from printdesk.files.adapters.orm import file_moves, storage_audit_actions
from printdesk.files.service_layer.ports import AuditEntry, MoveIntent
from printdesk.kit.roster import active_staff_name

_MOVE_COLUMNS = [file_moves.c[name] for name in MoveIntent.__dataclass_fields__]


class SqlMoveRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def record(self, intent: MoveIntent) -> MoveIntent:
        values = {k: v for k, v in asdict(intent).items() if k != "created_at"}
        await self.session.execute(insert(file_moves).values(**values).on_conflict_do_nothing(
            index_elements=[file_moves.c.event_id]))
        row = (await self.session.execute(
            sa.select(*_MOVE_COLUMNS).where(file_moves.c.event_id == intent.event_id)
        )).mappings().one()
        return MoveIntent(**row)

    async def lock(self, intent_id: uuid.UUID) -> MoveIntent | None:
        row = (await self.session.execute(
            sa.select(*_MOVE_COLUMNS).where(file_moves.c.id == intent_id).with_for_update()
        )).mappings().first()
        return MoveIntent(**row) if row else None

    async def advance(self, intent_id: uuid.UUID, phase: str, sources: list[str], outcome: str | None) -> None:
        await self.session.execute(
            sa.update(file_moves).where(file_moves.c.id == intent_id)
            .values(phase=phase, sources=sources, outcome=outcome, updated_at=sa.func.now())
        )

    async def unfinished(self, limit: int) -> list[MoveIntent]:
        rows = (await self.session.execute(
            sa.select(*_MOVE_COLUMNS).where(file_moves.c.phase != "done")
            .order_by(file_moves.c.created_at, file_moves.c.id).limit(limit)
        )).mappings()
        return [MoveIntent(**row) for row in rows]

    async def reopen(self, job_id: str, outcome: str) -> int:
        result = await self.session.execute(
            sa.update(file_moves)
            .where(file_moves.c.job_id == job_id, file_moves.c.phase == "done", file_moves.c.outcome == outcome)
            .values(phase="copying", sources=[], outcome=None, updated_at=sa.func.now())
            .returning(file_moves.c.id)
        )
        return len(result.all())

    async def job_deleted(self, job_id: str) -> bool:
        found = await self.session.scalar(
            sa.select(file_moves.c.id).where(file_moves.c.job_id == job_id, file_moves.c.outcome == "deleted").limit(1)
        )
        return found is not None


class SqlAuditLog:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def record(self, entry: AuditEntry) -> None:
        await self.session.execute(sa.insert(storage_audit_actions).values(**asdict(entry)))


class SqlStaffRoster:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def active_name(self, name: str) -> str | None:
        return await active_staff_name(self.session, name)
