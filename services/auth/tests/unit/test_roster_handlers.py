"""Roster use cases: attributed to an active member, audited, published; members never deleted."""

from datetime import UTC, datetime

import pytest

from printdesk.auth.service_layer import handlers
from printdesk.auth.service_layer.errors import Conflict, NotFound, UnknownStaff

NOW = datetime(2025, 3, 3, 8, 0, tzinfo=UTC)
AT_DESK = handlers.Acting("jane doe", workstation="lab-admin")


def clock() -> datetime:
    return NOW


@pytest.fixture
async def roster(uow) -> None:
    for name in ("Jane Doe", "Sam Lee"):
        await handlers.add_staff_member(handlers.AddStaffMember(name), uow, clock)
    uow.outbox.clear()
    uow.audit.entries.clear()


async def test_a_member_added_by_staff_at_a_workstation_is_attributed_to_both(uow, roster) -> None:
    member = await handlers.add_staff_member(handlers.AddStaffMember("Alex Kim"), uow, clock, AT_DESK)
    assert member.is_active
    [event] = uow.outbox
    assert (event.type, event.data) == ("StaffMemberAdded", {"name": "Alex Kim"})
    assert (event.actor.kind, event.actor.staff_name, event.actor.workstation_id) == ("staff", "Jane Doe", "lab-admin")
    [entry] = uow.audit.entries
    assert (entry.action, entry.target, entry.staff_name, entry.workstation, entry.at) == (
        "staff.added", "Alex Kim", "Jane Doe", "lab-admin", NOW)


@pytest.mark.parametrize("acting_name", ["Nobody", "  ", "Sam Lee"])
async def test_an_unknown_or_inactive_acting_member_is_refused_and_nothing_changes(uow, roster, acting_name) -> None:
    await handlers.set_staff_member_active(handlers.SetStaffMemberActive("Sam Lee", False), uow, clock, AT_DESK)
    uow.outbox.clear()
    with pytest.raises(UnknownStaff) as caught:
        await handlers.add_staff_member(handlers.AddStaffMember("Alex Kim"), uow, clock,
                                        handlers.Acting(acting_name, "lab-admin"))
    assert caught.value.fields == {"staff_name": "not an active staff member"}
    assert "is not an active staff member" in caught.value.message
    assert uow.outbox == [] and "alex kim" not in uow.staff.rows


async def test_the_command_line_is_attributed_as_such(uow) -> None:
    await handlers.add_staff_member(handlers.AddStaffMember("Jane Doe"), uow, clock, handlers.Acting.command_line())
    [event] = uow.outbox
    assert (event.actor.kind, event.actor.staff_name, event.actor.workstation_id) == ("system", "command line", None)
    assert uow.audit.entries[0].staff_name == "command line"


async def test_on_an_empty_roster_the_first_member_may_add_themselves(uow) -> None:
    member = await handlers.add_staff_member(handlers.AddStaffMember("Jane Doe"), uow, clock,
                                             handlers.Acting(" jane  doe ", "lab-admin"))
    assert member.name == "Jane Doe"
    assert uow.audit.entries[0].staff_name == "Jane Doe"
    with pytest.raises(UnknownStaff):
        await handlers.add_staff_member(handlers.AddStaffMember("Sam Lee"), uow, clock,
                                        handlers.Acting("Sam Lee", "lab-admin"))


async def test_an_empty_roster_does_not_let_anyone_else_act(uow) -> None:
    with pytest.raises(UnknownStaff):
        await handlers.add_staff_member(handlers.AddStaffMember("Jane Doe"), uow, clock,
                                        handlers.Acting("Sam Lee", "lab-admin"))


async def test_a_duplicate_in_any_letter_case_is_a_conflict(uow, roster) -> None:
    with pytest.raises(Conflict, match='"Sam Lee" is already on the staff roster'):
        await handlers.add_staff_member(handlers.AddStaffMember("SAM LEE"), uow, clock, AT_DESK)


async def test_deactivating_and_reactivating_are_published_and_audited(uow, roster) -> None:
    member = await handlers.set_staff_member_active(
        handlers.SetStaffMemberActive("sam lee", False), uow, clock, AT_DESK)
    assert (member.name, member.is_active, member.deactivated_at) == ("Sam Lee", False, NOW)
    await handlers.set_staff_member_active(handlers.SetStaffMemberActive("Sam Lee", True), uow, clock, AT_DESK)
    assert [(e.type, e.data) for e in uow.outbox] == [
        ("StaffMemberDeactivated", {"name": "Sam Lee"}), ("StaffMemberReactivated", {"name": "Sam Lee"})]
    assert [e.action for e in uow.audit.entries] == ["staff.deactivated", "staff.reactivated"]


async def test_setting_the_state_a_member_already_has_records_nothing(uow, roster) -> None:
    await handlers.set_staff_member_active(handlers.SetStaffMemberActive("Sam Lee", True), uow, clock, AT_DESK)
    assert uow.outbox == [] and uow.audit.entries == []


async def test_a_member_may_deactivate_themselves_but_not_the_last_active_member(uow, roster) -> None:
    await handlers.set_staff_member_active(handlers.SetStaffMemberActive("Jane Doe", False), uow, clock,
                                           handlers.Acting("Jane Doe", "lab-admin"))
    with pytest.raises(Conflict, match="last active staff member"):
        await handlers.set_staff_member_active(handlers.SetStaffMemberActive("Sam Lee", False), uow, clock,
                                               handlers.Acting("Sam Lee", "lab-admin"))


async def test_an_unknown_member_is_not_found(uow, roster) -> None:
    with pytest.raises(NotFound):
        await handlers.set_staff_member_active(handlers.SetStaffMemberActive("Ghost", False), uow, clock, AT_DESK)


async def test_the_roster_lists_active_members_by_name_or_everyone(uow, roster) -> None:
    await handlers.add_staff_member(handlers.AddStaffMember("alice"), uow, clock, AT_DESK)
    await handlers.set_staff_member_active(handlers.SetStaffMemberActive("Sam Lee", False), uow, clock, AT_DESK)
    assert [m.name for m in await handlers.list_staff(uow)] == ["alice", "Jane Doe"]
    assert [m.name for m in await handlers.list_staff(uow, include_inactive=True)] == ["alice", "Jane Doe", "Sam Lee"]
