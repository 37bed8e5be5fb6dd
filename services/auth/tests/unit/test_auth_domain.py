from datetime import UTC, datetime

import pytest

from printdesk.auth.domain import events
from printdesk.auth.domain.model import (
    InvalidAccount,
    StaffMember,
    Workstation,
    check_password,
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
