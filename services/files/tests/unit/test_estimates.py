"""What a measured model means in the lab: unit suspicion, printers it fits, grams and cost per method."""

from __future__ import annotations

from decimal import Decimal

import pytest

from printdesk.files.domain.estimates import (
    LabRates,
    MeshFacts,
    MethodRates,
    PrinterVolume,
    charge,
    cost_range,
    describe_model,
    estimated_grams,
    fits_build_volume,
    unit_warning,
)

FILAMENT = MethodRates("Filament", Decimal("0.10"), density_g_per_cm3=1.24, fill_factor=0.35)
RESIN = MethodRates("Resin", Decimal("0.20"), density_g_per_cm3=1.1, fill_factor=1.0)
LAB = LabRates(
    currency="USD",
    minimum_charge=Decimal("3.00"),
    methods=(FILAMENT, RESIN),
    printers=(
        PrinterVolume("Prusa MK4S", "Filament", (250, 210, 220)),
        PrinterVolume("Prusa XL", "Filament", (360, 360, 360)),
        PrinterVolume("Raise3D Pro 2 Plus", "Filament", (305, 305, 605)),
        PrinterVolume("Formlabs Form 3", "Resin", (145, 145, 175)),
    ),
)


def facts(bbox, volume=None, watertight=True) -> MeshFacts:
    return MeshFacts(triangles=12, volume_mm3=volume, bbox_mm=bbox, watertight=watertight)


@pytest.mark.parametrize(
    ("bbox", "warning"),
    [
        ((5, 3, 2), "inches"),
        ((9.99, 1, 1), "inches"),
        ((0.2, 0.1, 0.1), "inches"),
        ((10, 2, 2), None),
        ((120, 80, 40), None),
        ((2000, 10, 10), None),
        ((2000.1, 10, 10), "metres"),
        ((25_400, 5000, 3000), "metres"),
    ],
)
def test_a_model_too_tiny_or_too_huge_for_millimetres_is_flagged(bbox, warning):
    assert unit_warning(bbox) == warning


def test_a_model_fits_a_printer_in_any_quarter_turn_orientation():
    assert fits_build_volume((600, 100, 100), (305, 305, 605))
    assert fits_build_volume((220, 250, 210), (250, 210, 220))
    assert fits_build_volume((250, 210, 220), (250, 210, 220))  # touching the walls fits
    assert not fits_build_volume((300, 100, 50), (250, 210, 220))
    assert fits_build_volume((146, 100, 100), (145, 145, 175))  # stood on end


def test_a_box_longer_than_every_side_does_not_fit():
    assert not fits_build_volume((606, 10, 10), (305, 305, 605))
    assert not fits_build_volume((150, 150, 100), (145, 145, 175))


def test_grams_are_volume_times_density_times_fill_rounded_to_a_tenth():
    assert estimated_grams(1_000_000.0, FILAMENT) == Decimal("434.0")  # 1000 cm³ × 1.24 × 0.35
    assert estimated_grams(8000.0, FILAMENT) == Decimal("3.5")  # 3.472 g
    assert estimated_grams(8000.0, RESIN) == Decimal("8.8")


def test_cost_is_grams_times_price_rounded_half_up_to_cents_with_the_minimum():
    assert charge(Decimal("434.0"), Decimal("0.10"), Decimal("3.00")) == Decimal("43.40")
    assert charge(Decimal("30.05"), Decimal("0.10"), Decimal("3.00")) == Decimal("3.01")  # 3.005 rounds up
    assert charge(Decimal("12.0"), Decimal("0.10"), Decimal("3.00")) == Decimal("3.00")
    assert charge(Decimal("0"), Decimal("0.10"), Decimal("3")) == Decimal("3.00")


def test_the_estimate_is_a_range_of_plus_minus_twenty_percent_with_the_minimum_applied():
    assert cost_range(Decimal("434.0"), FILAMENT, Decimal("3.00")) == (Decimal("34.72"), Decimal("52.08"))
    assert cost_range(Decimal("20.0"), FILAMENT, Decimal("3.00")) == (Decimal("3.00"), Decimal("3.00"))
    assert cost_range(Decimal("30.0"), FILAMENT, Decimal("3.00")) == (Decimal("3.00"), Decimal("3.60"))


def test_describing_a_model_gives_every_printer_and_every_method():
    report = describe_model(facts((100, 100, 100), volume=1_000_000.0), LAB)
    assert report.unit_warning is None
    assert [(f.printer, f.fits) for f in report.fits] == [
        ("Prusa MK4S", True), ("Prusa XL", True), ("Raise3D Pro 2 Plus", True), ("Formlabs Form 3", True),
    ]
    assert [(e.method, e.grams, e.cost_low, e.cost_high, e.currency) for e in report.estimates] == [
        ("Filament", Decimal("434.0"), Decimal("34.72"), Decimal("52.08"), "USD"),
        ("Resin", Decimal("1100.0"), Decimal("176.00"), Decimal("264.00"), "USD"),
    ]


def test_a_long_model_fits_only_the_tall_printer_and_no_resin_one():
    report = describe_model(facts((600, 100, 100), volume=6_000_000.0), LAB)
    assert {f.printer: f.fits for f in report.fits} == {
        "Prusa MK4S": False, "Prusa XL": False, "Raise3D Pro 2 Plus": True, "Formlabs Form 3": False,
    }


def test_an_open_model_has_no_volume_and_so_no_estimate():
    report = describe_model(facts((20, 20, 20), volume=None, watertight=False), LAB)
    assert report.estimates == ()
    assert all(f.fits for f in report.fits)


def test_a_lab_with_other_prices_estimates_with_them():
    lab = LabRates("EUR", Decimal("5.00"), (MethodRates("SLS", Decimal("0.50"), 0.95, 1.0),), ())
    report = describe_model(facts((50, 50, 50), volume=125_000.0), lab)
    assert [(e.method, e.grams, e.cost_low, e.cost_high, e.currency) for e in report.estimates] == [
        ("SLS", Decimal("118.8"), Decimal("47.52"), Decimal("71.28"), "EUR"),
    ]
    assert report.fits == ()
