"""What happened to accounts, as the domain records it (turned into contract events by the service layer)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Event:
    pass


@dataclass(frozen=True)
class WorkstationCreated(Event):
    name: str
    is_admin: bool


@dataclass(frozen=True)
class WorkstationRenamed(Event):
    old_name: str
    new_name: str


@dataclass(frozen=True)
class WorkstationPasswordRotated(Event):
    name: str


@dataclass(frozen=True)
class WorkstationRoleChanged(Event):
    name: str
    is_admin: bool


@dataclass(frozen=True)
class WorkstationDisabled(Event):
    name: str


@dataclass(frozen=True)
class WorkstationEnabled(Event):
    name: str


@dataclass(frozen=True)
class WorkstationTokensRevoked(Event):
    """Tokens issued to `workstation` before `before` stop working everywhere."""

    workstation: str
    before: datetime


@dataclass(frozen=True)
class StaffMemberAdded(Event):
    name: str


@dataclass(frozen=True)
class StaffMemberDeactivated(Event):
    name: str


@dataclass(frozen=True)
class StaffMemberReactivated(Event):
    name: str
