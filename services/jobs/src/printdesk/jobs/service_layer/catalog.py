"""Use cases of the lab catalog: read it as the submission rules need it, and change it (admins only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from printdesk.contracts.api.catalog import CatalogContent
from printdesk.jobs.domain.catalog import LabCatalog, StaleCatalog
from printdesk.jobs.domain.submission import CatalogChoices, MethodChoices
from printdesk.jobs.service_layer.errors import StaleVersion, Unavailable
from printdesk.jobs.service_layer.ports import UnitOfWork
from printdesk.jobs.service_layer.publishing import envelope_for, staff_actor


def choices_from(catalog: LabCatalog) -> CatalogChoices:
    """The catalog as the submission rules read it: disciplines, and colours and printers per method."""
    content = CatalogContent.model_validate(catalog.data)
    return CatalogChoices(
        version=catalog.version,
        disciplines=tuple(content.disciplines),
        methods={
            m.name: MethodChoices(
                colors=tuple(m.colors), printers=tuple(p.name for p in content.printers_for(m.name))
            )
            for m in content.methods
        },
        minimum_charge=content.minimum_charge,
        currency=content.currency,
    )


@dataclass(frozen=True)
class UpdateCatalog:
    content: CatalogContent
    edited_version: int
    staff_name: str
    workstation_id: str


async def update_catalog(cmd: UpdateCatalog, uow: UnitOfWork) -> LabCatalog:
    """An admin replaces the catalog's content; the result is the next version, kept in the history and
    announced with `CatalogUpdated` (attributed to the staff member and workstation). An edit of any
    version but the current one is refused, so two admins never silently overwrite each other."""
    async with uow:
        catalog = await uow.catalog.get(for_update=True)
        if catalog is None:
            raise Unavailable("The lab's catalog is not set up yet (run the jobs service's migrations).")
        replaced = catalog.version
        try:
            catalog.revise(
                cmd.content.model_dump(mode="json"), edited_version=cmd.edited_version,
                staff_name=cmd.staff_name, workstation_id=cmd.workstation_id, now=datetime.now(UTC),
            )
        except StaleCatalog as exc:
            raise _stale(exc.current_version) from exc
        if not await uow.catalog.save(catalog, replaced_version=replaced):  # pragma: no cover - the row lock prevents it
            current = await uow.catalog.get()
            raise _stale(current.version if current else replaced)
        actor = staff_actor(cmd.staff_name, cmd.workstation_id)
        while catalog.events:
            await uow.add_event(envelope_for(catalog.events.pop(0), actor))
        await uow.commit()
    return catalog


def _stale(current_version: int) -> StaleVersion:
    return StaleVersion(
        f"The catalog was changed since you opened it (it is now version {current_version}); "
        "reload it and make your changes again.",
        current_version=current_version,
    )
