"""The lab as its e-mails describe it, and this service's copy of the lab catalog. Pure rules."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class MethodRate:
    method: str
    price_per_gram: Decimal


@dataclass(frozen=True)
class LabDetails:
    """What the e-mails say about the lab: its name, where and when to pick up, how to pay, its clock and prices."""

    name: str
    pickup_location: str
    pickup_hours: str
    payment_method: str
    time_zone: str
    currency: str
    minimum_charge: Decimal
    rates: tuple[MethodRate, ...] = ()
    # Days after "ready for pickup" to remind a student who has not collected the print (0: no reminder).
    pickup_reminder_days: int = 7

    def rate_for(self, method: str | None) -> Decimal | None:
        return next((r.price_per_gram for r in self.rates if r.method == method), None)


@dataclass(frozen=True)
class CatalogCopy:
    """One version of the lab catalog as the jobs service announced it (the whole catalog, as JSON)."""

    version: int
    content: dict[str, Any]

    def replaces(self, kept: CatalogCopy | None) -> bool:
        """The highest version wins: an older or equal version arriving late changes nothing."""
        return kept is None or self.version > kept.version
