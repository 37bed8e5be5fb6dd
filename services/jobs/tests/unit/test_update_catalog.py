"""Changing the lab catalog: each change is the next version, attributed, announced, and never overwrites
a change the admin has not seen."""

from __future__ import annotations

import pytest

from printdesk.contracts.api.catalog import CatalogContent, seed_catalog
from printdesk.contracts.events import CatalogUpdated, parse_payload
from printdesk.jobs.service_layer.catalog import UpdateCatalog, update_catalog
from printdesk.jobs.service_layer.errors import StaleVersion, Unavailable


def _edited(**changes) -> CatalogContent:
    return seed_catalog().model_copy(update=changes)


def _cmd(content: CatalogContent, edited_version: int = 1, staff_name: str = "Alex Kim") -> UpdateCatalog:
    return UpdateCatalog(content=content, edited_version=edited_version, staff_name=staff_name, workstation_id="admin")


async def test_a_change_becomes_the_next_version_and_keeps_the_old_one(uow):
    content = _edited(pickup_hours="Monday–Thursday 9:00–5:00")
    saved = await update_catalog(_cmd(content), uow)
    assert saved.version == 2
    assert saved.data["pickup_hours"] == "Monday–Thursday 9:00–5:00"
    assert (saved.updated_by, saved.workstation_id) == ("Alex Kim", "admin")
    assert uow.catalog_store["active"].version == 2
    assert uow.catalog_store["v2"].data == content.model_dump(mode="json")


async def test_the_change_is_announced_with_the_whole_catalog_and_the_staff_member(uow):
    content = _edited(disciplines=["Art", "Engineering"])
    await update_catalog(_cmd(content), uow)
    [event] = uow.outbox
    assert event.type == "CatalogUpdated" and event.subject == "jobs.catalog.updated.v1"
    assert (event.actor.kind, event.actor.staff_name, event.actor.workstation_id) == ("staff", "Alex Kim", "admin")
    payload = parse_payload(event)
    assert isinstance(payload, CatalogUpdated)
    assert payload.version == 2
    assert CatalogContent.model_validate(payload.catalog) == content


async def test_an_edit_of_an_older_version_is_refused_and_changes_nothing(uow):
    await update_catalog(_cmd(_edited(lab_name="First edit")), uow)
    with pytest.raises(StaleVersion) as caught:
        await update_catalog(_cmd(_edited(lab_name="Second edit, made from version 1")), uow)
    assert caught.value.context["current_version"] == 2
    assert "version 2" in caught.value.message
    assert uow.catalog_store["active"].data["lab_name"] == "First edit"
    assert len(uow.outbox) == 1


async def test_an_edit_of_a_version_that_never_existed_is_refused(uow):
    with pytest.raises(StaleVersion) as caught:
        await update_catalog(_cmd(_edited(), edited_version=9), uow)
    assert caught.value.context["current_version"] == 1
    assert uow.outbox == []


async def test_versions_follow_each_other(uow):
    for edited in (1, 2, 3):
        saved = await update_catalog(_cmd(_edited(lab_name=f"Lab {edited}"), edited_version=edited), uow)
        assert saved.version == edited + 1
    assert [parse_payload(e).version for e in uow.outbox] == [2, 3, 4]


async def test_without_a_catalog_there_is_nothing_to_change(uow_without_catalog):
    with pytest.raises(Unavailable):
        await update_catalog(_cmd(_edited()), uow_without_catalog)
