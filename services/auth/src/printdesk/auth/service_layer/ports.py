"""What the auth use cases need from the outside world, as Protocols. Adapters implement them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol, Self

from printdesk.auth.domain.model import StaffMember, Workstation
from printdesk.contracts.envelope import EventEnvelope


class PasswordHasher(Protocol):
    """Hashes and checks workstation passwords; `dummy_hash` matches no password and costs a real check."""

    dummy_hash: str

    async def hash(self, password: str) -> str: ...

    async def verify(self, password_hash: str, password: str) -> bool: ...


class IssuedToken(Protocol):
    token: str
    token_id: str
    expires_at: datetime


class TokenSigner(Protocol):
    """A signing key: signs workstation tokens; its public half goes into the JWKS."""

    kid: str

    def issue(self, *, workstation: str, role: str, ttl: timedelta, now: datetime | None = None) -> IssuedToken: ...

    def public_jwk(self) -> dict: ...


class WorkstationRepository(Protocol):
    """Workstation accounts by name."""

    def add(self, workstation: Workstation) -> None: ...

    async def get(self, name: str) -> Workstation | None: ...

    async def list(self) -> list[Workstation]:
        """Every workstation, sorted by name."""
        ...

    async def admin_exists(self) -> bool: ...

    async def active_admin_count(self) -> int: ...

    async def lock_admins(self) -> None:
        """Serialise changes that could remove an admin until this transaction ends (the last-admin rule)."""
        ...

    def seen(self) -> list[Workstation]: ...


class StaffRepository(Protocol):
    """The staff roster; names are unique regardless of letter case."""

    def add(self, member: StaffMember) -> None: ...

    async def get(self, name: str) -> StaffMember | None: ...

    async def list(self, *, include_inactive: bool) -> list[StaffMember]:
        """Members sorted by name (letter case ignored); only active ones unless `include_inactive`."""
        ...

    async def active_count(self) -> int: ...

    async def lock(self) -> None:
        """Serialise roster changes until this transaction ends (the last-active-member rule)."""
        ...

    def seen(self) -> list[StaffMember]: ...


class RevokedTokenRepository(Protocol):
    """Tokens ended one by one (logout), kept until they would have expired anyway."""

    async def add(self, *, token_id: str, workstation: str, expires_at: datetime, revoked_at: datetime) -> bool:
        """Store the revocation; False if the token was revoked already."""
        ...

    async def contains(self, token_id: str) -> bool: ...


@dataclass(frozen=True)
class RecentFailures:
    """Failed (or still running) sign-in attempts inside the throttle window, newest first."""

    workstation: list[datetime] = field(default_factory=list)
    client: list[datetime] = field(default_factory=list)


class LoginAttemptRepository(Protocol):
    """Sign-in attempts for throttling, shared by every replica. An attempt is stored when it starts (so
    concurrent attempts count against each other), forgotten when it succeeds, and kept when it fails."""

    async def start(self, *, workstation: str, client: str | None, at: datetime) -> int:
        """Store a starting attempt; returns its id (ids grow with time)."""
        ...

    async def before(self, attempt_id: int, *, workstation: str, client: str | None, since: datetime) -> RecentFailures:
        """Attempts stored before `attempt_id` and after `since`, for the workstation name and for the client."""
        ...

    async def discard(self, attempt_id: int) -> None: ...

    async def clear_workstation(self, workstation: str) -> None:
        """A successful sign-in resets the workstation name's count."""
        ...

    async def prune(self, before: datetime) -> None: ...


@dataclass(frozen=True)
class AuditEntry:
    """One row of the append-only audit log: who (staff member at a workstation) did what to which account."""

    action: str
    target: str
    staff_name: str
    workstation: str | None
    at: datetime
    details: dict[str, Any] = field(default_factory=dict)


class AuditLog(Protocol):
    """Append-only: entries are added, never changed or removed."""

    async def add(self, entry: AuditEntry) -> None: ...


class KeyRepository(Protocol):
    """Signing keys: `active()` is every non-retired key, newest first; `create` makes and stores a new one."""

    async def active(self) -> list[TokenSigner]: ...

    async def create(self, now: datetime) -> TokenSigner: ...

    async def lock(self) -> None:
        """Serialise key creation across processes until this transaction ends."""
        ...


class UnitOfWork(Protocol):
    """One transaction: `async with uow: ...; await uow.commit()`; leaving without commit rolls back."""

    workstations: WorkstationRepository
    staff: StaffRepository
    keys: KeyRepository
    revoked_tokens: RevokedTokenRepository
    login_attempts: LoginAttemptRepository
    audit: AuditLog

    async def __aenter__(self) -> Self: ...

    async def __aexit__(self, *exc: object) -> None: ...

    async def commit(self) -> None: ...

    async def add_event(self, envelope: EventEnvelope) -> None: ...

