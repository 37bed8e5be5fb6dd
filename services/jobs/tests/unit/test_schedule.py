"""The daily retention run's next time, in the lab's time zone, across the clock changes."""

from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest

from printdesk.jobs.domain.schedule import next_daily_run, parse_daily_at

DENVER = ZoneInfo("America/Denver")


def test_the_next_run_is_today_or_tomorrow_at_local_time():
    at = time(3, 30)
    before = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)  # 02:00 in Denver (UTC-7)
    assert next_daily_run(before, at, DENVER) == datetime(2026, 1, 10, 10, 30, tzinfo=UTC)
    exactly = datetime(2026, 1, 10, 10, 30, tzinfo=UTC)  # strictly after: not the run that just happened
    assert next_daily_run(exactly, at, DENVER) == datetime(2026, 1, 11, 10, 30, tzinfo=UTC)
    summer = datetime(2026, 7, 10, 12, 0, tzinfo=UTC)  # 06:00 MDT (UTC-6)
    assert next_daily_run(summer, at, DENVER) == datetime(2026, 7, 11, 9, 30, tzinfo=UTC)


def test_clock_changes_neither_skip_nor_repeat_a_day():
    # 8 March 2026: 02:00 → 03:00 in Denver; 02:30 does not exist that night and becomes 03:30 MDT.
    night = datetime(2026, 3, 8, 8, 0, tzinfo=UTC)  # 01:00 MST
    run = next_daily_run(night, time(2, 30), DENVER)
    assert run == datetime(2026, 3, 8, 9, 30, tzinfo=UTC)
    # 1 November 2026: 02:00 → 01:00; 01:30 happens twice and the run happens once, at the first.
    autumn = datetime(2026, 11, 1, 6, 0, tzinfo=UTC)  # 00:00 MDT
    first = next_daily_run(autumn, time(1, 30), DENVER)
    assert first == datetime(2026, 11, 1, 7, 30, tzinfo=UTC)
    assert next_daily_run(first, time(1, 30), DENVER) == datetime(2026, 11, 2, 8, 30, tzinfo=UTC)


@pytest.mark.parametrize("text, expected", [("03:30", time(3, 30)), ("3:05", time(3, 5)), (" 23:59 ", time(23, 59))])
def test_times_of_day_are_read(text, expected):
    assert parse_daily_at(text) == expected


@pytest.mark.parametrize("text", ["", "3", "24:00", "03:60", "0330", "03:3", "ab:cd", "03:30:00"])
def test_other_text_is_refused(text):
    with pytest.raises(ValueError, match="like 03:30"):
        parse_daily_at(text)
