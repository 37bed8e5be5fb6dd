from datetime import UTC, datetime

import pytest

from printdesk.auth.domain import events
from printdesk.auth.domain.model import (
    ChangeRefused,
    InvalidAccount,
    StaffMember,
    Workstation,
    check_admin_change,
    check_password,
    check_staff_deactivation,
    staff_name,
    workstation_name,
)

NOW = datetime(2025, 3, 3, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize("name", ["a", "front-desk", "workstation-2", "0", "x" * 64, "a-"])
def test_workstation_names_are_lowercase_letters_digits_and_dashes(name: str) -> None:
    assert workstation_name(name) == name


@pytest.mark.parametrize("name", ["", "-front", "Front-Desk", "front desk", "front_desk", "x" * 65, "ümlaut", "a/b"])
def test_other_workstation_names_are_refused_with_a_reason(name: str) -> None:
    with pytest.raises(InvalidAccount) as caught:
        workstation_name(name)
    assert "lowercase letters" in caught.value.fields["name"]


def test_surrounding_spaces_do_not_count_in_a_workstation_name() -> None:
    assert workstation_name("  front-desk ") == "front-desk"


def test_staff_names_keep_their_case_and_lose_extra_spaces() -> None:
    assert staff_name("  Jane   van  Doe ") == "Jane van Doe"


@pytest.mark.parametrize("name", ["", "   ", "x" * 101])
def test_staff_names_are_one_to_a_hundred_characters(name: str) -> None:
    with pytest.raises(InvalidAccount):
        staff_name(name)


def test_a_staff_name_of_exactly_a_hundred_characters_is_fine() -> None:
    assert staff_name("x" * 100) == "x" * 100


def test_passwords_need_at_least_ten_characters() -> None:
    check_password("0123456789")
    with pytest.raises(InvalidAccount) as caught:
        check_password("012345678")
    assert caught.value.fields == {"password": "Use at least 10 characters."}


def test_a_new_workstation_is_active_and_records_that_it_was_created() -> None:
    workstation = Workstation.create(name="front-desk", is_admin=False, password_hash="h", now=NOW)
    assert workstation.active and workstation.can_sign_in
    assert workstation.role == "staff"
    assert workstation.events == [events.WorkstationCreated(name="front-desk", is_admin=False)]


def test_an_admin_workstation_has_the_admin_role() -> None:
    assert Workstation.create(name="admin", is_admin=True, password_hash="h", now=NOW).role == "admin"


def test_a_new_staff_member_is_active_and_records_being_added() -> None:
    member = StaffMember.add(name="Jane  Doe", now=NOW)
    assert member.is_active and member.deactivated_at is None and member.added_at == NOW
    assert member.events == [events.StaffMemberAdded(name="Jane Doe")]


LATER = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


def _workstation(name: str = "front-desk", *, is_admin: bool = False) -> Workstation:
    workstation = Workstation.create(name=name, is_admin=is_admin, password_hash="h", now=NOW)
    workstation.events.clear()
    return workstation


def test_rotating_the_password_revokes_every_earlier_token() -> None:
    workstation = _workstation()
    workstation.rotate_password("h2", LATER)
    assert workstation.password_hash == "h2" and workstation.updated_at == LATER
    assert workstation.events == [
        events.WorkstationPasswordRotated(name="front-desk"),
        events.WorkstationTokensRevoked(workstation="front-desk", before=LATER),
    ]
    assert not workstation.accepts_token(role="staff", issued_at=NOW)
    assert workstation.accepts_token(role="staff", issued_at=LATER)


def test_disabling_revokes_tokens_and_enabling_does_not_bring_them_back() -> None:
    workstation = _workstation()
    workstation.disable(LATER)
    assert not workstation.can_sign_in
    assert not workstation.accepts_token(role="staff", issued_at=LATER)
    workstation.enable(LATER)
    assert workstation.accepts_token(role="staff", issued_at=LATER)
    assert not workstation.accepts_token(role="staff", issued_at=NOW)
    assert [type(e) for e in workstation.events] == [
        events.WorkstationDisabled, events.WorkstationTokensRevoked, events.WorkstationEnabled,
    ]


def test_disabling_twice_or_enabling_an_active_workstation_records_nothing() -> None:
    workstation = _workstation()
    workstation.enable(LATER)
    workstation.disable(LATER)
    workstation.disable(LATER)
    assert [type(e) for e in workstation.events] == [events.WorkstationDisabled, events.WorkstationTokensRevoked]


def test_changing_the_role_ends_tokens_carrying_the_old_role() -> None:
    workstation = _workstation()
    workstation.set_admin(True, LATER)
    assert workstation.role == "admin"
    assert workstation.events[0] == events.WorkstationRoleChanged(name="front-desk", is_admin=True)
    assert not workstation.accepts_token(role="staff", issued_at=LATER)
    assert workstation.accepts_token(role="admin", issued_at=LATER)
    workstation.events.clear()
    workstation.set_admin(True, LATER)
    assert workstation.events == []


def test_renaming_ends_the_old_names_tokens_and_any_older_ones_of_the_new_name() -> None:
    workstation = _workstation()
    workstation.rename("desk-1", LATER)
    assert workstation.name == "desk-1"
    assert workstation.events == [
        events.WorkstationRenamed(old_name="front-desk", new_name="desk-1"),
        events.WorkstationTokensRevoked(workstation="front-desk", before=LATER),
        events.WorkstationTokensRevoked(workstation="desk-1", before=LATER),
    ]
    assert not workstation.accepts_token(role="staff", issued_at=NOW)


def test_renaming_to_the_same_name_changes_nothing_and_a_bad_name_is_refused() -> None:
    workstation = _workstation()
    workstation.rename(" front-desk ", LATER)
    assert workstation.events == []
    with pytest.raises(InvalidAccount):
        workstation.rename("Front Desk", LATER)


def test_one_change_that_rotates_and_demotes_revokes_once() -> None:
    workstation = _workstation(is_admin=True)
    workstation.rotate_password("h2", LATER)
    workstation.set_admin(False, LATER)
    assert sum(isinstance(e, events.WorkstationTokensRevoked) for e in workstation.events) == 1


def test_a_token_without_an_issue_time_is_refused_once_tokens_were_revoked() -> None:
    workstation = _workstation()
    assert workstation.accepts_token(role="staff", issued_at=None)
    workstation.rotate_password("h2", LATER)
    assert not workstation.accepts_token(role="staff", issued_at=None)


def test_the_last_active_admin_cannot_be_demoted_or_disabled() -> None:
    admin = _workstation("admin", is_admin=True)
    for change in ({"makes_admin": False, "makes_active": None}, {"makes_admin": None, "makes_active": False}):
        with pytest.raises(ChangeRefused, match="last active admin"):
            check_admin_change(admin, acting_workstation="other", active_admins=1, **change)
    check_admin_change(admin, makes_admin=False, makes_active=None, acting_workstation="other", active_admins=2)


def test_an_admin_cannot_demote_or_disable_the_workstation_they_are_signed_in_on() -> None:
    admin = _workstation("admin", is_admin=True)
    with pytest.raises(ChangeRefused, match="signed in on"):
        check_admin_change(admin, makes_admin=False, makes_active=None, acting_workstation="admin", active_admins=3)
    with pytest.raises(ChangeRefused, match="signed in on"):
        check_admin_change(admin, makes_admin=None, makes_active=False, acting_workstation="admin", active_admins=3)


def test_other_changes_to_admins_and_any_change_to_staff_workstations_pass() -> None:
    admin, desk = _workstation("admin", is_admin=True), _workstation()
    check_admin_change(admin, makes_admin=True, makes_active=True, acting_workstation="admin", active_admins=1)
    check_admin_change(desk, makes_admin=False, makes_active=False, acting_workstation="front-desk", active_admins=1)
    admin.disable(NOW)
    check_admin_change(admin, makes_admin=False, makes_active=False, acting_workstation=None, active_admins=0)


def test_a_deactivated_member_keeps_their_name_and_can_come_back() -> None:
    member = StaffMember.add(name="Jane Doe", now=NOW)
    member.events.clear()
    member.deactivate(LATER)
    assert (member.is_active, member.deactivated_at, member.name) == (False, LATER, "Jane Doe")
    member.deactivate(LATER)
    member.reactivate()
    member.reactivate()
    assert member.is_active and member.deactivated_at is None
    assert member.events == [events.StaffMemberDeactivated(name="Jane Doe"), events.StaffMemberReactivated(name="Jane Doe")]


def test_the_last_active_member_cannot_be_deactivated() -> None:
    member = StaffMember.add(name="Jane Doe", now=NOW)
    with pytest.raises(ChangeRefused, match="last active staff member"):
        check_staff_deactivation(member, active_members=1)
    check_staff_deactivation(member, active_members=2)
