"""Hand-written fakes of the auth ports, so the use cases run as specified without any I/O."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Self

import pytest

from printdesk.auth.domain.model import StaffMember, Workstation
from printdesk.auth.service_layer.ports import AuditEntry, RecentFailures
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
        self._all: list[Workstation] = []
        self._seen: list[Workstation] = []
        self.admin_locks = 0

    @property
    def rows(self) -> dict[str, Workstation]:
        """By current name (a rename moves the row, as the primary key update does)."""
        return {w.name: w for w in self._all}

    def add(self, workstation: Workstation) -> None:
        self._all.append(workstation)
        self._see(workstation)

    async def get(self, name: str) -> Workstation | None:
        found = self.rows.get(name)
        if found is not None:
            self._see(found)
        return found

    async def list(self) -> list[Workstation]:
        return sorted(self._all, key=lambda w: w.name)

    async def admin_exists(self) -> bool:
        return await self.active_admin_count() > 0

    async def active_admin_count(self) -> int:
        return sum(1 for w in self._all if w.is_admin and w.active)

    async def lock_admins(self) -> None:
        self.admin_locks += 1

    def _see(self, workstation: Workstation) -> None:
        if workstation not in self._seen:
            self._seen.append(workstation)

    def seen(self) -> list[Workstation]:
        return self._seen


class FakeStaff:
    def __init__(self) -> None:
        self.rows: dict[str, StaffMember] = {}
        self._seen: list[StaffMember] = []

    def add(self, member: StaffMember) -> None:
        self.rows[member.name.lower()] = member
        self._see(member)

    async def get(self, name: str) -> StaffMember | None:
        found = self.rows.get(name.lower())
        if found is not None:
            self._see(found)
        return found

    async def list(self, *, include_inactive: bool) -> list[StaffMember]:
        members = sorted(self.rows.values(), key=lambda m: (m.name.lower(), m.name))
        return [m for m in members if include_inactive or m.is_active]

    async def active_count(self) -> int:
        return sum(1 for m in self.rows.values() if m.is_active)

    async def lock(self) -> None:
        return None

    def _see(self, member: StaffMember) -> None:
        if member not in self._seen:
            self._seen.append(member)

    def seen(self) -> list[StaffMember]:
        return self._seen


class FakeRevokedTokens:
    def __init__(self) -> None:
        self.rows: dict[str, tuple[str, datetime]] = {}

    async def add(self, *, token_id: str, workstation: str, expires_at: datetime, revoked_at: datetime) -> bool:
        if token_id in self.rows:
            return False
        self.rows[token_id] = (workstation, expires_at)
        return True

    async def contains(self, token_id: str) -> bool:
        return token_id in self.rows


@dataclass
class FakeAttempt:
    id: int
    workstation: str
    client: str | None
    at: datetime


class FakeLoginAttempts:
    """Stored at once (the real one commits the start of an attempt before checking it)."""

    def __init__(self) -> None:
        self.rows: list[FakeAttempt] = []
        self._next_id = 1

    async def start(self, *, workstation: str, client: str | None, at: datetime) -> int:
        self.rows.append(FakeAttempt(self._next_id, workstation, client, at))
        self._next_id += 1
        return self._next_id - 1

    async def before(self, attempt_id: int, *, workstation: str, client: str | None, since: datetime) -> RecentFailures:
        earlier = sorted((a for a in self.rows if a.id < attempt_id and a.at > since), key=lambda a: -a.id)
        return RecentFailures(
            workstation=[a.at for a in earlier if a.workstation == workstation],
            client=[a.at for a in earlier if client is not None and a.client == client],
        )

    async def discard(self, attempt_id: int) -> None:
        self.rows = [a for a in self.rows if a.id != attempt_id]

    async def clear_workstation(self, workstation: str) -> None:
        self.rows = [a for a in self.rows if a.workstation != workstation]

    async def prune(self, before: datetime) -> None:
        self.rows = [a for a in self.rows if a.at > before]


class FakeAuditLog:
    def __init__(self) -> None:
        self.entries: list[AuditEntry] = []
        self.pending: list[AuditEntry] = []

    async def add(self, entry: AuditEntry) -> None:
        self.pending.append(entry)


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
        self.revoked_tokens = FakeRevokedTokens()
        self.login_attempts = FakeLoginAttempts()
        self.audit = FakeAuditLog()
        self.outbox: list[EventEnvelope] = []
        self._pending: list[EventEnvelope] = []
        self.commits = 0

    async def __aenter__(self) -> Self:
        self._pending = []
        self.audit.pending = []
        self.workstations._seen = []
        self.staff._seen = []
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._pending = []
        self.audit.pending = []

    async def commit(self) -> None:
        self.outbox.extend(self._pending)
        self.audit.entries.extend(self.audit.pending)
        self._pending = []
        self.audit.pending = []
        self.commits += 1

    async def add_event(self, envelope: EventEnvelope) -> None:
        self._pending.append(envelope)


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()


@pytest.fixture
def hasher() -> FakeHasher:
    return FakeHasher()
