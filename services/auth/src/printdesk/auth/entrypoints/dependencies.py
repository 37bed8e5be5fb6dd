"""What the auth routes share: the session check against this service's own database, attribution, and
turning use-case failures into JSON errors.

Other services rely on their in-memory revocation list (fed from the AUTH stream); the auth service also
asks its database, so a token is refused here the moment it is revoked, on every replica.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from printdesk.auth.service_layer import handlers
from printdesk.auth.service_layer.errors import (
    Conflict,
    InvalidInput,
    NotFound,
    TooManyAttempts,
    UnknownStaff,
    UseCaseError,
)
from printdesk.contracts.api import ErrorBody
from printdesk.kit.auth import AdminPrincipal, Principal, StaffPrincipal
from printdesk.kit.errors import ApiError

ERRORS = {"model": ErrorBody}
NO_STORE = "no-store"


async def _still_live(principal: Principal, request: Request) -> Principal:
    session = handlers.Session(
        token_id=principal.token_id, workstation=principal.workstation, role=principal.role,
        issued_at=principal.issued_at,
    )
    if not await handlers.session_is_live(session, request.app.state.runtime.uow()):
        raise ApiError(401, "session_ended", "Your session has ended; sign in again.",
                       headers={"WWW-Authenticate": "Bearer"})
    return principal


async def live_staff(principal: StaffPrincipal, request: Request) -> Principal:
    """A valid staff or admin token that the auth database has not revoked."""
    return await _still_live(principal, request)


async def live_admin(principal: AdminPrincipal, request: Request) -> Principal:
    """As `live_staff`, for an admin token (the role is checked first: a staff token gets 403 at once)."""
    return await _still_live(principal, request)


LiveStaff = Annotated[Principal, Depends(live_staff)]
LiveAdmin = Annotated[Principal, Depends(live_admin)]


def acting(principal: Principal, staff_name: str) -> handlers.Acting:
    return handlers.Acting(staff_name=staff_name, workstation=principal.workstation)


def as_api_error(exc: UseCaseError) -> ApiError:
    if isinstance(exc, UnknownStaff):
        return ApiError(422, "unknown_staff", exc.message, exc.fields)
    if isinstance(exc, InvalidInput):
        return ApiError(422, "validation_error", exc.message, exc.fields)
    if isinstance(exc, Conflict):
        return ApiError(409, "conflict", exc.message, exc.fields)
    if isinstance(exc, NotFound):
        return ApiError(404, "not_found", exc.message)
    if isinstance(exc, TooManyAttempts):
        return ApiError(429, "too_many_attempts", exc.message,
                        headers={"Retry-After": str(exc.retry_after_seconds), "Cache-Control": NO_STORE})
    return ApiError(400, "bad_request", exc.message)
