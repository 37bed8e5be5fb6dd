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


@dataclass(eq=False)
class Workstation:
    """A shared computer's login. Its admin flag decides the role every token it gets carries."""

    name: str
    is_admin: bool
    password_hash: str
    created_at: datetime
    active: bool = True
    events: list[events.Event] = field(default_factory=list, repr=False, compare=False)

    @classmethod
    def create(cls, *, name: str, is_admin: bool, password_hash: str, now: datetime) -> Workstation:
        """A new workstation account; the password must already be checked (`check_password`) and hashed."""
        workstation = cls(name=workstation_name(name), is_admin=is_admin, password_hash=password_hash, created_at=now)
        workstation.events.append(events.WorkstationCreated(name=workstation.name, is_admin=is_admin))
        return workstation

    @property
    def role(self) -> Role:
        return "admin" if self.is_admin else "staff"

    @property
    def can_sign_in(self) -> bool:
        return self.active


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
