"""The four analytics reports, assembled from the read model's grouped reads (SPEC.md §10, with the rejection
count taken from the rejection step itself)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any, Protocol

from printdesk.contracts.api.analytics import (
    AnalyticsFinancial,
    AnalyticsOverview,
    AnalyticsResources,
    AnalyticsTrends,
    AnalyticsWindow,
    DailyCount,
    DailyRevenue,
    DailyTrend,
    GramsGap,
    MaterialUse,
    PrinterUse,
    QueueAgeBuckets,
    ReasonCount,
    StaffActivity,
)
from printdesk.contracts.api.common import JobStatus
from printdesk.jobs.domain.analytics import (
    IN_QUEUE,
    AnalyticsFilters,
    ReportWindow,
    every_day,
    hours_between,
    is_resin,
    mean_ticket,
    percent,
    rounded,
)


class AnalyticsReads(Protocol):
    window: ReportWindow
    filters: AnalyticsFilters

    async def now_by_status(self, now: datetime) -> tuple[dict[str, int], tuple[int, int, int]]: ...
    async def submitted(self) -> int: ...
    async def turnaround(self) -> tuple[int, Decimal | None]: ...
    async def trail_activity(self) -> list[Any]: ...
    async def rejections_in_own_words(self) -> int: ...
    async def rejection_reasons(self) -> list[tuple[str, int]]: ...
    async def daily_counts(self, column: str) -> dict[date, int]: ...
    async def daily_rejections(self) -> dict[date, int]: ...
    async def daily_lead_times(self) -> dict[date, Decimal]: ...
    async def printers(self) -> dict[str, tuple[int, Decimal]]: ...
    async def weighed_by_method(self) -> list[Any]: ...
    async def grams_gap(self) -> list[Any]: ...
    async def daily_revenue(self) -> dict[date, tuple[int, int]]: ...
    async def quoted_and_paid(self) -> tuple[int, int]: ...


def window_of(reads: AnalyticsReads) -> AnalyticsWindow:
    w, f = reads.window, reads.filters
    return AnalyticsWindow(date_from=w.date_from, date_to=w.date_to, time_zone=w.zone.key,
                           printer=f.printer, method=f.method, discipline=f.discipline)


async def overview(reads: AnalyticsReads, now: datetime) -> AnalyticsOverview:
    counts, (fresh, waiting, stale) = await reads.now_by_status(now)
    by_status = {status: counts.get(status.value, 0) for status in JobStatus}
    completed, seconds = await reads.turnaround()
    activity = await reads.trail_activity()
    return AnalyticsOverview(
        window=window_of(reads), as_of=now, by_status=by_status,
        in_queue=sum(by_status[JobStatus(s.value)] for s in IN_QUEUE),
        queue_age=QueueAgeBuckets(days_0_2=fresh, days_3_7=waiting, days_7_plus=stale),
        submitted=await reads.submitted(), completed=completed, avg_turnaround_hours=hours_between(seconds),
        rejections=sum(r.rejections for r in activity), custom_reason_rejections=await reads.rejections_in_own_words(),
        rejection_reasons=[ReasonCount(reason=r, count=n) for r, n in await reads.rejection_reasons()],
        staff_activity=[
            StaffActivity(staff_name=r.staff_name, actions=r.actions, approvals=r.approvals, rejections=r.rejections,
                          payments=r.payments)
            for r in activity if r.staff_name is not None
        ],
    )


async def trends(reads: AnalyticsReads) -> AnalyticsTrends:
    submitted = await reads.daily_counts("created_at")
    approved = await reads.daily_counts("approved_at")
    completed = await reads.daily_counts("completed_at")
    rejected = await reads.daily_rejections()
    lead = await reads.daily_lead_times()
    return AnalyticsTrends(window=window_of(reads), days=[
        DailyTrend(day=day, submitted=n, approved=approved.get(day, 0), rejected=rejected.get(day, 0),
                   completed=completed.get(day, 0), mean_lead_time_hours=hours_between(lead.get(day)))
        for day, n in every_day(reads.window, submitted, 0)
    ])


async def resources(reads: AnalyticsReads, catalog_printers: list[str]) -> AnalyticsResources:
    printing = await reads.daily_counts("printing_at")
    used = await reads.printers()
    names = [p for p in catalog_printers if not reads.filters.printer or p == reads.filters.printer]
    names += sorted(p for p in used if p not in names)
    window_hours = reads.window.hours
    printers = []
    for name in names:
        jobs, hours = used.get(name, (0, Decimal(0)))
        printers.append(PrinterUse(printer=name or "(none)", jobs_printed=jobs, print_hours=rounded(hours) or 0.0,
                                   utilization_pct=percent(hours, window_hours) or 0.0))
    by_method = await reads.weighed_by_method()
    resin = sum((Decimal(r.grams) for r in by_method if is_resin(r.method)), Decimal(0))
    total = sum((Decimal(r.grams) for r in by_method), Decimal(0))
    gaps = []
    for row in await reads.grams_gap():
        gap = Decimal(row.weighed) - Decimal(row.estimated)
        gaps.append(GramsGap(printer=row.printer or "(none)", print_method=row.method or "(none)", jobs=row.jobs,
                             estimated_g=rounded(row.estimated), weighed_g=rounded(row.weighed), gap_g=rounded(gap),
                             gap_pct=percent(gap, row.estimated)))
    return AnalyticsResources(
        window=window_of(reads),
        printing_per_day=[DailyCount(day=d, count=n) for d, n in every_day(reads.window, printing, 0)],
        printers=printers, material_g_total=rounded(total), resin_g=rounded(resin), other_g=rounded(total - resin),
        material_by_method=[MaterialUse(print_method=r.method or "(none)", weighed_g=rounded(r.grams))
                            for r in by_method],
        estimated_vs_weighed=gaps,
    )


async def financial(reads: AnalyticsReads, currency: str) -> AnalyticsFinancial:
    daily = await reads.daily_revenue()
    total = sum(cents for cents, _ in daily.values())
    count = sum(n for _, n in daily.values())
    quoted, paid = await reads.quoted_and_paid()
    return AnalyticsFinancial(
        window=window_of(reads), currency=currency,
        revenue_per_day=[DailyRevenue(day=d, revenue_cents=c, payments=n)
                         for d, (c, n) in every_day(reads.window, daily, (0, 0))],
        total_revenue_cents=total, payment_count=count, avg_ticket_cents=mean_ticket(total, count),
        estimated_revenue_cents=quoted, actual_revenue_cents=paid, variance_cents=paid - quoted,
        variance_pct=percent(paid - quoted, quoted),
    )
