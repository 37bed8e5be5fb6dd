"""`GET /exports/payments` (admin): the payments of a date range as an Excel workbook, audited."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Query, Request, Response

from printdesk.contracts.events import PaymentsExported, make_event
from printdesk.jobs.adapters.payments_workbook import payments_workbook
from printdesk.jobs.adapters.repository import SqlCatalogQueries, SqlPaymentQueries
from printdesk.jobs.entrypoints.errors import ERROR_RESPONSE
from printdesk.jobs.service_layer.publishing import PRODUCER
from printdesk.kit.auth import AdminPrincipal
from printdesk.kit.errors import ApiError
from printdesk.kit.roster import require_active_staff, staff_actor

router = APIRouter(prefix="/api/v1", tags=["jobs"])

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MAX_DAYS = 731


@router.get(
    "/exports/payments",
    response_class=Response,
    responses={200: {"content": {XLSX: {}}, "description": "The workbook"}, 401: ERROR_RESPONSE,
               403: ERROR_RESPONSE, 422: ERROR_RESPONSE},
    summary="Payments from `from` to `to` (whole days in the lab's time zone) as an Excel workbook (admin)",
)
async def export_payments(
    principal: AdminPrincipal,
    request: Request,
    date_from: Annotated[date, Query(alias="from")],
    date_to: Annotated[date, Query(alias="to")],
    staff_name: Annotated[str, Query(min_length=1, max_length=100, description="Who takes the books out")],
) -> Response:
    if date_to < date_from:
        raise ApiError(422, "validation_error", "The date range ends before it starts.", {"to": "before from"})
    if (date_to - date_from).days >= MAX_DAYS:
        raise ApiError(422, "validation_error", "Export at most two years at a time.", {"to": "range too long"})
    runtime = request.app.state.runtime
    async with runtime.session_factory() as session:
        name = await require_active_staff(session, staff_name)
        catalog = await SqlCatalogQueries(session).current()
        content = catalog[1] if catalog else {}
        zone = ZoneInfo(content.get("time_zone") or "UTC")
        start = datetime.combine(date_from, time(), zone)
        end = datetime.combine(date_to + timedelta(days=1), time(), zone)
        found = await SqlPaymentQueries(session).recorded_between(start, end)
    lab = content.get("lab_name") or "PrintDesk"
    body = payments_workbook(found, time_zone=str(zone), currency=content.get("currency") or "USD",
                             title=f"{lab} payments {date_from} to {date_to}")
    async with runtime.uow() as uow:
        event = PaymentsExported(date_from=date_from.isoformat(), date_to=date_to.isoformat(), payments=len(found),
                                 total=sum((p.price for p in found), Decimal(0)))
        await uow.add_event(make_event(event, producer=PRODUCER, actor=staff_actor(principal, name)))
        await uow.commit()
    filename = f"payments_{date_from}_{date_to}.xlsx"
    return Response(body, media_type=XLSX, headers={
        "Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "no-store"})
