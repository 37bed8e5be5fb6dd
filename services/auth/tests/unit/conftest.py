"""Hand-written fakes of the auth ports, so the use cases run as specified without any I/O."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Self

import pytest

from printdesk.auth.domain.model import StaffMember, Workstation
from printdesk.contracts.envelope import EventEnvelope

NOW = datetime(2025, 3, 3, 8, 0, tzinfo=UTC)


class FakeHasher:
    dummy_hash = "hashed:\x00nobody"

    def __init__(self) -> None:
        self.verified: list[str] = []

    async def hash(self, password: str) -> str:
        return f"hashed:{password}"

    async def verify(self, password_hash: str, password: str) -> bool:
        self.verified.append(password_hash)
        return password_hash == f"hashed:{password}"


@dataclass(frozen=True)
class FakeIssued:
    token: str
    token_id: str
    expires_at: datetime


class FakeSigner:
    def __init__(self, kid: str) -> None:
        self.kid = kid

    def issue(self, *, workstation: str, role: str, ttl: timedelta, now: datetime | None = None) -> FakeIssued:
        expires = (now or NOW) + ttl
        return FakeIssued(token=f"{self.kid}:{workstation}:{role}", token_id="t1", expires_at=expires)

    def public_jwk(self) -> dict:
        return {"kid": self.kid}


class FakeWorkstations:
    def __init__(self) -> None:
        self.rows: dict[str, Workstation] = {}
        self._seen: list[Workstation] = []

    def add(self, workstation: Workstation) -> None:
        self.rows[workstation.name] = workstation
        self._seen.append(workstation)

    async def get(self, name: str) -> Workstation | None:
        return self.rows.get(name)

    async def admin_exists(self) -> bool:
        return any(w.is_admin and w.active for w in self.rows.values())

    def seen(self) -> list[Workstation]:
        return self._seen


class FakeStaff:
    def __init__(self) -> None:
        self.rows: dict[str, StaffMember] = {}
        self._seen: list[StaffMember] = []

    def add(self, member: StaffMember) -> None:
        self.rows[member.name.lower()] = member
        self._seen.append(member)

    async def get(self, name: str) -> StaffMember | None:
        return self.rows.get(name.lower())

    def seen(self) -> list[StaffMember]:
        return self._seen


class FakeKeys:
    def __init__(self) -> None:
        self.rows: list[FakeSigner] = []

    async def active(self) -> list[FakeSigner]:
        return list(reversed(self.rows))

    async def create(self, now: datetime) -> FakeSigner:
        key = FakeSigner(f"k{len(self.rows) + 1}")
        self.rows.append(key)
        return key

    async def lock(self) -> None:
        return None


class FakeUnitOfWork:
    """Changes count only after `commit()`: like the real one, leaving the block without it discards them."""

    def __init__(self) -> None:
        self.workstations = FakeWorkstations()
        self.staff = FakeStaff()
        self.keys = FakeKeys()
        self.outbox: list[EventEnvelope] = []
        self._pending: list[EventEnvelope] = []
        self.commits = 0

    async def __aenter__(self) -> Self:
        self._pending = []
        self.workstations._seen = []
        self.staff._seen = []
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._pending = []

    async def commit(self) -> None:
        self.outbox.extend(self._pending)
        self._pending = []
        self.commits += 1

    async def add_event(self, envelope: EventEnvelope) -> None:
        self._pending.append(envelope)


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()


@pytest.fixture
def hasher() -> FakeHasher:
    return FakeHasher()
