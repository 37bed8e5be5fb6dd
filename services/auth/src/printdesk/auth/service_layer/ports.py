"""What the auth use cases need from the outside world, as Protocols. Adapters implement them."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol, Self

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

    async def admin_exists(self) -> bool: ...

    def seen(self) -> list[Workstation]: ...


class StaffRepository(Protocol):
    """The staff roster; names are unique regardless of letter case."""

    def add(self, member: StaffMember) -> None: ...

    async def get(self, name: str) -> StaffMember | None: ...

    def seen(self) -> list[StaffMember]: ...


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

    async def __aenter__(self) -> Self: ...

    async def __aexit__(self, *exc: object) -> None: ...

    async def commit(self) -> None: ...

    async def add_event(self, envelope: EventEnvelope) -> None: ...

