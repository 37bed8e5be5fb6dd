"""The catalog copy: the highest version announced wins, an older one arriving late is ignored, an invalid one
is refused, and until one arrives the e-mails use the seed catalog."""

from __future__ import annotations

import pytest

from printdesk.contracts.api.catalog import seed_catalog
from printdesk.contracts.events import CatalogUpdated
from printdesk.notify.domain.lab import CatalogCopy
from printdesk.notify.service_layer import lab_catalog


def catalog(**changes) -> dict:  # noqa: ANN003
    return seed_catalog().model_copy(update=changes).model_dump(mode="json")


async def record(uow, version: int, content: dict) -> bool:  # noqa: ANN001
    async with uow:
        kept = await lab_catalog.record_catalog(CatalogUpdated(version=version, catalog=content), uow)
        await uow.commit()
    return kept


def test_a_higher_version_replaces_the_copy_and_an_older_or_equal_one_does_not():
    kept = CatalogCopy(5, {})
    assert CatalogCopy(6, {}).replaces(kept)
    assert not CatalogCopy(5, {}).replaces(kept)
    assert not CatalogCopy(4, {}).replaces(kept)
    assert CatalogCopy(1, {}).replaces(None)


async def test_the_first_catalog_announced_is_kept(uow):
    assert await record(uow, 3, catalog(lab_name="Maker Hall"))
    assert uow.catalog.kept.version == 3
    assert (await lab_catalog.current_lab(uow)).name == "Maker Hall"


async def test_a_newer_version_wins_and_an_older_one_arriving_late_is_ignored(uow):
    await record(uow, 2, catalog(lab_name="Second"))
    assert await record(uow, 4, catalog(lab_name="Fourth"))
    assert not await record(uow, 3, catalog(lab_name="Third, late"))
    assert not await record(uow, 4, catalog(lab_name="Fourth again"))
    assert uow.catalog.kept.version == 4
    assert (await lab_catalog.current_lab(uow)).name == "Fourth"


async def test_a_stale_version_is_not_even_written(uow):
    await record(uow, 4, catalog())
    saves = uow.catalog.saves
    await record(uow, 2, catalog())
    assert uow.catalog.saves == saves


async def test_an_invalid_catalog_is_refused_and_changes_nothing(uow):
    await record(uow, 2, catalog(lab_name="Kept"))
    with pytest.raises(lab_catalog.InvalidCatalog):
        await record(uow, 9, {"lab_name": "broken"})
    assert uow.catalog.kept.version == 2


async def test_until_a_catalog_arrives_the_lab_is_the_seeds(uow):
    lab = await lab_catalog.current_lab(uow)
    assert lab == lab_catalog.lab_details(seed_catalog())
    assert (lab.name, lab.pickup_location, lab.payment_method, lab.time_zone) == (
        "Fabrication Lab", "Fabrication Lab, room 145 Atkinson", "TigerCASH", "America/Chicago"
    )
    assert [(r.method, str(r.price_per_gram)) for r in lab.rates] == [("Filament", "0.10"), ("Resin", "0.20")]


async def test_a_stored_copy_that_no_longer_validates_falls_back_to_the_seed(uow):
    uow.catalog.kept = CatalogCopy(8, {"lab_name": "half a catalog"})
    assert (await lab_catalog.current_lab(uow)).name == "Fabrication Lab"
