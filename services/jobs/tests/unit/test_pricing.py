"""Pricing (SPEC.md §6): max(minimum, grams × rate), rounded half-up to cents; quote vs final charge."""

from __future__ import annotations

from decimal import Decimal

import pytest

from printdesk.jobs.domain.pricing import (
    InvalidWeight,
    Money,
    NoRate,
    Rate,
    charge_difference,
    final_charge,
    quote,
    rate_for,
)

FILAMENT = Rate(price_per_gram=Decimal("0.10"), minimum_charge=Decimal("3.00"))
RESIN = Rate(price_per_gram=Decimal("0.20"), minimum_charge=Decimal("3.00"))
RATES = {"Filament": FILAMENT, "Resin": RESIN}


def test_a_light_print_is_charged_the_minimum():
    assert quote(Decimal("12.345"), FILAMENT) == Money(Decimal("3.00"))


def test_a_heavier_print_is_charged_by_weight():
    assert quote(Decimal("45.55"), RESIN) == Money(Decimal("9.11"))


def test_half_a_cent_rounds_up():
    assert quote(Decimal("31.25"), FILAMENT) == Money(Decimal("3.13"))
    assert quote(Decimal("1"), Rate(Decimal("0.125"), Decimal("0"))).amount == Decimal("0.13")


def test_just_under_half_a_cent_rounds_down():
    assert quote(Decimal("31.24"), FILAMENT) == Money(Decimal("3.12"))


def test_the_final_charge_follows_the_same_rule_from_the_scale_grams():
    assert final_charge(Decimal("52.3"), FILAMENT) == Money(Decimal("5.23"))
    assert final_charge(Decimal("5"), FILAMENT) == Money(Decimal("3.00"))


def test_floats_and_ints_mean_what_they_say():
    assert quote(45.55, RESIN).amount == Decimal("9.11")
    assert quote(100, FILAMENT).amount == Decimal("10.00")


def test_the_difference_is_final_minus_quote_and_may_be_negative():
    quoted, final = quote(Decimal("50"), FILAMENT), final_charge(Decimal("62.4"), FILAMENT)
    assert charge_difference(quoted, final) == Money(Decimal("1.24"))
    assert charge_difference(final, quoted) == Money(Decimal("-1.24"))
    assert str(charge_difference(final, quoted)) == "-$1.24"


@pytest.mark.parametrize("weight", [Decimal("0"), Decimal("-1"), Decimal("NaN"), Decimal("Infinity"), "abc", True])
def test_a_weight_that_is_not_a_positive_finite_number_is_refused(weight):
    with pytest.raises(InvalidWeight):
        quote(weight, FILAMENT)
    with pytest.raises(InvalidWeight):
        final_charge(weight, FILAMENT)


def test_money_is_whole_cents_and_knows_its_cents():
    assert Money.of("9.105").cents == 911
    with pytest.raises(ValueError):
        Money(Decimal("1.001"))


def test_a_rate_cannot_be_negative():
    with pytest.raises(ValueError):
        Rate(Decimal("-0.10"), Decimal("3.00"))


def test_each_method_has_its_rate_and_unknown_methods_pay_the_filament_rate():
    assert rate_for("Resin", RATES, "Filament") is RESIN
    assert rate_for("Laser sintering", RATES, "Filament") is FILAMENT
    assert rate_for(None, RATES, "Filament") is FILAMENT


def test_no_rate_at_all_is_an_error():
    with pytest.raises(NoRate):
        rate_for("Resin", {}, "Filament")
