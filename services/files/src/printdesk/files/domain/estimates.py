"""What a measured model means in the lab: a unit-scale suspicion, the printers it fits, and per print
method an estimated weight and a cost range. Pure: the lab's numbers come in as `LabRates`.

- grams = volume (cm³) × density (g/cm³) × fill factor, rounded to 0.1 g;
- cost = max(minimum charge, grams × price per gram), rounded half-up to cents (SPEC.md §6);
- the range applies ±20 % to the grams (slicer settings, supports) and the minimum to both ends;
- an open (not watertight) model has no inside, so no volume and no estimate;
- a model fits a printer if some rotation by quarter turns (any of the 6 axis orders) fits its build volume;
- unit suspicion: a largest side under 10 mm reads as inches (×25.4 gives an ordinary 10-254 mm print),
  over 2000 mm as metres exported at 1000× (no lab printer comes close).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from itertools import permutations

ESTIMATE_SPREAD = Decimal("0.20")
INCHES_BELOW_MM = 10.0
METRES_ABOVE_MM = 2000.0
_CENT = Decimal("0.01")
_TENTH = Decimal("0.1")

Vector3 = tuple[float, float, float]


@dataclass(frozen=True)
class MeshFacts:
    """What the mesh library measured."""

    triangles: int
    volume_mm3: float | None  # None when the surface is open: there is no inside to measure
    bbox_mm: Vector3
    watertight: bool


@dataclass(frozen=True)
class MethodRates:
    name: str
    price_per_gram: Decimal
    density_g_per_cm3: float
    fill_factor: float


@dataclass(frozen=True)
class PrinterVolume:
    name: str
    method: str
    build_volume_mm: Vector3


@dataclass(frozen=True)
class LabRates:
    """The parts of the lab catalog an estimate needs."""

    currency: str
    minimum_charge: Decimal
    methods: tuple[MethodRates, ...]
    printers: tuple[PrinterVolume, ...]


@dataclass(frozen=True)
class PrinterFit:
    printer: str
    method: str
    fits: bool


@dataclass(frozen=True)
class CostEstimate:
    method: str
    grams: Decimal
    cost_low: Decimal
    cost_high: Decimal
    currency: str


@dataclass(frozen=True)
class ModelReport:
    facts: MeshFacts
    unit_warning: str | None
    fits: tuple[PrinterFit, ...]
    estimates: tuple[CostEstimate, ...]


def unit_warning(bbox_mm: Vector3) -> str | None:
    """`"inches"` for a model too tiny to be millimetres, `"metres"` for one too huge, else None."""
    largest = max(bbox_mm)
    if largest < INCHES_BELOW_MM:
        return "inches"
    if largest > METRES_ABOVE_MM:
        return "metres"
    return None


def fits_build_volume(bbox_mm: Vector3, build_volume_mm: Vector3) -> bool:
    """True if the box fits the build volume in one of its six axis orders (touching the walls is fine)."""
    return any(
        all(side <= room * (1 + 1e-9) + 1e-6 for side, room in zip(order, build_volume_mm, strict=True))
        for order in permutations(bbox_mm)
    )


def round_money(amount: Decimal) -> Decimal:
    return amount.quantize(_CENT, rounding=ROUND_HALF_UP)


def estimated_grams(volume_mm3: float, method: MethodRates) -> Decimal:
    grams = volume_mm3 / 1000.0 * method.density_g_per_cm3 * method.fill_factor
    return Decimal(repr(grams)).quantize(_TENTH, rounding=ROUND_HALF_UP)


def charge(grams: Decimal, price_per_gram: Decimal, minimum_charge: Decimal) -> Decimal:
    """max(minimum, grams × price), rounded half-up to cents."""
    return max(round_money(minimum_charge), round_money(grams * price_per_gram))


def cost_range(
    grams: Decimal, method: MethodRates, minimum_charge: Decimal, spread: Decimal = ESTIMATE_SPREAD
) -> tuple[Decimal, Decimal]:
    low = charge(grams * (1 - spread), method.price_per_gram, minimum_charge)
    high = charge(grams * (1 + spread), method.price_per_gram, minimum_charge)
    return low, high


def describe_model(facts: MeshFacts, lab: LabRates) -> ModelReport:
    """Everything a student should know about a model before submitting it, from its measurements."""
    fits = tuple(
        PrinterFit(printer.name, printer.method, fits_build_volume(facts.bbox_mm, printer.build_volume_mm))
        for printer in lab.printers
    )
    estimates: tuple[CostEstimate, ...] = ()
    if facts.volume_mm3 is not None:
        rows = []
        for method in lab.methods:
            grams = estimated_grams(facts.volume_mm3, method)
            low, high = cost_range(grams, method, lab.minimum_charge)
            rows.append(CostEstimate(method.name, grams, low, high, lab.currency))
        estimates = tuple(rows)
    return ModelReport(facts, unit_warning(facts.bbox_mm), fits, estimates)
