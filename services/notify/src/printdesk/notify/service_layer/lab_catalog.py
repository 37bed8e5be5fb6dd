"""The lab catalog as this service knows it: the latest version the jobs service announced, else the seed."""

from __future__ import annotations

import logging

from printdesk.contracts.api.catalog import CatalogContent, seed_catalog
from printdesk.contracts.events import CatalogUpdated
from printdesk.notify.domain.lab import CatalogCopy, LabDetails, MethodRate
from printdesk.notify.service_layer.ports import UnitOfWork

log = logging.getLogger(__name__)


class InvalidCatalog(ValueError):
    """A CatalogUpdated event whose catalog is not a valid `CatalogContent`: it can never be kept."""


async def record_catalog(event: CatalogUpdated, uow: UnitOfWork) -> bool:
    """Keep an announced catalog unless the copy already has that version or a newer one.

    Runs inside the consumer's unit of work; True when the copy now holds this version.
    """
    try:
        catalog = CatalogContent.model_validate(event.catalog)
    except ValueError as exc:
        raise InvalidCatalog(f"catalog version {event.version} is not a valid catalog: {exc}") from exc
    incoming = CatalogCopy(event.version, catalog.model_dump(mode="json"))
    kept = await uow.catalog.get()
    # The repository checks again in the database, for a copy another consumer kept meanwhile.
    if not incoming.replaces(kept) or not await uow.catalog.save_if_newer(incoming):
        log.info("older catalog ignored", extra={"version": event.version, "kept": kept.version if kept else None})
        return False
    log.info("catalog copy updated", extra={"version": event.version})
    return True


async def current_lab(uow: UnitOfWork) -> LabDetails:
    """The lab's details from the latest catalog kept, or from the seed until one has arrived."""
    copy = await uow.catalog.get()
    catalog = None
    if copy is not None:
        try:
            catalog = CatalogContent.model_validate(copy.content)
        except ValueError:
            log.exception("stored catalog copy is invalid; writing with the seed catalog", extra={"version": copy.version})
    return lab_details(catalog or seed_catalog())


def lab_details(catalog: CatalogContent) -> LabDetails:
    return LabDetails(
        name=catalog.lab_name,
        pickup_location=catalog.pickup_location,
        pickup_hours=catalog.pickup_hours,
        payment_method=catalog.payment_method,
        time_zone=catalog.time_zone,
        currency=catalog.currency,
        minimum_charge=catalog.minimum_charge,
        rates=tuple(MethodRate(m.name, m.price_per_gram) for m in catalog.methods),
        pickup_reminder_days=catalog.pickup_reminder_days,
    )
