"""What a print costs (SPEC.md §6): a rate per gram for each print method, a minimum charge, cents rounded half-up.

The quote at approval comes from the staff's weight estimate, the final charge at pickup from the scale
grams; both are kept and their difference reported. The rates come from the lab catalog: the caller
looks them up and passes a `Rate`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


class InvalidWeight(ValueError):
    """A weight that is not a finite number of grams above zero."""


class NoRate(LookupError):
    """Neither the job's print method nor the fallback method has a rate in the catalog."""


def _decimal(value: Decimal | int | str, what: str) -> Decimal:
    # Floats go through str() so 45.55 means 45.55, not 45.5499999...
    if isinstance(value, bool):
        raise InvalidWeight(f"{what} must be a number, not {value!r}")
    try:
        number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    except (ArithmeticError, ValueError, TypeError):
        raise InvalidWeight(f"{what} must be a number, not {value!r}") from None
    if not number.is_finite():
        raise InvalidWeight(f"{what} must be a finite number, not {value!r}")
    return number


@dataclass(frozen=True, order=True)
class Money:
    """An amount in US dollars, exact to the cent (may be negative: a difference between two charges)."""

    amount: Decimal

    def __post_init__(self) -> None:
        if not isinstance(self.amount, Decimal) or not self.amount.is_finite():
            raise ValueError(f"money must be a finite Decimal, not {self.amount!r}")
        if self.amount != self.amount.quantize(CENT):
            raise ValueError(f"money must be whole cents, not {self.amount}")

    @classmethod
    def of(cls, value: Decimal | int | str) -> Money:
        """`value` rounded half-up to cents."""
        return cls(_decimal(value, "amount").quantize(CENT, rounding=ROUND_HALF_UP))

    @property
    def cents(self) -> int:
        return int(self.amount * 100)

    def __sub__(self, other: Money) -> Money:
        return Money(self.amount - other.amount)

    def __str__(self) -> str:
        sign = "-" if self.amount < 0 else ""
        return f"{sign}${abs(self.amount)}"


@dataclass(frozen=True)
class Rate:
    price_per_gram: Decimal
    minimum_charge: Decimal

    def __post_init__(self) -> None:
        for name in ("price_per_gram", "minimum_charge"):
            value = getattr(self, name)
            if not isinstance(value, Decimal) or not value.is_finite() or value < 0:
                raise ValueError(f"{name} must be a finite Decimal of at least 0, not {value!r}")

    def charge_for(self, grams: Decimal | int | str) -> Money:
        weight = _decimal(grams, "weight")
        if weight <= 0:
            raise InvalidWeight(f"weight must be above 0 g, not {weight}")
        return Money.of(max(self.minimum_charge, weight * self.price_per_gram))


def quote(weight_g: Decimal | int | str, rate: Rate) -> Money:
    """The estimate at approval, from the weight staff read off the slicer."""
    return rate.charge_for(weight_g)


def final_charge(scale_grams: Decimal | int | str, rate: Rate) -> Money:
    """What the student pays at pickup, from the grams on the scale (same rule as the quote)."""
    return rate.charge_for(scale_grams)


def charge_difference(quoted: Money, final: Money) -> Money:
    """Final minus quote: positive when the print cost more than estimated."""
    return final - quoted


def rate_for(method: str | None, rates: Mapping[str, Rate], fallback_method: str) -> Rate:
    """The rate of `method`; methods the catalog doesn't price are charged the fallback's (filament) rate."""
    if method is not None and method in rates:
        return rates[method]
    try:
        return rates[fallback_method]
    except KeyError:
        raise NoRate(f"no rate for {method!r} nor for the fallback {fallback_method!r}") from None
