"""SQLAlchemy implementations of the workstation, staff and signing-key repositories."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from printdesk.auth.adapters.orm import signing_keys, staff_members, workstations
from printdesk.auth.adapters.signing import SigningKey
from printdesk.auth.domain.model import StaffMember, Workstation

# Any fixed number works; it only has to differ from other advisory locks taken in this database.
_KEY_CREATION_LOCK = 0x5052_494E_5444_4B31  # "PRINTDK1"


class SqlWorkstationRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self._seen: dict[str, Workstation] = {}

    def add(self, workstation: Workstation) -> None:
        self.session.add(workstation)
        self._seen[workstation.name] = workstation

    async def get(self, name: str) -> Workstation | None:
        workstation = await self.session.get(Workstation, name)
        if workstation is not None:
            self._seen[workstation.name] = workstation
        return workstation

    async def admin_exists(self) -> bool:
        query = sa.select(sa.exists().where(workstations.c.is_admin, workstations.c.active))
        return bool(await self.session.scalar(query))

    def seen(self) -> list[Workstation]:
        return list(self._seen.values())


class SqlStaffRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self._seen: dict[str, StaffMember] = {}

    def add(self, member: StaffMember) -> None:
        self.session.add(member)
        self._seen[member.name] = member

    async def get(self, name: str) -> StaffMember | None:
        member = await self.session.scalar(
            sa.select(StaffMember).where(sa.func.lower(staff_members.c.name) == name.lower())
        )
        if member is not None:
            self._seen[member.name] = member
        return member

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
        await self.session.execute(sa.select(sa.func.pg_advisory_xact_lock(_KEY_CREATION_LOCK)))
