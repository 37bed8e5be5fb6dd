"""SQLAlchemy implementations of the auth repositories: workstations, staff, signing keys, revoked tokens,
sign-in attempts and the audit log."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TypeVar

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from printdesk.auth.adapters.orm import (
    audit_log,
    login_attempts,
    revoked_tokens,
    signing_keys,
    staff_members,
    workstations,
)
from printdesk.auth.adapters.signing import SigningKey
from printdesk.auth.domain.model import StaffMember, Workstation
from printdesk.auth.service_layer.ports import AuditEntry, RecentFailures

T = TypeVar("T")

# Any fixed numbers work; they only have to differ from other advisory locks taken in this database.
_KEY_CREATION_LOCK = 0x5052_494E_5444_4B31  # "PRINTDK1"
_ADMIN_CHANGE_LOCK = 0x5052_494E_5444_4B32  # "PRINTDK2"
_ROSTER_CHANGE_LOCK = 0x5052_494E_5444_4B33  # "PRINTDK3"


def _detached(session: AsyncSession, rows: Iterable[T]) -> list[T]:
    """Listed aggregates as read-only snapshots: detached, so ending the read transaction does not expire them."""
    found = list(rows)
    for row in found:
        session.expunge(row)
    return found


async def _advisory_lock(session: AsyncSession, key: int) -> None:
    await session.execute(sa.select(sa.func.pg_advisory_xact_lock(key)))


class SqlWorkstationRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self._seen: dict[int, Workstation] = {}

    def add(self, workstation: Workstation) -> None:
        self.session.add(workstation)
        self._seen[id(workstation)] = workstation

    async def get(self, name: str) -> Workstation | None:
        workstation = await self.session.get(Workstation, name)
        if workstation is not None:
            self._seen[id(workstation)] = workstation
        return workstation

    async def list(self) -> list[Workstation]:
        return _detached(self.session, await self.session.scalars(sa.select(Workstation).order_by(workstations.c.name)))

    async def admin_exists(self) -> bool:
        return await self.active_admin_count() > 0

    async def active_admin_count(self) -> int:
        query = sa.select(sa.func.count()).where(workstations.c.is_admin, workstations.c.active)
        return int(await self.session.scalar(query) or 0)

    async def lock_admins(self) -> None:
        await _advisory_lock(self.session, _ADMIN_CHANGE_LOCK)

    def seen(self) -> list[Workstation]:
        return list(self._seen.values())


class SqlStaffRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self._seen: dict[int, StaffMember] = {}

    def add(self, member: StaffMember) -> None:
        self.session.add(member)
        self._seen[id(member)] = member

    async def get(self, name: str) -> StaffMember | None:
        member = await self.session.scalar(
            sa.select(StaffMember).where(sa.func.lower(staff_members.c.name) == name.lower())
        )
        if member is not None:
            self._seen[id(member)] = member
        return member

    async def list(self, *, include_inactive: bool) -> list[StaffMember]:
        query = sa.select(StaffMember).order_by(sa.func.lower(staff_members.c.name), staff_members.c.name)
        if not include_inactive:
            query = query.where(staff_members.c.is_active)
        return _detached(self.session, await self.session.scalars(query))

    async def active_count(self) -> int:
        query = sa.select(sa.func.count()).where(staff_members.c.is_active)
        return int(await self.session.scalar(query) or 0)

    async def lock(self) -> None:
        await _advisory_lock(self.session, _ROSTER_CHANGE_LOCK)

    def seen(self) -> list[StaffMember]:
        return list(self._seen.values())


class SqlKeyRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def active(self) -> list[SigningKey]:
        rows = await self.session.scalars(
            sa.select(signing_keys.c.private_pem)
            .where(signing_keys.c.retired_at.is_(None))
            .order_by(signing_keys.c.created_at.desc(), signing_keys.c.kid)
        )
        return [SigningKey.from_pem(pem) for pem in rows]

    async def create(self, now: datetime) -> SigningKey:
        key = SigningKey.generate()
        await self.session.execute(
            sa.insert(signing_keys).values(kid=key.kid, private_pem=key.private_pem(), created_at=now)
        )
        return key

    async def lock(self) -> None:
        await _advisory_lock(self.session, _KEY_CREATION_LOCK)


class SqlRevokedTokenRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, *, token_id: str, workstation: str, expires_at: datetime, revoked_at: datetime) -> bool:
        await self.session.execute(sa.delete(revoked_tokens).where(revoked_tokens.c.expires_at < revoked_at))
        result = await self.session.execute(
            insert(revoked_tokens)
            .values(token_id=token_id, workstation=workstation, expires_at=expires_at, revoked_at=revoked_at)
            .on_conflict_do_nothing()
            .returning(revoked_tokens.c.token_id)
        )
        return result.first() is not None

    async def contains(self, token_id: str) -> bool:
        query = sa.select(sa.exists().where(revoked_tokens.c.token_id == token_id))
        return bool(await self.session.scalar(query))


class SqlLoginAttemptRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def start(self, *, workstation: str, client: str | None, at: datetime) -> int:
        result = await self.session.execute(
            sa.insert(login_attempts).values(workstation=workstation, client=client, at=at)
            .returning(login_attempts.c.id)
        )
        return int(result.scalar_one())

    async def before(self, attempt_id: int, *, workstation: str, client: str | None, since: datetime) -> RecentFailures:
        def times(column: sa.Column, value: str) -> sa.Select:
            return (
                sa.select(login_attempts.c.at)
                .where(column == value, login_attempts.c.id < attempt_id, login_attempts.c.at > since)
                .order_by(login_attempts.c.id.desc())
                .limit(100)
            )

        by_workstation = list(await self.session.scalars(times(login_attempts.c.workstation, workstation)))
        by_client = list(await self.session.scalars(times(login_attempts.c.client, client))) if client else []
        return RecentFailures(workstation=by_workstation, client=by_client)

    async def discard(self, attempt_id: int) -> None:
        await self.session.execute(sa.delete(login_attempts).where(login_attempts.c.id == attempt_id))

    async def clear_workstation(self, workstation: str) -> None:
        await self.session.execute(sa.delete(login_attempts).where(login_attempts.c.workstation == workstation))

    async def prune(self, before: datetime) -> None:
        await self.session.execute(sa.delete(login_attempts).where(login_attempts.c.at <= before))


class SqlAuditLog:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, entry: AuditEntry) -> None:
        await self.session.execute(
            sa.insert(audit_log).values(
                at=entry.at.astimezone(UTC), action=entry.action, target=entry.target,
                staff_name=entry.staff_name, workstation=entry.workstation, details=entry.details,
            )
        )
