"""When a daily task runs next: at a wall-clock time of the lab's time zone, whatever the season."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo


def parse_daily_at(value: str) -> time:
    """`"03:30"` → 03:30; anything else is refused with a ValueError naming the expected form."""
    try:
        hours, minutes = value.strip().split(":")
        if len(hours) not in (1, 2) or len(minutes) != 2:
            raise ValueError
        return time(int(hours), int(minutes))
    except ValueError:
        raise ValueError(f"{value!r} is not a time of day like 03:30") from None


def next_daily_run(now: datetime, at: time, zone: ZoneInfo) -> datetime:
    """The first moment strictly after `now` whose local time in `zone` is `at` (UTC).

    On the night clocks go forward and `at` does not exist, the run happens at the same offset from midnight
    in the new time (e.g. 02:30 becomes 03:30); on the night they go back it runs once, at the first 02:30.
    """
    local = now.astimezone(zone)
    day = local.date()
    for offset in range(3):
        naive = datetime.combine(day + timedelta(days=offset), at)
        candidate = naive.replace(tzinfo=zone, fold=0)
        # A time that does not exist (spring forward) round-trips to another wall-clock time: normalise it.
        candidate = candidate.astimezone(UTC).astimezone(zone)
        if candidate.astimezone(UTC) > now.astimezone(UTC):
            return candidate.astimezone(UTC)
    raise AssertionError("a daily time always comes within three days")
