"""The staff roster: list, add, deactivate and reactivate members (never delete), each change attributed."""

from __future__ import annotations

from dataclasses import dataclass

from printdesk.auth.domain.model import ChangeRefused, InvalidAccount, StaffMember, check_staff_deactivation, staff_name
from printdesk.auth.service_layer.acting import Acting, Attribution, Clock, attribute, record_changes, utc_now
from printdesk.auth.service_layer.errors import Conflict, InvalidInput, NotFound, UnknownStaff
from printdesk.auth.service_layer.ports import UnitOfWork


@dataclass(frozen=True)
class AddStaffMember:
    name: str


@dataclass(frozen=True)
class SetStaffMemberActive:
    name: str
    is_active: bool


async def list_staff(uow: UnitOfWork, *, include_inactive: bool = False) -> list[StaffMember]:
    """The roster sorted by name: active members only, unless `include_inactive`."""
    async with uow:
        return await uow.staff.list(include_inactive=include_inactive)


async def add_staff_member(
    cmd: AddStaffMember, uow: UnitOfWork, clock: Clock = utc_now, acting: Acting | None = None
) -> StaffMember:
    """An active member on the roster; a name already there (in any letter case) is a conflict.

    On an empty roster nobody could attribute the first addition, so the first member may add themselves
    (the acting name is the new name).
    """
    try:
        name = staff_name(cmd.name)
    except InvalidAccount as exc:
        raise InvalidInput("Please check the staff member's name.", exc.fields) from exc
    async with uow:
        await uow.staff.lock()
        by = await _attribute_or_first_member(uow, acting, name)
        if (existing := await uow.staff.get(name)) is not None:
            raise Conflict(f'"{existing.name}" is already on the staff roster.', {"name": "already on the roster"})
        now = clock()
        member = StaffMember.add(name=name, now=now)
        uow.staff.add(member)
        await record_changes(uow, by, now)
        await uow.commit()
    return member


async def _attribute_or_first_member(uow: UnitOfWork, acting: Acting | None, new_name: str) -> Attribution:
    try:
        return await attribute(uow, acting)
    except UnknownStaff:
        names_self = acting is not None and " ".join(acting.staff_name.split()).lower() == new_name.lower()
        if not names_self or await uow.staff.active_count() > 0:
            raise
        return Attribution(new_name, acting.workstation)


async def set_staff_member_active(
    cmd: SetStaffMemberActive, uow: UnitOfWork, clock: Clock = utc_now, acting: Acting | None = None
) -> StaffMember:
    """Deactivate (off the "Performing action as" lists, history kept) or reactivate a member.

    Setting the state a member already has changes nothing and records nothing.
    """
    async with uow:
        await uow.staff.lock()
        by = await attribute(uow, acting)
        member = await uow.staff.get(" ".join(cmd.name.split()))
        if member is None:
            raise NotFound(f'"{cmd.name}" is not on the staff roster.')
        now = clock()
        if cmd.is_active:
            member.reactivate()
        else:
            try:
                check_staff_deactivation(member, active_members=await uow.staff.active_count())
            except ChangeRefused as exc:
                raise Conflict(str(exc)) from exc
            member.deactivate(now)
        await record_changes(uow, by, now)
        await uow.commit()
    return member
