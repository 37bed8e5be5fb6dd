"""`GET /analytics/overview|trends|resources|financial` (staff): the lab manager's reports, over whole days in
the lab's time zone (default: the last 30), narrowed by printer, print method and discipline."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import BaseModel

from printdesk.contracts.api.analytics import (
    AnalyticsFinancial,
    AnalyticsOverview,
    AnalyticsResources,
    AnalyticsTrends,
)
from printdesk.jobs.adapters.analytics_queries import SqlAnalyticsQueries
from printdesk.jobs.adapters.repository import SqlCatalogQueries
from printdesk.jobs.domain.analytics import AnalyticsFilters, BadWindow, ReportWindow
from printdesk.jobs.entrypoints.errors import ERROR_RESPONSE
from printdesk.jobs.service_layer import analytics
from printdesk.kit.auth import StaffPrincipal
from printdesk.kit.errors import ApiError
from printdesk.kit.responses import no_store_json

router = APIRouter(prefix="/api/v1/analytics", tags=["analytics"])

RESPONSES: dict[int | str, dict[str, Any]] = {401: ERROR_RESPONSE, 403: ERROR_RESPONSE, 422: ERROR_RESPONSE}


@dataclass(frozen=True)
class AnalyticsAsk:
    date_from: date | None
    date_to: date | None
    filters: AnalyticsFilters


def analytics_ask(
    date_from: Annotated[date | None, Query(alias="from", description="First day (YYYY-MM-DD, lab time zone)")] = None,
    date_to: Annotated[date | None, Query(alias="to", description="Last day, included (default: today)")] = None,
    printer: Annotated[str | None, Query(max_length=60, description="Printer assigned to the job")] = None,
    method: Annotated[str | None, Query(max_length=40, description="Print method")] = None,
    discipline: Annotated[str | None, Query(max_length=60)] = None,
) -> AnalyticsAsk:
    return AnalyticsAsk(date_from, date_to, AnalyticsFilters(printer or None, method or None, discipline or None))


Ask = Annotated[AnalyticsAsk, Depends(analytics_ask)]


def _checked(ask: AnalyticsAsk, content: dict[str, Any], now: datetime) -> ReportWindow:
    """The window in the lab's time zone; a filter naming nothing in the catalog is a 422."""
    known = {
        "printer": {p["name"] for p in content.get("printers", [])},
        "method": {m["name"] for m in content.get("methods", [])},
        "discipline": set(content.get("disciplines", [])),
    }
    wrong = {field: f"not in the lab catalog: {value}" for field, value in (
        ("printer", ask.filters.printer), ("method", ask.filters.method), ("discipline", ask.filters.discipline),
    ) if value is not None and value not in known[field]}
    if wrong:
        raise ApiError(422, "validation_error", "Filter by a printer, method or discipline of the lab.", wrong)
    try:
        return ReportWindow.of(ask.date_from, ask.date_to, ZoneInfo(content.get("time_zone") or "UTC"), now)
    except BadWindow as bad:
        raise ApiError(422, "validation_error", bad.message, {bad.field: bad.message}) from None


async def _report(request: Request, ask: AnalyticsAsk,
                  build: Callable[[SqlAnalyticsQueries, dict[str, Any], datetime], Awaitable[BaseModel]]) -> Response:
    now = datetime.now(UTC)
    async with request.app.state.runtime.session_factory() as session:
        current = await SqlCatalogQueries(session).current()
        content = current[1] if current else {}
        reads = SqlAnalyticsQueries(session, _checked(ask, content, now), ask.filters)
        body = await build(reads, content, now)
    return no_store_json(body)


@router.get("/overview", response_model=AnalyticsOverview, responses=RESPONSES,
            summary="Jobs by status and in the queue now, turnaround, rejections and their reasons, staff activity")
async def analytics_overview(_: StaffPrincipal, request: Request, ask: Ask) -> Response:
    return await _report(request, ask, lambda reads, _content, now: analytics.overview(reads, now))


@router.get("/trends", response_model=AnalyticsTrends, responses=RESPONSES,
            summary="Per day: submitted, approved, rejected and completed jobs, and the mean lead time")
async def analytics_trends(_: StaffPrincipal, request: Request, ask: Ask) -> Response:
    return await _report(request, ask, lambda reads, _content, _now: analytics.trends(reads))


@router.get("/resources", response_model=AnalyticsResources, responses=RESPONSES,
            summary="Printing per day and per printer, utilisation, material used, estimated against weighed grams")
async def analytics_resources(_: StaffPrincipal, request: Request, ask: Ask) -> Response:
    return await _report(request, ask, lambda reads, content, _now: analytics.resources(
        reads, [p["name"] for p in content.get("printers", [])]))


@router.get("/financial", response_model=AnalyticsFinancial, responses=RESPONSES,
            summary="Revenue per day and in total, payments, average ticket, quoted against charged")
async def analytics_financial(_: StaffPrincipal, request: Request, ask: Ask) -> Response:
    return await _report(request, ask, lambda reads, content, _now: analytics.financial(
        reads, content.get("currency") or "USD"))
