"""HTTP routes of the staff roster (API.md, "auth"): list for staff; add, deactivate, reactivate for admins."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response

from printdesk.auth.domain.model import StaffMember as Member
from printdesk.auth.entrypoints.dependencies import ERRORS, LiveAdmin, LiveStaff, acting, as_api_error
from printdesk.auth.service_layer import handlers
from printdesk.auth.service_layer.errors import UseCaseError
from printdesk.contracts.api import AddStaffMemberRequest, StaffList, StaffMember, UpdateStaffMemberRequest
from printdesk.kit.responses import no_store_json

router = APIRouter(prefix="/api/v1/staff", tags=["staff"])

_CREATE_ERRORS = {401: ERRORS, 403: ERRORS, 409: ERRORS, 422: ERRORS}
_UPDATE_ERRORS = {**_CREATE_ERRORS, 404: ERRORS}


def _member(member: Member) -> StaffMember:
    return StaffMember(name=member.name, is_active=member.is_active, added_at=member.added_at,
                       deactivated_at=member.deactivated_at)


@router.get("", response_model=StaffList, responses={401: ERRORS}, summary="The staff roster, sorted by name")
async def list_staff(
    _: LiveStaff, request: Request, include_inactive: Annotated[bool, Query()] = False
) -> Response:
    """Active members (for "Performing action as"), or everyone ever on the roster with `include_inactive`."""
    members = await handlers.list_staff(request.app.state.runtime.uow(), include_inactive=include_inactive)
    body = StaffList(staff=[_member(m) for m in members])
    return no_store_json(body)


@router.post("", status_code=201, response_model=StaffMember, responses=_CREATE_ERRORS,
             summary="Add a member to the roster (admin)")
async def add_staff_member(body: AddStaffMemberRequest, principal: LiveAdmin, request: Request) -> StaffMember:
    """A name already on the roster in any letter case is a 409. On an empty roster the first member may be
    added with their own name as `staff_name`."""
    try:
        member = await handlers.add_staff_member(
            handlers.AddStaffMember(body.name), request.app.state.runtime.uow(),
            acting=acting(principal, body.staff_name),
        )
    except UseCaseError as exc:
        raise as_api_error(exc) from exc
    return _member(member)


@router.patch("/{name}", response_model=StaffMember, responses=_UPDATE_ERRORS,
              summary="Deactivate or reactivate a roster member (admin)")
async def update_staff_member(
    name: Annotated[str, Path(min_length=1, max_length=100)], body: UpdateStaffMemberRequest,
    principal: LiveAdmin, request: Request,
) -> StaffMember:
    """Members are never deleted: a deactivated member leaves the pickers and keeps their history. The last
    active member cannot be deactivated (409)."""
    try:
        member = await handlers.set_staff_member_active(
            handlers.SetStaffMemberActive(name, body.is_active), request.app.state.runtime.uow(),
            acting=acting(principal, body.staff_name),
        )
    except UseCaseError as exc:
        raise as_api_error(exc) from exc
    return _member(member)
