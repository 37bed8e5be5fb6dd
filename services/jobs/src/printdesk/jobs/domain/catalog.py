"""The lab catalog as a versioned record: every change makes the next version, and only from the latest.

What the content must hold is checked where it arrives (the contracts' `CatalogContent`); here it is
opaque data with a version, an author and a history.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from printdesk.jobs.domain import events


class StaleCatalog(Exception):
    """The change was made to an older version than the current one (someone saved in between)."""

    def __init__(self, edited_version: int, current_version: int) -> None:
        super().__init__(f"catalog version {edited_version} was edited, but version {current_version} is current")
        self.edited_version = edited_version
        self.current_version = current_version


@dataclass(eq=False)
class LabCatalog:
    version: int
    data: dict[str, Any]
    updated_by: str | None
    workstation_id: str | None
    updated_at: datetime
    events: list[events.Event] = field(default_factory=list, repr=False)

    def revise(
        self, data: dict[str, Any], *, edited_version: int, staff_name: str, workstation_id: str, now: datetime
    ) -> None:
        """Replace the content with `data` as the next version; refuse an edit of anything but the current one."""
        if edited_version != self.version:
            raise StaleCatalog(edited_version, self.version)
        self.version += 1
        self.data = data
        self.updated_by = staff_name
        self.workstation_id = workstation_id
        self.updated_at = now
        self.events.append(events.CatalogUpdated(version=self.version, catalog=data))
