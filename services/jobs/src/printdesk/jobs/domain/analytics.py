"""Pure rules of the lab manager's analytics: the reporting window in the lab's time zone, queue-age buckets,
and the small sums (means, percentages, the average ticket) the reports are made of."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import TypeVar
from zoneinfo import ZoneInfo

from printdesk.jobs.domain.model import JobStatus

DEFAULT_DAYS = 30
MAX_DAYS = 731
IN_QUEUE = (JobStatus.UPLOADED, JobStatus.PENDING, JobStatus.READYTOPRINT, JobStatus.PRINTING)
RESIN = "resin"

T = TypeVar("T")


class BadWindow(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True)
class AnalyticsFilters:
    """Narrow a report to jobs assigned to a printer, of a print method, from a discipline (None: any)."""

    printer: str | None = None
    method: str | None = None
    discipline: str | None = None

    @property
    def any(self) -> bool:
        return bool(self.printer or self.method or self.discipline)


@dataclass(frozen=True)
class ReportWindow:
    """Whole days `date_from`..`date_to` (both included) in the lab's time zone."""

    date_from: date
    date_to: date
    zone: ZoneInfo

    @classmethod
    def of(cls, date_from: date | None, date_to: date | None, zone: ZoneInfo, now: datetime) -> ReportWindow:
        """The window asked for; by default the last 30 days up to today in the lab, and a window given by one
        end only is 30 days long."""
        if date_to is None:
            date_to = (date_from + timedelta(days=DEFAULT_DAYS - 1)) if date_from else now.astimezone(zone).date()
        if date_from is None:
            date_from = date_to - timedelta(days=DEFAULT_DAYS - 1)
        if date_from > date_to:
            raise BadWindow("to", "The date range ends before it starts.")
        if (date_to - date_from).days >= MAX_DAYS:
            raise BadWindow("to", f"Ask for at most {MAX_DAYS} days at a time.")
        return cls(date_from, date_to, zone)

    @property
    def start(self) -> datetime:
        return datetime.combine(self.date_from, time(), self.zone)

    @property
    def end(self) -> datetime:
        """The first instant after the window (midnight after `date_to`)."""
        return datetime.combine(self.date_to + timedelta(days=1), time(), self.zone)

    @property
    def days(self) -> list[date]:
        return [self.date_from + timedelta(days=i) for i in range((self.date_to - self.date_from).days + 1)]

    @property
    def hours(self) -> Decimal:
        """Hours in the window (a day of a clock change has 23 or 25)."""
        # In UTC: the difference of two times of one zone would be of their wall clocks.
        return Decimal((self.end.astimezone(UTC) - self.start.astimezone(UTC)).total_seconds()) / 3600


def every_day(window: ReportWindow, found: Mapping[date, T], empty: T) -> list[tuple[date, T]]:
    """One entry per day of the window, `empty` where nothing was found."""
    return [(day, found.get(day, empty)) for day in window.days]


@dataclass(frozen=True)
class QueueAges:
    days_0_2: int
    days_3_7: int
    days_7_plus: int


def queue_age_bounds(now: datetime) -> tuple[datetime, datetime]:
    """Submitted after the first bound: 0–2 whole days old; after the second: 3–6; otherwise 7 or more."""
    return now - timedelta(days=3), now - timedelta(days=7)


def queue_ages(created: Iterable[datetime], now: datetime) -> QueueAges:
    """The buckets of jobs submitted at `created` (the reference the database's count follows)."""
    recent, old = queue_age_bounds(now)
    counts = [0, 0, 0]
    for at in created:
        counts[0 if at > recent else 1 if at > old else 2] += 1
    return QueueAges(*counts)


def rounded(value: Decimal | float | int | None, places: int = 2) -> float | None:
    if value is None:
        return None
    exact = Decimal(str(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return float(exact)


def percent(part: Decimal | int | float, whole: Decimal | int | float) -> float | None:
    """`part` as a percentage of `whole`, two decimals; None when there is no whole."""
    if not whole:
        return None
    return rounded(Decimal(str(part)) * 100 / Decimal(str(whole)))


def mean_ticket(total_cents: int, payments: int) -> int | None:
    """The average payment in whole cents (half up); None without payments."""
    if payments == 0:
        return None
    return int((Decimal(total_cents) / payments).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def hours_between(seconds: Decimal | float | None) -> float | None:
    return None if seconds is None else rounded(Decimal(str(seconds)) / 3600)


def is_resin(method: str | None) -> bool:
    return (method or "").strip().lower() == RESIN
