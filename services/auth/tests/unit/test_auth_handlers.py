from datetime import UTC, datetime, timedelta

import pytest

from printdesk.auth.service_layer import handlers
from printdesk.auth.service_layer.errors import Conflict, InvalidCredentials, InvalidInput

NOW = datetime(2025, 3, 3, 8, 0, tzinfo=UTC)
TTL = timedelta(hours=10)


def clock() -> datetime:
    return NOW


async def _workstation(uow, hasher, name: str = "front-desk", password: str = "correct horse",
                       is_admin: bool = False) -> None:
    await handlers.create_workstation(handlers.CreateWorkstation(name, password, is_admin), uow, hasher, clock)


async def _login(uow, hasher, workstation: str = "front-desk", password: str = "correct horse"):
    return await handlers.login(handlers.Login(workstation, password, TTL), uow, hasher, clock)


async def test_the_right_password_signs_the_workstation_in_with_its_role(uow, hasher) -> None:
    await _workstation(uow, hasher)
    signed = await _login(uow, hasher)
    assert (signed.workstation, signed.role) == ("front-desk", "staff")
    assert signed.expires_at == NOW + TTL
    assert signed.access_token == "k1:front-desk:staff"


async def test_an_admin_workstation_signs_in_as_admin(uow, hasher) -> None:
    await _workstation(uow, hasher, "admin", "0123456789", is_admin=True)
    assert (await _login(uow, hasher, "admin", "0123456789")).role == "admin"


async def test_names_are_matched_without_regard_to_case_or_spaces(uow, hasher) -> None:
    await _workstation(uow, hasher)
    assert (await _login(uow, hasher, " Front-Desk ")).workstation == "front-desk"


async def test_the_first_sign_in_creates_the_signing_key_and_later_ones_reuse_it(uow, hasher) -> None:
    await _workstation(uow, hasher)
    first = await _login(uow, hasher)
    second = await _login(uow, hasher)
    assert first.key_id == second.key_id == "k1"
    assert len(uow.keys.rows) == 1


@pytest.mark.parametrize(
    ("workstation", "password"),
    [("front-desk", "wrong password"), ("back-office", "correct horse"), ("NOT A NAME!", "correct horse"),
     ("front-desk", "")],
)
async def test_wrong_password_and_unknown_workstation_fail_alike(uow, hasher, workstation, password) -> None:
    await _workstation(uow, hasher)
    hasher.verified.clear()
    with pytest.raises(InvalidCredentials) as caught:
        await _login(uow, hasher, workstation, password)
    assert caught.value.message == "Wrong workstation name or password."
    assert len(hasher.verified) == 1, "every attempt costs one password check, known name or not"
    assert uow.keys.rows == [], "a refused sign-in signs nothing"


async def test_an_unknown_workstation_is_checked_against_the_dummy_hash(uow, hasher) -> None:
    with pytest.raises(InvalidCredentials):
        await _login(uow, hasher, "ghost", "whatever-123")
    assert hasher.verified == [hasher.dummy_hash]


async def test_a_deactivated_workstation_cannot_sign_in(uow, hasher) -> None:
    await _workstation(uow, hasher)
    uow.workstations.rows["front-desk"].active = False
    with pytest.raises(InvalidCredentials) as caught:
        await _login(uow, hasher)
    assert caught.value.message == "Wrong workstation name or password."


async def test_creating_a_workstation_stores_a_hash_and_writes_workstation_created(uow, hasher) -> None:
    await _workstation(uow, hasher, "workstation-1", "0123456789", is_admin=False)
    assert uow.workstations.rows["workstation-1"].password_hash == "hashed:0123456789"
    [event] = uow.outbox
    assert (event.type, event.producer, event.actor.kind) == ("WorkstationCreated", "auth", "system")
    assert event.data == {"name": "workstation-1", "is_admin": False}


async def test_a_workstation_name_is_taken_only_once(uow, hasher) -> None:
    await _workstation(uow, hasher)
    with pytest.raises(Conflict, match='"front-desk" already exists'):
        await _workstation(uow, hasher, password="another password")
    assert len(uow.outbox) == 1


async def test_a_bad_name_and_a_short_password_are_both_reported(uow, hasher) -> None:
    with pytest.raises(InvalidInput) as caught:
        await _workstation(uow, hasher, "Front Desk", "short")
    assert set(caught.value.fields) == {"name", "password"}
    assert uow.outbox == []


async def test_adding_a_staff_member_writes_staff_member_added(uow) -> None:
    member = await handlers.add_staff_member(handlers.AddStaffMember(" Jane  Doe "), uow, clock)
    assert member.name == "Jane Doe" and member.is_active
    assert [(e.type, e.data) for e in uow.outbox] == [("StaffMemberAdded", {"name": "Jane Doe"})]


async def test_a_staff_name_already_on_the_roster_in_any_case_is_a_conflict(uow) -> None:
    await handlers.add_staff_member(handlers.AddStaffMember("Jane Doe"), uow, clock)
    with pytest.raises(Conflict, match="already on the staff roster"):
        await handlers.add_staff_member(handlers.AddStaffMember("jane doe"), uow, clock)
    assert len(uow.outbox) == 1


async def test_bootstrap_admin_creates_admin_once_with_a_generated_password(uow, hasher) -> None:
    first = await handlers.bootstrap_admin(
        handlers.BootstrapAdmin(), uow, hasher, clock, new_password=lambda: "generated-secret"
    )
    assert first == handlers.AdminBootstrapped(created=True, name="admin", generated_password="generated-secret")
    assert uow.workstations.rows["admin"].is_admin
    second = await handlers.bootstrap_admin(handlers.BootstrapAdmin(), uow, hasher, clock)
    assert second == handlers.AdminBootstrapped(created=False, name="admin")
    assert [e.type for e in uow.outbox] == ["WorkstationCreated"]


async def test_bootstrap_admin_uses_a_given_password_and_does_not_return_it(uow, hasher) -> None:
    result = await handlers.bootstrap_admin(handlers.BootstrapAdmin("operator-chosen"), uow, hasher, clock)
    assert result.created and result.generated_password is None
    assert uow.workstations.rows["admin"].password_hash == "hashed:operator-chosen"


async def test_bootstrap_admin_does_nothing_when_another_admin_workstation_exists(uow, hasher) -> None:
    await _workstation(uow, hasher, "lab-manager", "0123456789", is_admin=True)
    result = await handlers.bootstrap_admin(handlers.BootstrapAdmin(), uow, hasher, clock)
    assert not result.created and "admin" not in uow.workstations.rows


async def test_bootstrap_admin_refuses_a_given_password_that_is_too_short(uow, hasher) -> None:
    with pytest.raises(InvalidInput):
        await handlers.bootstrap_admin(handlers.BootstrapAdmin("short"), uow, hasher, clock)


async def test_the_current_signing_key_is_created_once(uow) -> None:
    first = await handlers.current_signing_key(uow, clock)
    second = await handlers.current_signing_key(uow, clock)
    assert first is second
    assert [k.kid for k in await handlers.verification_keys(uow)] == ["k1"]
