"""The files service keeps the latest lab catalog the jobs service announces, and estimates with it."""

from __future__ import annotations

from decimal import Decimal

from printdesk.contracts.api.catalog import seed_catalog
from printdesk.devstack.samples import cube_stl


def catalog_with(**changes) -> dict:  # noqa: ANN003
    seed = seed_catalog()
    methods = [m.model_copy(update=changes.pop("method_changes", {}).get(m.name, {})) for m in seed.methods]
    return seed.model_copy(update={"methods": methods, **changes}).model_dump(mode="json")


async def estimates(client) -> dict[str, tuple[str, str]]:  # noqa: ANN001
    response = await client.post("/api/v1/uploads", files={"file": ("cube.stl", cube_stl(100), "model/stl")})
    assert response.status_code == 201, response.text
    return {e["method"]: (e["cost_low"], e["cost_high"]) for e in response.json()["analysis"]["estimates"]}


async def test_a_new_catalog_version_changes_the_estimates(files_client, announce_catalog, seed_prices):
    assert (await estimates(files_client))["Filament"] == ("34.72", "52.08")
    dearer = catalog_with(method_changes={"Filament": {"price_per_gram": Decimal("1.00")}})
    await announce_catalog(dearer)
    assert (await estimates(files_client))["Filament"] == ("347.20", "520.80")


async def test_an_older_version_arriving_late_is_ignored(files_client, announce_catalog, seed_prices):
    current = await announce_catalog.stored_version()
    await announce_catalog(catalog_with(minimum_charge=Decimal("999.00")), version=current - 1)
    later = await announce_catalog(catalog_with(currency="EUR"))  # consumed after the stale one
    assert await announce_catalog.stored_version() == later
    assert {e[0] for e in (await estimates(files_client)).values()} != {"999.00"}


async def test_printers_come_from_the_catalog(files_client, announce_catalog, seed_prices):
    seed = seed_catalog()
    bigger = seed.model_copy(update={"printers": [*seed.printers, seed.printers[0].model_copy(
        update={"name": "Bambu X1", "build_volume_mm": (256, 256, 256)})]})
    await announce_catalog(bigger.model_dump(mode="json"))
    response = await files_client.post("/api/v1/uploads", files={"file": ("cube.stl", cube_stl(20), "model/stl")})
    assert [f["printer"] for f in response.json()["analysis"]["fits"]][-1] == "Bambu X1"


async def test_an_invalid_catalog_is_not_kept(announce_catalog, seed_prices):
    current = await announce_catalog.stored_version()
    await announce_catalog({"lab_name": "broken"}, version=current + 10, wait=False)  # terminated, never kept
    # Had version +10 been kept, this lower one would be ignored as stale.
    await announce_catalog(seed_catalog().model_dump(mode="json"), version=current + 5)
    assert await announce_catalog.stored_version() == current + 5
