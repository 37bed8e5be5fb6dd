"""HTTP routes of the notify service (API.md, "notify")."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from printdesk.contracts.api import ErrorBody, NotificationList
from printdesk.kit.auth import StaffPrincipal
from printdesk.notify.adapters.repository import SqlMessageQueries

router = APIRouter(prefix="/api/v1", tags=["notify"])

_ERRORS = {"model": ErrorBody}


@router.get(
    "/notifications",
    response_model=NotificationList,
    responses={401: _ERRORS, 422: _ERRORS},
    summary="E-mails sent or queued, newest first (optionally for one job)",
)
async def list_notifications(
    _: StaffPrincipal,
    request: Request,
    job_id: Annotated[str | None, Query(min_length=1, max_length=32)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> JSONResponse:
    async with request.app.state.runtime.session_factory() as session:
        rows = await SqlMessageQueries(session).list(job_id, limit)
    body = NotificationList(notifications=rows)
    return JSONResponse(body.model_dump(mode="json"), headers={"Cache-Control": "no-store"})
