"""The lab catalog: everything lab-specific (names, places, methods, colours, printers, prices, reasons).

Owned and versioned by the jobs service (`GET /catalog`, `PUT /catalog`); other services keep a copy fed
by the `CatalogUpdated` event. Seed values live in `data/catalog_seed.json`, not in code.
"""

from __future__ import annotations

import json
from decimal import Decimal
from importlib import resources

from pydantic import Field, model_validator

from printdesk.contracts.api.common import Model


class PrintMethod(Model):
    name: str = Field(min_length=1, max_length=40)
    description: str = Field(max_length=500)
    colors: list[str] = Field(min_length=1)
    price_per_gram: Decimal = Field(gt=0, max_digits=8, decimal_places=4)
    # For estimates: grams = volume (cm³) × density × fill factor (the share of the volume actually printed).
    density_g_per_cm3: float = Field(gt=0, le=25)
    fill_factor: float = Field(gt=0, le=1)


class Printer(Model):
    name: str = Field(min_length=1, max_length=60)
    method: str
    build_volume_mm: tuple[float, float, float]


class CatalogContent(Model):
    lab_name: str = Field(min_length=1, max_length=120)
    pickup_location: str = Field(max_length=200)
    pickup_hours: str = Field(max_length=200)
    payment_method: str = Field(max_length=80)
    time_zone: str = Field(max_length=64)
    currency: str = Field(default="USD", min_length=3, max_length=3)
    minimum_charge: Decimal = Field(ge=0, max_digits=8, decimal_places=2)
    disciplines: list[str] = Field(min_length=1)
    methods: list[PrintMethod] = Field(min_length=1)
    printers: list[Printer] = Field(min_length=1)
    rejection_reasons: list[str] = Field(min_length=1)
    disclaimer: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _printers_use_known_methods(self) -> CatalogContent:
        names = [m.name for m in self.methods]
        if len(set(names)) != len(names):
            raise ValueError("print method names must be unique")
        unknown = sorted({p.method for p in self.printers} - set(names))
        if unknown:
            raise ValueError(f"printers refer to unknown print methods: {', '.join(unknown)}")
        return self

    def method(self, name: str) -> PrintMethod | None:
        return next((m for m in self.methods if m.name == name), None)


class Catalog(CatalogContent):
    """The catalog as served: its content plus the version every change increments."""

    version: int = Field(ge=1)


def seed_catalog() -> CatalogContent:
    """The first catalog a new lab gets (SPEC.md's values), from the packaged JSON seed."""
    text = resources.files("printdesk.contracts.data").joinpath("catalog_seed.json").read_text()
    return CatalogContent.model_validate(json.loads(text))
