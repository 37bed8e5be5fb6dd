"""The lab catalog over HTTP: `GET /catalog` (public, cacheable, ETag `"v<version>"`) and `PUT /catalog`
(admin, optimistic: `If-Match: "v<version edited>"` is required)."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Header, Request, Response
from fastapi.responses import JSONResponse

from printdesk.contracts.api import Catalog, CatalogUpdateRequest
from printdesk.jobs.adapters.repository import SqlCatalogQueries
from printdesk.jobs.entrypoints.errors import ERROR_RESPONSE, as_api_error
from printdesk.jobs.service_layer.catalog import UpdateCatalog, update_catalog
from printdesk.jobs.service_layer.errors import UseCaseError
from printdesk.kit.auth import AdminPrincipal, Principal
from printdesk.kit.errors import ApiError
from printdesk.kit.roster import require_active_staff

router = APIRouter(prefix="/api/v1", tags=["jobs"])

_PUBLIC_CACHE = "public, max-age=60"
_VERSION_TAG = re.compile(r'^"v([1-9][0-9]{0,8})"$')


def etag(version: int) -> str:
    return f'"v{version}"'


def _tags(header: str) -> list[str]:
    return [t.strip() for t in header.split(",") if t.strip()]


def _matches_none(if_none_match: str | None, version: int) -> bool:
    """Whether `If-None-Match` names the current version (weak comparison, as RFC 9110 asks for GET)."""
    if not if_none_match:
        return False
    tags = [t.removeprefix("W/") for t in _tags(if_none_match)]
    return "*" in tags or etag(version) in tags


def _edited_version(if_match: str | None) -> int:
    """The version the admin edited, from `If-Match: "v<N>"`; 428 when it is missing (or only `*`).

    A tag that is not one of ours counts as version 0, which never matches, so the answer is a 412.
    """
    tags = _tags(if_match or "")
    if not tags or tags == ["*"]:
        raise ApiError(
            428, "precondition_required",
            'Send the version you edited as If-Match: "v<version>" (the ETag of GET /catalog), '
            "so nobody's changes are overwritten unseen.",
        )
    found = _VERSION_TAG.match(tags[0])
    return int(found.group(1)) if found else 0


async def _acting_staff(request: Request, principal: Principal, staff_name: str) -> str:
    """The staff member a catalog change is attributed to: an active member of this service's roster copy
    (fed by auth's events), by canonical name; anyone else is a 422 `unknown_staff`."""
    async with request.app.state.runtime.session_factory() as session:
        return await require_active_staff(session, staff_name)


@router.get(
    "/catalog",
    response_model=Catalog,
    responses={304: {"description": "Not modified: `If-None-Match` names the current version"}, 503: ERROR_RESPONSE},
    summary="The lab catalog: disciplines, print methods, colours, printers, prices, reasons (public)",
)
async def get_catalog(
    request: Request, if_none_match: Annotated[str | None, Header()] = None
) -> Response:
    async with request.app.state.runtime.session_factory() as session:
        current = await SqlCatalogQueries(session).current()
    if current is None:
        raise ApiError(503, "unavailable", "The lab's catalog is not set up yet.")
    version, data = current
    headers = {"ETag": etag(version), "Cache-Control": _PUBLIC_CACHE}
    if _matches_none(if_none_match, version):
        return Response(status_code=304, headers=headers)
    # As stored: it was valid `CatalogContent` when saved (a later, stricter model must not break reading it).
    return JSONResponse({**data, "version": version}, headers=headers)


@router.put(
    "/catalog",
    response_model=Catalog,
    responses={
        401: ERROR_RESPONSE, 403: ERROR_RESPONSE, 412: ERROR_RESPONSE, 422: ERROR_RESPONSE, 428: ERROR_RESPONSE,
    },
    summary="Replace the lab catalog's content as its next version (admin; If-Match required)",
)
async def put_catalog(
    body: CatalogUpdateRequest,
    principal: AdminPrincipal,
    request: Request,
    if_match: Annotated[str | None, Header()] = None,
) -> Response:
    edited = _edited_version(if_match)
    staff_name = await _acting_staff(request, principal, body.staff_name)
    try:
        saved = await update_catalog(
            UpdateCatalog(content=body.catalog, edited_version=edited, staff_name=staff_name,
                          workstation_id=principal.workstation),
            request.app.state.runtime.uow(),
        )
    except UseCaseError as exc:
        raise as_api_error(exc) from exc
    return JSONResponse(
        {**saved.data, "version": saved.version}, headers={"ETag": etag(saved.version), "Cache-Control": "no-store"}
    )
