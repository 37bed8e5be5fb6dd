"""Workstation accounts: create, list, rename, rotate the password, set the admin flag, disable and enable.

Each change is attributed and audited; whatever changes who may act through a workstation's tokens
(password, role, name, being disabled) revokes the tokens it was issued before.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass

from printdesk.auth.domain.model import (
    ChangeRefused,
    InvalidAccount,
    Workstation,
    check_admin_change,
    check_password,
    workstation_name,
)
from printdesk.auth.service_layer.acting import Acting, Clock, attribute, record_changes, utc_now
from printdesk.auth.service_layer.errors import Conflict, InvalidInput, NotFound
from printdesk.auth.service_layer.ports import PasswordHasher, UnitOfWork

ADMIN_WORKSTATION = "admin"


def new_admin_password() -> str:
    return secrets.token_urlsafe(12)


@dataclass(frozen=True)
class CreateWorkstation:
    name: str
    password: str
    is_admin: bool = False


@dataclass(frozen=True)
class UpdateWorkstation:
    """Only the fields given (not None) change."""

    name: str
    new_name: str | None = None
    password: str | None = None
    is_admin: bool | None = None
    is_active: bool | None = None


@dataclass(frozen=True)
class BootstrapAdmin:
    password: str | None = None


@dataclass(frozen=True)
class AdminBootstrapped:
    created: bool
    name: str
    generated_password: str | None = None


def _check(checks: dict[str, Callable[[], object]], what: str) -> None:
    problems: dict[str, str] = {}
    for field, check in checks.items():
        try:
            check()
        except InvalidAccount as exc:
            problems[field] = "; ".join(exc.fields.values())
    if problems:
        raise InvalidInput(f"Please check the {what}'s " + " and ".join(problems) + ".", problems)


async def list_workstations(uow: UnitOfWork) -> list[Workstation]:
    async with uow:
        return await uow.workstations.list()


async def create_workstation(
    cmd: CreateWorkstation,
    uow: UnitOfWork,
    hasher: PasswordHasher,
    clock: Clock = utc_now,
    acting: Acting | None = None,
) -> Workstation:
    """A new workstation account (the name is unique; the password follows the policy)."""
    _check({"name": lambda: workstation_name(cmd.name), "password": lambda: check_password(cmd.password)},
           "workstation")
    password_hash = await hasher.hash(cmd.password)
    async with uow:
        by = await attribute(uow, acting)
        name = workstation_name(cmd.name)
        if await uow.workstations.get(name) is not None:
            raise Conflict(f'Workstation "{name}" already exists.', {"name": "already exists"})
        now = clock()
        workstation = Workstation.create(name=name, is_admin=cmd.is_admin, password_hash=password_hash, now=now)
        uow.workstations.add(workstation)
        await record_changes(uow, by, now)
        await uow.commit()
    return workstation


async def update_workstation(
    cmd: UpdateWorkstation,
    uow: UnitOfWork,
    hasher: PasswordHasher,
    clock: Clock = utc_now,
    acting: Acting | None = None,
) -> Workstation:
    """Rename, rotate the password, set the admin flag, disable or enable — any of them at once.

    The lab always keeps an active admin workstation, and an admin cannot demote or disable the workstation
    they are signed in on (both 409). A rotated password, a new role, a new name or disabling revokes the
    workstation's earlier tokens everywhere.
    """
    checks: dict[str, Callable[[], object]] = {}
    if cmd.new_name is not None:
        checks["new_name"] = lambda: workstation_name(cmd.new_name or "")
    if cmd.password is not None:
        checks["password"] = lambda: check_password(cmd.password or "")
    _check(checks, "workstation")
    password_hash = await hasher.hash(cmd.password) if cmd.password is not None else None
    async with uow:
        by = await attribute(uow, acting)
        removes_admin = cmd.is_admin is False or cmd.is_active is False
        if removes_admin:
            await uow.workstations.lock_admins()
        workstation = await uow.workstations.get(cmd.name.strip().lower())
        if workstation is None:
            raise NotFound(f'There is no workstation "{cmd.name}".')
        try:
            check_admin_change(
                workstation, makes_admin=cmd.is_admin, makes_active=cmd.is_active,
                acting_workstation=by.workstation,
                active_admins=await uow.workstations.active_admin_count() if removes_admin else 0,
            )
        except ChangeRefused as exc:
            raise Conflict(str(exc)) from exc
        now = clock()
        if cmd.new_name is not None and (new_name := workstation_name(cmd.new_name)) != workstation.name:
            if await uow.workstations.get(new_name) is not None:
                raise Conflict(f'Workstation "{new_name}" already exists.', {"new_name": "already exists"})
            workstation.rename(new_name, now)
        if password_hash is not None:
            workstation.rotate_password(password_hash, now)
        if cmd.is_admin is not None:
            workstation.set_admin(cmd.is_admin, now)
        if cmd.is_active is True:
            workstation.enable(now)
        elif cmd.is_active is False:
            workstation.disable(now)
        await record_changes(uow, by, now)
        await uow.commit()
    return workstation


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
