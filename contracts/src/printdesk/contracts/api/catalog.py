"""The lab catalog: everything lab-specific (names, places, methods, colours, printers, prices, reasons).

Owned and versioned by the jobs service (`GET /catalog`, `PUT /catalog`); other services keep a copy fed
by the `CatalogUpdated` event. Seed values live in `data/catalog_seed.json`, not in code.
"""

from __future__ import annotations

import functools
import json
import zoneinfo
from decimal import Decimal
from importlib import resources
from typing import Annotated

from pydantic import Field, StringConstraints, field_validator, model_validator

from printdesk.contracts.api.common import Model

# One entry of a list the student picks from (a discipline, a colour) or reads (a reason, a disclaimer line).
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=60)]
LongText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]


@functools.cache
def _time_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def _unique(values: list[str], what: str) -> list[str]:
    seen: set[str] = set()
    for value in values:
        if value.casefold() in seen:
            raise ValueError(f"{what} {value!r} is listed twice")
        seen.add(value.casefold())
    return values


class PrintMethod(Model):
    name: str = Field(min_length=1, max_length=40)
    description: str = Field(max_length=500)
    colors: list[ShortText] = Field(min_length=1)
    price_per_gram: Decimal = Field(gt=0, max_digits=8, decimal_places=4)
    # For estimates: grams = volume (cm³) × density × fill factor (the share of the volume actually printed).
    density_g_per_cm3: float = Field(gt=0, le=25)
    fill_factor: float = Field(gt=0, le=1)

    @field_validator("colors")
    @classmethod
    def _colors_unique(cls, colors: list[str]) -> list[str]:
        return _unique(colors, "colour")


class Printer(Model):
    name: str = Field(min_length=1, max_length=60)
    method: str
    build_volume_mm: tuple[
        Annotated[float, Field(gt=0, le=10_000)], Annotated[float, Field(gt=0, le=10_000)], Annotated[float, Field(gt=0, le=10_000)]
    ]


class CatalogContent(Model):
    lab_name: str = Field(min_length=1, max_length=120)
    pickup_location: str = Field(max_length=200)
    pickup_hours: str = Field(max_length=200)
    payment_method: str = Field(max_length=80)
    time_zone: str = Field(max_length=64)
    currency: str = Field(default="USD", min_length=3, max_length=3)
    minimum_charge: Decimal = Field(ge=0, max_digits=8, decimal_places=2)
    disciplines: list[ShortText] = Field(min_length=1)
    methods: list[PrintMethod] = Field(min_length=1)
    printers: list[Printer] = Field(min_length=1)
    rejection_reasons: list[LongText] = Field(min_length=1)
    disclaimer: list[LongText] = Field(default_factory=list)
    # Retention: picked-up and rejected jobs are archived this long after their last change, archived ones
    # pruned (files and rows; the trail stays) this long after archiving.
    archive_after_days: int = Field(default=45, ge=1, le=3650)
    prune_after_days: int = Field(default=365, ge=1, le=36500)
    # A print marked complete and still not collected this many days later gets one reminder e-mail (0: none).
    pickup_reminder_days: int = Field(default=7, ge=0, le=365)

    @field_validator("time_zone")
    @classmethod
    def _known_time_zone(cls, value: str) -> str:
        known = _time_zones()
        if known and value not in known:  # without a tz database on the host, accept what we cannot check
            raise ValueError(f"{value!r} is not a time zone name like America/Chicago")
        return value

    @field_validator("disciplines")
    @classmethod
    def _disciplines_unique(cls, values: list[str]) -> list[str]:
        return _unique(values, "discipline")

    @field_validator("rejection_reasons")
    @classmethod
    def _reasons_unique(cls, values: list[str]) -> list[str]:
        return _unique(values, "rejection reason")

    @field_validator("methods")
    @classmethod
    def _method_names_unique(cls, methods: list[PrintMethod]) -> list[PrintMethod]:
        _unique([m.name for m in methods], "print method")
        return methods

    @field_validator("printers")
    @classmethod
    def _printer_names_unique(cls, printers: list[Printer]) -> list[Printer]:
        _unique([p.name for p in printers], "printer")
        return printers

    @model_validator(mode="after")
    def _printers_and_methods_match(self) -> CatalogContent:
        names = {m.name for m in self.methods}
        unknown = sorted({p.method for p in self.printers} - names)
        if unknown:
            raise ValueError(f"printers refer to unknown print methods: {', '.join(unknown)}")
        idle = [m.name for m in self.methods if not self.printers_for(m.name)]
        if idle:
            raise ValueError(f"no printer prints {', '.join(idle)}: add one or remove the method")
        return self

    def method(self, name: str) -> PrintMethod | None:
        return next((m for m in self.methods if m.name == name), None)

    def printers_for(self, method: str) -> list[Printer]:
        return [p for p in self.printers if p.method == method]


class Catalog(CatalogContent):
    """The catalog as served: its content plus the version every change increments."""

    version: int = Field(ge=1)


def seed_catalog() -> CatalogContent:
    """The first catalog a new lab gets (SPEC.md's values), from the packaged JSON seed."""
    text = resources.files("printdesk.contracts.data").joinpath("catalog_seed.json").read_text()
    return CatalogContent.model_validate(json.loads(text))
