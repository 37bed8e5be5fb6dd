"""HTTP routes of the notify service (API.md, "notify")."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from printdesk.contracts.api import (
    ErrorBody,
    NotificationList,
    NotificationResendRequest,
    NotificationSummary,
    NotificationTestRequest,
)
from printdesk.kit.auth import AdminPrincipal, StaffPrincipal
from printdesk.kit.errors import ApiError
from printdesk.kit.responses import no_store_json
from printdesk.kit.roster import require_active_staff
from printdesk.notify.adapters.repository import SqlMessageQueries
from printdesk.notify.domain.model import Message, MessageNotFinished
from printdesk.notify.service_layer import admin_requests

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
) -> Response:
    async with request.app.state.runtime.session_factory() as session:
        rows = await SqlMessageQueries(session).list(job_id, limit)
    body = NotificationList(notifications=rows)
    return no_store_json(body)


async def _acting(request: Request, staff_name: str) -> str:
    async with request.app.state.runtime.session_factory() as session:
        return await require_active_staff(session, staff_name)


def _summary(message: Message) -> Response:
    body = NotificationSummary(
        id=message.id, job_id=message.job_id, kind=message.kind, to=message.to, subject=message.subject,
        status=message.status.value, attempts=message.attempts, last_error=message.last_error,
        created_at=message.created_at, sent_at=message.sent_at, requested_by=message.requested_by,
        resent_from=message.resent_from,
    )
    return no_store_json(body, 202)


@router.post(
    "/notifications/{message_id}/resend", status_code=202, response_model=NotificationSummary,
    responses={401: _ERRORS, 403: _ERRORS, 404: _ERRORS, 409: _ERRORS, 422: _ERRORS},
    summary="Send a logged e-mail again, as it was (admin)",
)
async def resend(message_id: uuid.UUID, body: NotificationResendRequest, _: AdminPrincipal,
                 request: Request) -> Response:
    name = await _acting(request, body.staff_name)
    try:
        copy = await admin_requests.resend_message(request.app.state.runtime.uow(), message_id, requested_by=name)
    except admin_requests.MessageNotFound as exc:
        raise ApiError(404, "not_found", str(exc)) from exc
    except MessageNotFinished as exc:
        raise ApiError(409, "conflict", f"{str(exc)[:1].upper()}{str(exc)[1:]}.") from exc
    return _summary(copy)


@router.post(
    "/notifications/test", status_code=202, response_model=NotificationSummary,
    responses={401: _ERRORS, 403: _ERRORS, 422: _ERRORS},
    summary="Send a test e-mail to check the mail set-up (admin)",
)
async def send_test(body: NotificationTestRequest, principal: AdminPrincipal, request: Request) -> Response:
    name = await _acting(request, body.staff_name)
    try:
        message = await admin_requests.queue_test_message(
            request.app.state.runtime.uow(), request.app.state.renderer, body.to, requested_by=name,
            workstation=principal.workstation,
        )
    except ValueError as exc:
        raise ApiError(422, "validation_error", "That is not an e-mail address we can write to.",
                       {"to": str(exc)}) from exc
    return _summary(message)
