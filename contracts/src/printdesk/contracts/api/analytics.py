"""API models of the lab manager's analytics (`GET /analytics/overview|trends|resources|financial`, staff).

Every report covers whole days `date_from`..`date_to` (inclusive) in the lab's time zone and the same optional
filters (printer as assigned to the job, print method, discipline). Money is in cents of `currency`; grams and
hours are rounded to two decimals.
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import Field

from printdesk.contracts.api.common import JobStatus, Model


class AnalyticsWindow(Model):
    date_from: date
    date_to: date
    time_zone: str
    printer: str | None = None
    method: str | None = None
    discipline: str | None = None


class QueueAgeBuckets(Model):
    """Jobs in the queue now, by whole days since submission: 0–2, 3–6 (`days_3_7`), 7 and more."""

    days_0_2: int
    days_3_7: int
    days_7_plus: int


class ReasonCount(Model):
    reason: str
    count: int


class StaffActivity(Model):
    """Trail entries a staff member wrote in the window (every lifecycle step counts once)."""

    staff_name: str
    actions: int
    approvals: int
    rejections: int
    payments: int


class AnalyticsOverview(Model):
    window: AnalyticsWindow
    as_of: datetime = Field(description="`by_status`, `in_queue` and `queue_age` are counts at this moment")
    by_status: dict[JobStatus, int]
    in_queue: int = Field(description="UPLOADED + PENDING + READYTOPRINT + PRINTING")
    queue_age: QueueAgeBuckets
    submitted: int
    completed: int
    avg_turnaround_hours: float | None = Field(description="Submission to completion, for completions in the window")
    rejections: int = Field(description="Rejection steps (JobRejected in the trail) in the window")
    rejection_reasons: list[ReasonCount] = Field(description="Reasons ticked on those rejections, most used first")
    custom_reason_rejections: int = Field(description="Rejections that also carried the staff member's own words")
    staff_activity: list[StaffActivity]


class DailyTrend(Model):
    day: date
    submitted: int
    approved: int
    rejected: int
    completed: int
    mean_lead_time_hours: float | None = Field(description="Submission to completion, for that day's completions")


class AnalyticsTrends(Model):
    window: AnalyticsWindow
    days: list[DailyTrend]


class DailyCount(Model):
    day: date
    count: int


class PrinterUse(Model):
    printer: str
    jobs_printed: int
    print_hours: float
    utilization_pct: float = Field(description="Estimated print hours started in the window / hours in the window")


class MaterialUse(Model):
    print_method: str
    weighed_g: float


class GramsGap(Model):
    """Quoted (estimated at approval) against weighed at pickup, for jobs paid in the window."""

    printer: str
    print_method: str
    jobs: int
    estimated_g: float
    weighed_g: float
    gap_g: float = Field(description="weighed − estimated")
    gap_pct: float | None = Field(description="gap as a percentage of the estimate")


class AnalyticsResources(Model):
    window: AnalyticsWindow
    printing_per_day: list[DailyCount]
    printers: list[PrinterUse]
    material_g_total: float
    resin_g: float
    other_g: float
    material_by_method: list[MaterialUse]
    estimated_vs_weighed: list[GramsGap]


class DailyRevenue(Model):
    day: date
    revenue_cents: int
    payments: int


class AnalyticsFinancial(Model):
    window: AnalyticsWindow
    currency: str
    revenue_per_day: list[DailyRevenue]
    total_revenue_cents: int
    payment_count: int
    avg_ticket_cents: int | None
    estimated_revenue_cents: int = Field(description="Quoted cost of the jobs paid in the window")
    actual_revenue_cents: int = Field(description="What those jobs were charged (= total_revenue_cents)")
    variance_cents: int = Field(description="actual − estimated")
    variance_pct: float | None


__all__ = [
    "AnalyticsFinancial", "AnalyticsOverview", "AnalyticsResources", "AnalyticsTrends", "AnalyticsWindow",
    "DailyCount", "DailyRevenue", "DailyTrend", "GramsGap", "MaterialUse", "PrinterUse", "QueueAgeBuckets",
    "ReasonCount", "StaffActivity",
]
