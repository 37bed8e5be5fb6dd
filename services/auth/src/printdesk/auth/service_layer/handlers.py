"""Use cases of the auth service: small functions `(command, uow, ...)`."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from printdesk.auth.domain import events
from printdesk.auth.domain.model import (
    InvalidAccount,
    Role,
    StaffMember,
    Workstation,
    check_password,
    staff_name,
    workstation_name,
)
from printdesk.auth.service_layer.errors import Conflict, InvalidCredentials, InvalidInput
from printdesk.auth.service_layer.ports import PasswordHasher, TokenSigner, UnitOfWork
from printdesk.contracts import events as contract
from printdesk.contracts.envelope import Actor, EventEnvelope

PRODUCER = "auth"
ADMIN_WORKSTATION = "admin"

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def new_admin_password() -> str:
    return secrets.token_urlsafe(12)


@dataclass(frozen=True)
class Login:
    workstation: str
    password: str
    ttl: timedelta


@dataclass(frozen=True)
class SignedIn:
    workstation: str
    role: Role
    access_token: str
    token_id: str
    expires_at: datetime
    key_id: str


@dataclass(frozen=True)
class CreateWorkstation:
    name: str
    password: str
    is_admin: bool = False


@dataclass(frozen=True)
class AddStaffMember:
    name: str


@dataclass(frozen=True)
class BootstrapAdmin:
    password: str | None = None


@dataclass(frozen=True)
class AdminBootstrapped:
    created: bool
    name: str
    generated_password: str | None = None


def _envelope(event: events.Event, actor: Actor) -> EventEnvelope:
    if isinstance(event, events.WorkstationCreated):
        payload: contract.WorkstationCreated | contract.StaffMemberAdded = contract.WorkstationCreated(name=event.name, is_admin=event.is_admin)
    elif isinstance(event, events.StaffMemberAdded):
        payload = contract.StaffMemberAdded(name=event.name)
    else:  # pragma: no cover - every domain event has a mapping
        raise TypeError(f"no contract for {type(event).__name__}")
    return contract.make_event(payload, producer=PRODUCER, actor=actor)


async def _publish(uow: UnitOfWork, actor: Actor) -> None:
    for aggregate in [*uow.workstations.seen(), *uow.staff.seen()]:
        while aggregate.events:
            await uow.add_event(_envelope(aggregate.events.pop(0), actor))


async def login(cmd: Login, uow: UnitOfWork, hasher: PasswordHasher, clock: Clock = utc_now) -> SignedIn:
    """A workstation's name and password become a signed token carrying its role.

    Unknown names, wrong passwords and inactive workstations fail alike, and an unknown name is still
    checked against a dummy hash, so neither the answer nor its timing tells which names exist.
    """
    try:
        name: str | None = workstation_name(cmd.workstation.lower())
    except InvalidAccount:
        name = None
    async with uow:
        workstation = await uow.workstations.get(name) if name else None
        password_hash = workstation.password_hash if workstation else hasher.dummy_hash
        matches = await hasher.verify(password_hash, cmd.password)
        if workstation is None:
            raise InvalidCredentials("unknown workstation")
        if not matches:
            raise InvalidCredentials("wrong password")
        if not workstation.can_sign_in:
            raise InvalidCredentials("workstation deactivated")
        signed_in_as, role = workstation.name, workstation.role
    now = clock()
    key = await current_signing_key(uow, clock)
    issued = key.issue(workstation=signed_in_as, role=role, ttl=cmd.ttl, now=now)
    return SignedIn(
        workstation=signed_in_as, role=role, access_token=issued.token,
        token_id=issued.token_id, expires_at=issued.expires_at, key_id=key.kid,
    )


async def current_signing_key(uow: UnitOfWork, clock: Clock = utc_now) -> TokenSigner:
    """The key that signs new tokens: the newest active one, created and stored on first use."""
    async with uow:
        if keys := await uow.keys.active():
            return keys[0]
        await uow.keys.lock()
        if keys := await uow.keys.active():  # another process created one while we waited
            return keys[0]
        key = await uow.keys.create(clock())
        await uow.commit()
    return key


async def verification_keys(uow: UnitOfWork) -> list[TokenSigner]:
    """Every key a token in circulation may be signed with (all non-retired keys)."""
    async with uow:
        return await uow.keys.active()


async def create_workstation(
    cmd: CreateWorkstation,
    uow: UnitOfWork,
    hasher: PasswordHasher,
    clock: Clock = utc_now,
    actor: Actor | None = None,
) -> Workstation:
    """A new workstation account (the name is unique; the password follows the policy)."""
    problems: dict[str, str] = {}
    for check in (lambda: workstation_name(cmd.name), lambda: check_password(cmd.password)):
        try:
            check()
        except InvalidAccount as exc:
            problems.update(exc.fields)
    if problems:
        raise InvalidInput("Please check the workstation's " + " and ".join(problems) + ".", problems)
    password_hash = await hasher.hash(cmd.password)
    async with uow:
        name = workstation_name(cmd.name)
        if await uow.workstations.get(name) is not None:
            raise Conflict(f'Workstation "{name}" already exists.', {"name": "already exists"})
        workstation = Workstation.create(name=name, is_admin=cmd.is_admin, password_hash=password_hash, now=clock())
        uow.workstations.add(workstation)
        await _publish(uow, actor or Actor.system())
        await uow.commit()
    return workstation


async def add_staff_member(
    cmd: AddStaffMember, uow: UnitOfWork, clock: Clock = utc_now, actor: Actor | None = None
) -> StaffMember:
    """An active member on the roster; a name already there (in any letter case) is a conflict."""
    try:
        name = staff_name(cmd.name)
    except InvalidAccount as exc:
        raise InvalidInput("Please check the staff member's name.", exc.fields) from exc
    async with uow:
        if (existing := await uow.staff.get(name)) is not None:
            raise Conflict(f'"{existing.name}" is already on the staff roster.', {"name": "already on the roster"})
        member = StaffMember.add(name=name, now=clock())
        uow.staff.add(member)
        await _publish(uow, actor or Actor.system())
        await uow.commit()
    return member


async def bootstrap_admin(
    cmd: BootstrapAdmin,
    uow: UnitOfWork,
    hasher: PasswordHasher,
    clock: Clock = utc_now,
    new_password: Callable[[], str] = new_admin_password,
) -> AdminBootstrapped:
    """First-run setup: an admin workstation named "admin" unless some admin workstation exists already.

    Without a given password one is generated and returned once, for the operator to note down.
    """
    async with uow:
        if await uow.workstations.admin_exists():
            return AdminBootstrapped(created=False, name=ADMIN_WORKSTATION)
    generated = None
    password = cmd.password
    if not password:
        password = generated = new_password()
    await create_workstation(CreateWorkstation(ADMIN_WORKSTATION, password, is_admin=True), uow, hasher, clock)
    return AdminBootstrapped(created=True, name=ADMIN_WORKSTATION, generated_password=generated)
