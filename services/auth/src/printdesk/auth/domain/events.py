"""What happened to accounts, as the domain records it (turned into contract events by the service layer)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Event:
    pass


@dataclass(frozen=True)
class WorkstationCreated(Event):
    name: str
    is_admin: bool


@dataclass(frozen=True)
class StaffMemberAdded(Event):
    name: str
