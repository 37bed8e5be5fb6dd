"""Workstation account use cases: attributed, audited, published; tokens revoked when access changes."""

from datetime import UTC, datetime

import pytest

from printdesk.auth.service_layer import handlers
from printdesk.auth.service_layer.errors import Conflict, InvalidInput, NotFound, UnknownStaff

NOW = datetime(2025, 3, 3, 8, 0, tzinfo=UTC)
AT_ADMIN = handlers.Acting("Jane Doe", workstation="admin")


def clock() -> datetime:
    return NOW


@pytest.fixture
async def lab(uow, hasher) -> None:
    await handlers.add_staff_member(handlers.AddStaffMember("Jane Doe"), uow, clock)
    for name, is_admin in (("admin", True), ("front-desk", False)):
        await handlers.create_workstation(handlers.CreateWorkstation(name, "0123456789", is_admin), uow, hasher, clock)
    uow.outbox.clear()
    uow.audit.entries.clear()


async def _update(uow, hasher, name: str = "front-desk", acting: handlers.Acting = AT_ADMIN, **changes):
    return await handlers.update_workstation(handlers.UpdateWorkstation(name, **changes), uow, hasher, clock, acting)


def _published(uow) -> list[tuple[str, dict]]:
    return [(e.type, e.data) for e in uow.outbox]


async def test_creating_is_attributed_and_audited_without_the_password(uow, hasher, lab) -> None:
    await handlers.create_workstation(handlers.CreateWorkstation("desk-2", "a secret password"), uow, hasher,
                                      clock, AT_ADMIN)
    [event] = uow.outbox
    assert (event.actor.staff_name, event.actor.workstation_id) == ("Jane Doe", "admin")
    [entry] = uow.audit.entries
    assert (entry.action, entry.target, entry.details) == ("workstation.created", "desk-2", {"is_admin": False})
    assert "secret" not in repr(uow.outbox) + repr(uow.audit.entries)


async def test_creating_needs_an_active_staff_member(uow, hasher, lab) -> None:
    with pytest.raises(UnknownStaff):
        await handlers.create_workstation(handlers.CreateWorkstation("desk-2", "0123456789"), uow, hasher, clock,
                                          handlers.Acting("Nobody", "admin"))
    assert "desk-2" not in uow.workstations.rows


async def test_rotating_the_password_revokes_the_workstations_tokens(uow, hasher, lab) -> None:
    workstation = await _update(uow, hasher, password="a brand new one")
    assert workstation.password_hash == "hashed:a brand new one"
    assert _published(uow) == [
        ("WorkstationPasswordRotated", {"name": "front-desk"}),
        ("WorkstationTokensRevoked", {"workstation": "front-desk", "before": "2025-03-03T08:00:00Z"}),
    ]
    assert [e.action for e in uow.audit.entries] == ["workstation.password_rotated"]
    assert "brand new" not in repr(uow.outbox) + repr(uow.audit.entries)


async def test_disabling_revokes_and_enabling_restores_sign_in(uow, hasher, lab) -> None:
    assert not (await _update(uow, hasher, is_active=False)).active
    assert [t for t, _ in _published(uow)] == ["WorkstationDisabled", "WorkstationTokensRevoked"]
    assert (await _update(uow, hasher, is_active=True)).active
    assert _published(uow)[-1] == ("WorkstationEnabled", {"name": "front-desk"})


async def test_renaming_moves_the_account_and_revokes_tokens_of_both_names(uow, hasher, lab) -> None:
    workstation = await _update(uow, hasher, new_name="desk-1")
    assert workstation.name == "desk-1" and "front-desk" not in uow.workstations.rows
    assert _published(uow) == [
        ("WorkstationRenamed", {"old_name": "front-desk", "new_name": "desk-1"}),
        ("WorkstationTokensRevoked", {"workstation": "front-desk", "before": "2025-03-03T08:00:00Z"}),
        ("WorkstationTokensRevoked", {"workstation": "desk-1", "before": "2025-03-03T08:00:00Z"}),
    ]
    [entry] = uow.audit.entries
    assert entry.details == {"old_name": "front-desk", "new_name": "desk-1"}


async def test_renaming_onto_a_taken_name_is_a_conflict(uow, hasher, lab) -> None:
    with pytest.raises(Conflict, match='"admin" already exists'):
        await _update(uow, hasher, new_name="admin")


async def test_promoting_changes_the_role_and_revokes(uow, hasher, lab) -> None:
    assert (await _update(uow, hasher, is_admin=True)).role == "admin"
    assert _published(uow)[0] == ("WorkstationRoleChanged", {"name": "front-desk", "is_admin": True})
    assert uow.audit.entries[0].details == {"is_admin": True}


async def test_the_last_active_admin_cannot_be_demoted_or_disabled(uow, hasher, lab) -> None:
    elsewhere = handlers.Acting("Jane Doe", workstation="front-desk")
    for change in ({"is_admin": False}, {"is_active": False}):
        with pytest.raises(Conflict, match="last active admin"):
            await _update(uow, hasher, "admin", elsewhere, **change)
    assert uow.workstations.admin_locks == 2, "checked under the admin-change lock"
    assert uow.outbox == []


async def test_with_a_second_admin_one_of_them_can_be_demoted_but_not_your_own(uow, hasher, lab) -> None:
    await _update(uow, hasher, is_admin=True)
    with pytest.raises(Conflict, match="signed in on"):
        await _update(uow, hasher, "admin", AT_ADMIN, is_admin=False)
    with pytest.raises(Conflict, match="signed in on"):
        await _update(uow, hasher, "admin", AT_ADMIN, is_active=False)
    assert not (await _update(uow, hasher, "front-desk", AT_ADMIN, is_admin=False)).is_admin


async def test_one_request_may_rename_rotate_and_promote_at_once(uow, hasher, lab) -> None:
    workstation = await _update(uow, hasher, new_name="desk-1", password="another password", is_admin=True)
    assert (workstation.name, workstation.role) == ("desk-1", "admin")
    assert [e.action for e in uow.audit.entries] == [
        "workstation.renamed", "workstation.password_rotated", "workstation.role_changed"]


async def test_bad_new_values_are_reported_together(uow, hasher, lab) -> None:
    with pytest.raises(InvalidInput) as caught:
        await _update(uow, hasher, new_name="Desk One", password="short")
    assert set(caught.value.fields) == {"new_name", "password"}


async def test_an_unknown_workstation_is_not_found(uow, hasher, lab) -> None:
    with pytest.raises(NotFound):
        await _update(uow, hasher, "ghost", is_active=False)


async def test_nothing_to_change_records_nothing(uow, hasher, lab) -> None:
    await _update(uow, hasher, is_admin=False, is_active=True, new_name="front-desk")
    assert uow.outbox == [] and uow.audit.entries == []


async def test_workstations_are_listed_by_name(uow, hasher, lab) -> None:
    assert [w.name for w in await handlers.list_workstations(uow)] == ["admin", "front-desk"]
