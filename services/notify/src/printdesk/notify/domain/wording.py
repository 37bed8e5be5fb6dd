"""How amounts, weights, durations and moments read in an e-mail. Pure functions, no I/O."""

from __future__ import annotations

import zoneinfo
from datetime import UTC, datetime, tzinfo
from decimal import ROUND_HALF_UP, Decimal

_CENT = Decimal("0.01")
_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£"}


def _plain(value: Decimal, places: Decimal = _CENT) -> str:
    """At most two decimals, no trailing zeros, thousands separated: 1250.50 -> '1,250.5'."""
    rounded = value.quantize(places, rounding=ROUND_HALF_UP)
    text = f"{rounded:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def money(amount: Decimal, currency: str = "USD") -> str:
    """Always with cents: `$12.50`; a currency without a symbol here is named after the amount (`12.50 CHF`)."""
    text = f"{amount.quantize(_CENT, rounding=ROUND_HALF_UP):,f}"
    symbol = _SYMBOLS.get(currency.upper())
    return f"{symbol}{text}" if symbol else f"{text} {currency.upper()}"


def weight(grams: Decimal) -> str:
    """`42.5 g`."""
    return f"{_plain(grams)} g"


def duration(hours: Decimal) -> str:
    """In hours (`2.5 hours`, `1 hour`), or in whole minutes below one hour (`45 minutes`, never `0 minutes`
    for a time above zero)."""
    if hours <= 0:
        return "0 minutes"
    minutes = (hours * 60).to_integral_value(rounding=ROUND_HALF_UP)
    if minutes < 60:
        minutes = max(minutes, Decimal(1))
        return "1 minute" if minutes == 1 else f"{minutes} minutes"
    text = _plain(hours)
    return "1 hour" if text == "1" else f"{text} hours"


def whole_hours(start: datetime, end: datetime) -> int:
    """How many hours (rounded) lie between two moments: a link issued at 9:00 and expiring 72 h later -> 72."""
    return max(0, round((end - start).total_seconds() / 3600))


def _zone(name: str) -> tzinfo:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return UTC


def local_time(moment: datetime, time_zone: str) -> str:
    """`Thursday, September 4, 2025 at 9:00 AM CDT`, on the lab's clock (UTC when its zone is unknown here)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone(_zone(time_zone))
    hour = local.hour % 12 or 12
    half = "AM" if local.hour < 12 else "PM"
    return f"{local:%A}, {local:%B} {local.day}, {local.year} at {hour}:{local:%M} {half} {local.tzname()}"
