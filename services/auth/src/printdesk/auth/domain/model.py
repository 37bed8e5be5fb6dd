"""Workstation accounts and the staff roster. Pure rules: no framework, no I/O."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from printdesk.auth.domain import events

WORKSTATION_NAME = re.compile(r"[a-z0-9][a-z0-9-]*")
WORKSTATION_NAME_MAX = 64
STAFF_NAME_MAX = 100
MIN_PASSWORD_LENGTH = 10

Role = Literal["admin", "staff"]


class InvalidAccount(ValueError):
    """A name or password that breaks the rules; `fields` says which and why, in the lab's words."""

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in fields.items()))
        self.fields = fields


def workstation_name(raw: str) -> str:
    """The canonical workstation name, or InvalidAccount: 1–64 of lowercase letters, digits and dashes."""
    name = raw.strip()
    if not 1 <= len(name) <= WORKSTATION_NAME_MAX or not WORKSTATION_NAME.fullmatch(name):
        raise InvalidAccount({
            "name": f"Use 1 to {WORKSTATION_NAME_MAX} lowercase letters, digits and dashes, "
                    "starting with a letter or digit (like front-desk)."
        })
    return name


def staff_name(raw: str) -> str:
    """The roster name with its spacing tidied, or InvalidAccount: 1–100 characters."""
    name = " ".join(raw.split())
    if not 1 <= len(name) <= STAFF_NAME_MAX:
        raise InvalidAccount({"name": f"A staff name is 1 to {STAFF_NAME_MAX} characters."})
    return name


def check_password(password: str) -> None:
    """Workstation passwords are shared by a desk's staff, so length is what matters: at least 10."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidAccount({"password": f"Use at least {MIN_PASSWORD_LENGTH} characters."})


class ChangeRefused(ValueError):
    """A change the rules forbid (it would lock the lab out of its own admin pages, for example)."""


@dataclass(eq=False)
class Workstation:
    """A shared computer's login. Its admin flag decides the role every token it gets carries.

    Whatever changes who may act through its tokens (password, role, name, being disabled) also sets
    `tokens_revoked_before`, so every token it was issued before that moment stops working everywhere.
    """

    name: str
    is_admin: bool
    password_hash: str
    created_at: datetime
    active: bool = True
    updated_at: datetime | None = None
    tokens_revoked_before: datetime | None = None
    events: list[events.Event] = field(default_factory=list, repr=False, compare=False)

    @classmethod
    def create(cls, *, name: str, is_admin: bool, password_hash: str, now: datetime) -> Workstation:
        """A new workstation account; the password must already be checked (`check_password`) and hashed."""
        workstation = cls(name=workstation_name(name), is_admin=is_admin, password_hash=password_hash,
                          created_at=now, updated_at=now)
        workstation.events.append(events.WorkstationCreated(name=workstation.name, is_admin=is_admin))
        return workstation

    @property
    def role(self) -> Role:
        return "admin" if self.is_admin else "staff"

    @property
    def can_sign_in(self) -> bool:
        return self.active

    @property
    def is_active_admin(self) -> bool:
        return self.active and self.is_admin

    def accepts_token(self, *, role: str, issued_at: datetime | None) -> bool:
        """Whether a token issued to this workstation (under its current name) still stands."""
        if not self.active or role != self.role:
            return False
        if self.tokens_revoked_before is None:
            return True
        return issued_at is not None and issued_at >= self.tokens_revoked_before

    def rename(self, new_name: str, now: datetime) -> None:
        """Tokens name their workstation, so the old name's tokens end (and any older ones of the new name)."""
        new_name = workstation_name(new_name)
        if new_name == self.name:
            return
        old_name, self.name = self.name, new_name
        self.events.append(events.WorkstationRenamed(old_name=old_name, new_name=new_name))
        self.events.append(events.WorkstationTokensRevoked(workstation=old_name, before=now))
        self._revoke_tokens(now)

    def rotate_password(self, password_hash: str, now: datetime) -> None:
        self.password_hash = password_hash
        self.events.append(events.WorkstationPasswordRotated(name=self.name))
        self._revoke_tokens(now)

    def set_admin(self, is_admin: bool, now: datetime) -> None:
        """Tokens carry the role, so a change of role ends the tokens that carry the old one."""
        if is_admin == self.is_admin:
            return
        self.is_admin = is_admin
        self.events.append(events.WorkstationRoleChanged(name=self.name, is_admin=is_admin))
        self._revoke_tokens(now)

    def disable(self, now: datetime) -> None:
        if not self.active:
            return
        self.active = False
        self.events.append(events.WorkstationDisabled(name=self.name))
        self._revoke_tokens(now)

    def enable(self, now: datetime) -> None:
        if self.active:
            return
        self.active = True
        self.updated_at = now
        self.events.append(events.WorkstationEnabled(name=self.name))

    def _revoke_tokens(self, now: datetime) -> None:
        self.updated_at = now
        self.tokens_revoked_before = now
        revoked = events.WorkstationTokensRevoked(workstation=self.name, before=now)
        if revoked not in self.events:  # one change may rename, rotate and demote at once
            self.events.append(revoked)


def check_admin_change(
    target: Workstation, *, makes_admin: bool | None, makes_active: bool | None, acting_workstation: str | None,
    active_admins: int,
) -> None:
    """Refuse taking the admin role away (by demoting or disabling) from the workstation the admin is signed
    in on, or from the last active admin workstation: either would lock the lab out of its admin pages.
    """
    removes = makes_admin is False or makes_active is False
    if not (target.is_active_admin and removes):
        return
    if acting_workstation is not None and target.name == acting_workstation:
        raise ChangeRefused("You cannot disable or demote the workstation you are signed in on; "
                            "use another admin workstation.")
    if active_admins <= 1:
        raise ChangeRefused(f'"{target.name}" is the last active admin workstation; '
                            "make another workstation admin first.")


@dataclass(eq=False)
class StaffMember:
    """A person on the roster. Staff are deactivated, never deleted, so their history keeps its names."""

    name: str
    added_at: datetime
    is_active: bool = True
    deactivated_at: datetime | None = None
    events: list[events.Event] = field(default_factory=list, repr=False, compare=False)

    @classmethod
    def add(cls, *, name: str, now: datetime) -> StaffMember:
        member = cls(name=staff_name(name), added_at=now)
        member.events.append(events.StaffMemberAdded(name=member.name))
        return member

    def deactivate(self, now: datetime) -> None:
        """Off the "Performing action as" lists; kept on the roster so every history keeps the name."""
        if not self.is_active:
            return
        self.is_active = False
        self.deactivated_at = now
        self.events.append(events.StaffMemberDeactivated(name=self.name))

    def reactivate(self) -> None:
        if self.is_active:
            return
        self.is_active = True
        self.deactivated_at = None
        self.events.append(events.StaffMemberReactivated(name=self.name))


def check_staff_deactivation(member: StaffMember, *, active_members: int) -> None:
    """The roster keeps at least one active member: every change has to be attributed to one."""
    if member.is_active and active_members <= 1:
        raise ChangeRefused(f'"{member.name}" is the last active staff member; add another one first.')
