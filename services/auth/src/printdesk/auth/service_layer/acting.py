"""Who makes a change, and how a change is recorded: contract events on the outbox and rows in the audit log.

Every account change is attributed to an active staff member at a workstation (the API) or to the
command line; both go onto the event envelope (`actor`) and into the append-only audit log.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from printdesk.auth.domain import events
from printdesk.auth.domain.model import InvalidAccount, staff_name
from printdesk.auth.service_layer.errors import UnknownStaff
from printdesk.auth.service_layer.ports import AuditEntry, UnitOfWork
from printdesk.contracts import events as contract
from printdesk.contracts.envelope import Actor, ActorKind

PRODUCER = "auth"
COMMAND_LINE = "command line"

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Acting:
    """The staff member (as typed) making a change at a workstation; `workstation` None is the command line."""

    staff_name: str
    workstation: str | None = None

    @classmethod
    def command_line(cls) -> Acting:
        return cls(COMMAND_LINE)

    @property
    def is_command_line(self) -> bool:
        return self.workstation is None and self.staff_name == COMMAND_LINE


@dataclass(frozen=True)
class Attribution:
    """An `Acting` checked against the roster: the member's name as the roster spells it."""

    staff_name: str
    workstation: str | None

    @property
    def actor(self) -> Actor:
        if self.workstation is None:
            return Actor(kind=ActorKind.SYSTEM, staff_name=self.staff_name)
        return Actor(kind=ActorKind.STAFF, staff_name=self.staff_name, workstation_id=self.workstation)


def _tidy(name: str) -> str:
    try:
        return staff_name(name)
    except InvalidAccount:
        return name.strip()


async def attribute(uow: UnitOfWork, acting: Acting | None) -> Attribution:
    """The acting member as the roster spells them, or UnknownStaff when not an active member."""
    acting = acting or Acting.command_line()
    if acting.is_command_line:
        return Attribution(COMMAND_LINE, None)
    typed = _tidy(acting.staff_name)
    member = await uow.staff.get(typed) if typed else None
    if member is None or not member.is_active:
        raise UnknownStaff(typed or acting.staff_name)
    return Attribution(member.name, acting.workstation)


def _contract(event: events.Event) -> contract.Payload:
    match event:
        case events.WorkstationCreated(name=name, is_admin=is_admin):
            return contract.WorkstationCreated(name=name, is_admin=is_admin)
        case events.WorkstationRenamed(old_name=old, new_name=new):
            return contract.WorkstationRenamed(old_name=old, new_name=new)
        case events.WorkstationPasswordRotated(name=name):
            return contract.WorkstationPasswordRotated(name=name)
        case events.WorkstationRoleChanged(name=name, is_admin=is_admin):
            return contract.WorkstationRoleChanged(name=name, is_admin=is_admin)
        case events.WorkstationDisabled(name=name):
            return contract.WorkstationDisabled(name=name)
        case events.WorkstationEnabled(name=name):
            return contract.WorkstationEnabled(name=name)
        case events.WorkstationTokensRevoked(workstation=workstation, before=before):
            return contract.WorkstationTokensRevoked(workstation=workstation, before=before)
        case events.StaffMemberAdded(name=name):
            return contract.StaffMemberAdded(name=name)
        case events.StaffMemberDeactivated(name=name):
            return contract.StaffMemberDeactivated(name=name)
        case events.StaffMemberReactivated(name=name):
            return contract.StaffMemberReactivated(name=name)
    raise TypeError(f"no contract for {type(event).__name__}")  # pragma: no cover - every event has one


def _audit(event: events.Event) -> tuple[str, str, dict[str, Any]] | None:
    """(action, target, details) for the audit log; None for consequences already recorded by their cause."""
    match event:
        case events.WorkstationCreated(name=name, is_admin=is_admin):
            return "workstation.created", name, {"is_admin": is_admin}
        case events.WorkstationRenamed(old_name=old, new_name=new):
            return "workstation.renamed", new, {"old_name": old, "new_name": new}
        case events.WorkstationPasswordRotated(name=name):
            return "workstation.password_rotated", name, {}
        case events.WorkstationRoleChanged(name=name, is_admin=is_admin):
            return "workstation.role_changed", name, {"is_admin": is_admin}
        case events.WorkstationDisabled(name=name):
            return "workstation.disabled", name, {}
        case events.WorkstationEnabled(name=name):
            return "workstation.enabled", name, {}
        case events.StaffMemberAdded(name=name):
            return "staff.added", name, {}
        case events.StaffMemberDeactivated(name=name):
            return "staff.deactivated", name, {}
        case events.StaffMemberReactivated(name=name):
            return "staff.reactivated", name, {}
    return None


async def record_changes(uow: UnitOfWork, by: Attribution, now: datetime) -> None:
    """Move the changed aggregates' events to the outbox, each with its audit row, in this transaction."""
    for aggregate in [*uow.workstations.seen(), *uow.staff.seen()]:
        while aggregate.events:
            event = aggregate.events.pop(0)
            await uow.add_event(contract.make_event(_contract(event), producer=PRODUCER, actor=by.actor))
            if (audit := _audit(event)) is not None:
                action, target, details = audit
                await uow.audit.add(AuditEntry(action=action, target=target, staff_name=by.staff_name,
                                               workstation=by.workstation, at=now, details=details))
