"""How figures read in an e-mail: money with cents, weight in grams, time in hours or minutes, the lab's clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from printdesk.notify.domain import wording


@pytest.mark.parametrize(
    ("amount", "currency", "text"),
    [
        ("12.5", "USD", "$12.50"),
        ("3", "USD", "$3.00"),
        ("0.125", "USD", "$0.13"),  # half up, to the cent
        ("1234.5", "USD", "$1,234.50"),
        ("12.5", "EUR", "€12.50"),
        ("12.5", "CHF", "12.50 CHF"),
    ],
)
def test_money_always_shows_cents(amount, currency, text):
    assert wording.money(Decimal(amount), currency) == text


@pytest.mark.parametrize(
    ("grams", "text"), [("125.0", "125 g"), ("42.50", "42.5 g"), ("0.05", "0.05 g"), ("1250", "1,250 g"), ("100", "100 g")]
)
def test_weight_in_grams_without_trailing_zeros(grams, text):
    assert wording.weight(Decimal(grams)) == text


@pytest.mark.parametrize(
    ("hours", "text"),
    [
        ("0.75", "45 minutes"),
        ("0.5", "30 minutes"),
        ("0.25", "15 minutes"),
        ("0.01", "1 minute"),  # never "0 minutes" for a real print
        ("0.001", "1 minute"),
        ("0.999", "1 hour"),  # 59.94 minutes round to a full hour
        ("1", "1 hour"),
        ("1.0", "1 hour"),
        ("1.5", "1.5 hours"),
        ("2.25", "2.25 hours"),
        ("12", "12 hours"),
        ("0", "0 minutes"),
    ],
)
def test_time_reads_in_hours_or_in_minutes_below_one_hour(hours, text):
    assert wording.duration(Decimal(hours)) == text


def test_a_moment_reads_on_the_labs_clock_with_its_zone():
    moment = datetime(2025, 9, 4, 14, 0, tzinfo=UTC)
    assert wording.local_time(moment, "America/Chicago") == "Thursday, September 4, 2025 at 9:00 AM CDT"
    assert wording.local_time(moment, "Europe/Berlin") == "Thursday, September 4, 2025 at 4:00 PM CEST"
    winter = datetime(2025, 12, 4, 0, 5, tzinfo=UTC)
    assert wording.local_time(winter, "America/Chicago") == "Wednesday, December 3, 2025 at 6:05 PM CST"


def test_a_zone_unknown_here_falls_back_to_utc():
    moment = datetime(2025, 9, 4, 0, 30, tzinfo=UTC)
    assert wording.local_time(moment, "Mars/Olympus_Mons") == "Thursday, September 4, 2025 at 12:30 AM UTC"


def test_a_links_lifetime_in_whole_hours():
    issued = datetime(2025, 9, 1, 14, 0, 0, 400_000, tzinfo=UTC)
    assert wording.whole_hours(issued, issued + timedelta(hours=72)) == 72
    assert wording.whole_hours(issued, issued + timedelta(hours=71, minutes=59, seconds=59)) == 72
    assert wording.whole_hours(issued, issued - timedelta(hours=1)) == 0
