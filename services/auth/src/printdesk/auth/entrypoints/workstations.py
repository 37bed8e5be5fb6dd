"""HTTP routes of workstation accounts (API.md, "auth"), all admin-only: list, create, and one PATCH that
renames, rotates the password, sets the admin flag, disables or enables."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request, Response

from printdesk.auth.domain.model import Workstation as Account
from printdesk.auth.entrypoints.dependencies import ERRORS, LiveAdmin, acting, as_api_error
from printdesk.auth.service_layer import handlers
from printdesk.auth.service_layer.errors import UseCaseError
from printdesk.contracts.api import CreateWorkstationRequest, UpdateWorkstationRequest, Workstation, WorkstationList
from printdesk.kit.responses import no_store_json

router = APIRouter(prefix="/api/v1/workstations", tags=["workstations"])

_CREATE_ERRORS = {401: ERRORS, 403: ERRORS, 409: ERRORS, 422: ERRORS}
_UPDATE_ERRORS = {**_CREATE_ERRORS, 404: ERRORS}


def _workstation(account: Account) -> Workstation:
    return Workstation(name=account.name, is_admin=account.is_admin, is_active=account.active,
                       created_at=account.created_at, updated_at=account.updated_at or account.created_at)


@router.get("", response_model=WorkstationList, responses={401: ERRORS, 403: ERRORS},
            summary="Every workstation account (admin)")
async def list_workstations(_: LiveAdmin, request: Request) -> Response:
    accounts = await handlers.list_workstations(request.app.state.runtime.uow())
    body = WorkstationList(workstations=[_workstation(a) for a in accounts])
    return no_store_json(body)


@router.post("", status_code=201, response_model=Workstation, responses=_CREATE_ERRORS,
             summary="Create a workstation account (admin)")
async def create_workstation(body: CreateWorkstationRequest, principal: LiveAdmin, request: Request) -> Workstation:
    """Names are 1-64 lowercase letters, digits and dashes; passwords at least 10 characters."""
    try:
        account = await handlers.create_workstation(
            handlers.CreateWorkstation(body.name, body.password, is_admin=body.is_admin),
            request.app.state.runtime.uow(), request.app.state.hasher, acting=acting(principal, body.staff_name),
        )
    except UseCaseError as exc:
        raise as_api_error(exc) from exc
    return _workstation(account)


@router.patch("/{name}", response_model=Workstation, responses=_UPDATE_ERRORS,
              summary="Rename, rotate the password, set the admin flag, disable or enable (admin)")
async def update_workstation(
    name: Annotated[str, Path(min_length=1, max_length=64)], body: UpdateWorkstationRequest,
    principal: LiveAdmin, request: Request,
) -> Workstation:
    """Only the fields given change. A new password, a new name, a new role or disabling signs the
    workstation out everywhere (its earlier tokens are revoked) — including this browser when it is the
    workstation being changed. The last active admin, and the workstation you are signed in on, cannot be
    demoted or disabled (409)."""
    try:
        account = await handlers.update_workstation(
            handlers.UpdateWorkstation(name, new_name=body.new_name, password=body.password,
                                       is_admin=body.is_admin, is_active=body.is_active),
            request.app.state.runtime.uow(), request.app.state.hasher, acting=acting(principal, body.staff_name),
        )
    except UseCaseError as exc:
        raise as_api_error(exc) from exc
    return _workstation(account)
