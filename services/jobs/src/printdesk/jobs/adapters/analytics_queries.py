"""Reads behind the analytics reports: grouped, indexed queries on the read model (`analytics_jobs`) and, for
rejections and staff activity, on the trail itself (`job_events`, indexed by type and time)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from printdesk.jobs.domain.analytics import IN_QUEUE, AnalyticsFilters, ReportWindow, queue_age_bounds


def _where(filters: AnalyticsFilters, alias: str = "a") -> str:
    """SQL conditions on the read model's row `alias` (values are bound, never pasted)."""
    parts = []
    if filters.printer:
        parts.append(f"{alias}.printer = :printer")
    if filters.method:
        parts.append(f"{alias}.print_method = :method")
    if filters.discipline:
        parts.append(f"{alias}.discipline = :discipline")
    return " AND ".join(parts) or "TRUE"


# Each reason ticked on a rejection step, as a row of its own.
_EACH_REASON = "CROSS JOIN LATERAL jsonb_array_elements_text(e.details->'reasons') AS reason"


def _day(column: str) -> str:
    return f"({column} AT TIME ZONE :tz)::date"


class SqlAnalyticsQueries:
    def __init__(self, session: AsyncSession, window: ReportWindow, filters: AnalyticsFilters) -> None:
        self.session = session
        self.window = window
        self.filters = filters
        self._where = _where(filters)
        self._params = {"start": window.start, "end": window.end, "tz": window.zone.key,
                        "printer": filters.printer, "method": filters.method, "discipline": filters.discipline}

    async def _rows(self, sql: str, **extra: Any) -> list[Any]:
        return list((await self.session.execute(sa.text(sql), {**self._params, **extra})).all())

    def _in(self, column: str) -> str:
        return f"a.{column} >= :start AND a.{column} < :end AND {self._where}"

    def _rejected(self, lateral: str = "") -> str:
        """FROM/WHERE of the trail's rejection steps in the window (joined to the read model when filtered)."""
        join = f"JOIN analytics_jobs a ON a.job_id = e.job_id AND {self._where}" if self.filters.any else ""
        return (f"FROM job_events e {join} {lateral}"
                " WHERE e.event_type = 'JobRejected' AND e.at >= :start AND e.at < :end")

    # -- overview -----------------------------------------------------------------------------------------
    async def now_by_status(self, now: datetime) -> tuple[dict[str, int], tuple[int, int, int]]:
        """Jobs per status now, and the queue's jobs by age (0–2, 3–6, 7+ whole days); both read the index on
        (status, created_at), the second only its queue statuses."""
        recent, old = queue_age_bounds(now)
        queued = ", ".join(f"'{s.value}'" for s in IN_QUEUE)
        rows = await self._rows(f"SELECT status, count(*) AS n FROM analytics_jobs a WHERE {self._where}"
                                " GROUP BY status")
        ages = (await self._rows(
            "SELECT count(*) FILTER (WHERE created_at > :recent) AS fresh,"
            " count(*) FILTER (WHERE created_at <= :recent AND created_at > :old) AS waiting,"
            " count(*) FILTER (WHERE created_at <= :old) AS stale"
            f" FROM analytics_jobs a WHERE status IN ({queued}) AND {self._where}",
            recent=recent, old=old))[0]
        return {r.status: r.n for r in rows}, (ages.fresh, ages.waiting, ages.stale)

    async def submitted(self) -> int:
        return (await self._rows(f"SELECT count(*) AS n FROM analytics_jobs a WHERE {self._in('created_at')}"))[0].n

    async def turnaround(self) -> tuple[int, Decimal | None]:
        """Completions in the window and their mean seconds from submission."""
        row = (await self._rows(
            "SELECT count(*) AS n, avg(extract(epoch FROM a.completed_at - a.created_at)) AS seconds"
            f" FROM analytics_jobs a WHERE {self._in('completed_at')}"))[0]
        return row.n, row.seconds

    async def trail_activity(self) -> list[Any]:
        """Per staff member (None: steps of no one, e.g. the student's), the trail's steps in the window: all of
        them, approvals, rejections, payments (answered from the covering index on the trail's time)."""
        join = f"JOIN analytics_jobs a ON a.job_id = e.job_id AND {self._where}" if self.filters.any else ""
        return await self._rows(
            "SELECT e.staff_name, count(*) AS actions,"
            " count(*) FILTER (WHERE e.event_type = 'JobApproved') AS approvals,"
            " count(*) FILTER (WHERE e.event_type = 'JobRejected') AS rejections,"
            " count(*) FILTER (WHERE e.event_type = 'PaymentRecorded') AS payments"
            f" FROM job_events e {join}"
            " WHERE e.at >= :start AND e.at < :end"
            " GROUP BY e.staff_name ORDER BY actions DESC, e.staff_name")

    async def rejections_in_own_words(self) -> int:
        """Rejection steps in the window that carried staff's own words besides the ticked reasons."""
        return (await self._rows(
            "SELECT count(*) AS n"
            f" {self._rejected()} AND coalesce(e.details->>'custom_reason', '') <> ''"))[0].n

    async def rejection_reasons(self) -> list[tuple[str, int]]:
        rows = await self._rows(
            "SELECT reason, count(*) AS n"
            f" {self._rejected(_EACH_REASON)}"
            " GROUP BY reason ORDER BY n DESC, reason")
        return [(r.reason, r.n) for r in rows]

    # -- trends -------------------------------------------------------------------------------------------
    async def daily_counts(self, column: str) -> dict[date, int]:
        rows = await self._rows(f"SELECT {_day('a.' + column)} AS day, count(*) AS n FROM analytics_jobs a"
                                f" WHERE {self._in(column)} GROUP BY 1")
        return {r.day: r.n for r in rows}

    async def daily_rejections(self) -> dict[date, int]:
        rows = await self._rows(f"SELECT {_day('e.at')} AS day, count(*) AS n"
                                f" {self._rejected()} GROUP BY 1")
        return {r.day: r.n for r in rows}

    async def daily_lead_times(self) -> dict[date, Decimal]:
        rows = await self._rows(
            f"SELECT {_day('a.completed_at')} AS day, avg(extract(epoch FROM a.completed_at - a.created_at)) AS s"
            f" FROM analytics_jobs a WHERE {self._in('completed_at')} GROUP BY 1")
        return {r.day: r.s for r in rows}

    # -- resources ----------------------------------------------------------------------------------------
    async def printers(self) -> dict[str, tuple[int, Decimal]]:
        rows = await self._rows(
            "SELECT a.printed_on AS printer, count(*) AS n, coalesce(sum(a.print_hours), 0) AS hours"
            f" FROM analytics_jobs a WHERE {self._in('printing_at')} GROUP BY 1")
        return {r.printer or "": (r.n, r.hours) for r in rows}

    async def weighed_by_method(self) -> list[Any]:
        return await self._rows(
            "SELECT coalesce(a.print_method, '') AS method, coalesce(sum(a.weighed_g), 0) AS grams"
            f" FROM analytics_jobs a WHERE {self._in('paid_at')} GROUP BY 1 ORDER BY 1")

    async def grams_gap(self) -> list[Any]:
        return await self._rows(
            "SELECT coalesce(a.printed_on, '') AS printer, coalesce(a.print_method, '') AS method, count(*) AS jobs,"
            " sum(a.estimated_g) AS estimated, sum(a.weighed_g) AS weighed"
            f" FROM analytics_jobs a WHERE {self._in('paid_at')} AND a.estimated_g IS NOT NULL"
            " GROUP BY 1, 2 ORDER BY 1, 2")

    # -- financial ----------------------------------------------------------------------------------------
    async def daily_revenue(self) -> dict[date, tuple[int, int]]:
        rows = await self._rows(
            f"SELECT {_day('a.paid_at')} AS day, sum(a.paid_cents) AS cents, count(*) AS n"
            f" FROM analytics_jobs a WHERE {self._in('paid_at')} GROUP BY 1")
        return {r.day: (int(r.cents), r.n) for r in rows}

    async def quoted_and_paid(self) -> tuple[int, int]:
        row = (await self._rows(
            "SELECT coalesce(sum(a.quoted_cents), 0) AS quoted, coalesce(sum(a.paid_cents), 0) AS paid"
            f" FROM analytics_jobs a WHERE {self._in('paid_at')}"))[0]
        return int(row.quoted), int(row.paid)
