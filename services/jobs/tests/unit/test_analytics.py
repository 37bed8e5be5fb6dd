"""Pure rules of the analytics: the window in the lab's time zone, queue-age buckets and the small sums."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from printdesk.jobs.domain.analytics import (
    BadWindow,
    QueueAges,
    ReportWindow,
    every_day,
    hours_between,
    is_resin,
    mean_ticket,
    percent,
    queue_ages,
    rounded,
)

CHICAGO = ZoneInfo("America/Chicago")
NOW = datetime(2026, 3, 10, 4, 30, tzinfo=UTC)  # still the 9th in Chicago


def test_the_default_window_is_the_last_30_days_up_to_today_in_the_lab():
    window = ReportWindow.of(None, None, CHICAGO, NOW)
    assert (window.date_from, window.date_to) == (date(2026, 2, 8), date(2026, 3, 9))
    assert len(window.days) == 30 and window.days[0] == date(2026, 2, 8)
    assert window.start == datetime(2026, 2, 8, 6, 0, tzinfo=UTC)
    assert window.end == datetime(2026, 3, 10, 5, 0, tzinfo=UTC)  # after the change to daylight time


def test_one_end_given_makes_a_30_day_window_from_it():
    assert ReportWindow.of(date(2026, 1, 1), None, CHICAGO, NOW).date_to == date(2026, 1, 30)
    assert ReportWindow.of(None, date(2026, 1, 30), CHICAGO, NOW).date_from == date(2026, 1, 1)


def test_a_day_of_clock_change_has_23_hours():
    assert ReportWindow.of(date(2026, 3, 8), date(2026, 3, 8), CHICAGO, NOW).hours == 23
    assert ReportWindow.of(date(2026, 2, 2), date(2026, 2, 8), CHICAGO, NOW).hours == 168


def test_backwards_and_overlong_windows_are_refused():
    with pytest.raises(BadWindow) as backwards:
        ReportWindow.of(date(2026, 2, 8), date(2026, 2, 2), CHICAGO, NOW)
    assert backwards.value.field == "to"
    with pytest.raises(BadWindow):
        ReportWindow.of(date(2024, 1, 1), date(2026, 1, 1), CHICAGO, NOW)
    assert len(ReportWindow.of(date(2024, 1, 2), date(2026, 1, 1), CHICAGO, NOW).days) == 731


def test_every_day_fills_the_gaps():
    window = ReportWindow.of(date(2026, 2, 2), date(2026, 2, 4), CHICAGO, NOW)
    assert every_day(window, {date(2026, 2, 3): 5}, 0) == [
        (date(2026, 2, 2), 0), (date(2026, 2, 3), 5), (date(2026, 2, 4), 0)]


def test_queue_age_buckets_by_whole_days():
    ages = [timedelta(hours=1), timedelta(days=2, hours=23), timedelta(days=3), timedelta(days=6, hours=23),
            timedelta(days=7), timedelta(days=40)]
    assert queue_ages([NOW - a for a in ages], NOW) == QueueAges(days_0_2=2, days_3_7=2, days_7_plus=2)


def test_small_sums():
    assert mean_ticket(800, 2) == 400 and mean_ticket(1001, 2) == 501 and mean_ticket(0, 0) is None
    assert percent(4, 168) == 2.38 and percent(1, 3) == 33.33 and percent(5, 0) is None
    assert percent(Decimal("-5"), Decimal("45")) == -11.11
    assert rounded(Decimal("2.345")) == 2.35 and rounded(None) is None
    assert hours_between(Decimal(104400)) == 29.0 and hours_between(None) is None
    assert is_resin(" Resin ") and not is_resin("Filament") and not is_resin(None)
