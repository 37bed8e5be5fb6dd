"""Signed `print3d://` links for the workstation handler, and its "opened in slicer" report (API.md, files)."""

from __future__ import annotations

import time
import uuid
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Annotated

import sqlalchemy as sa
from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse

from printdesk.contracts.api import ErrorBody, LinkKey, OpenedReport, OpenLink
from printdesk.contracts.envelope import Actor
from printdesk.contracts.events import FileOpenedInSlicer, make_event
from printdesk.files.adapters.link_keys import signing_key, verification_keys
from printdesk.files.adapters.orm import stored_files
from printdesk.handler import links
from printdesk.kit.auth import AdminPrincipal, StaffPrincipal
from printdesk.kit.errors import ApiError

router = APIRouter(prefix="/api/v1/files", tags=["files"])

LINK_TTL_SECONDS = 300
# A report may arrive a little after its link expired (the slicer took a while to start).
REPORT_GRACE_SECONDS = 600
OPENABLE = {".stl", ".obj", ".3mf", ".form", ".idea"}
_ERRORS = {"model": ErrorBody}
# Names the "opened in slicer" event of a link: uuid5 of the job and the link's signature.
_REPORTS = uuid.UUID("6f1d6c0e-3f57-4d8a-9a57-5b0c7e2f4a11")


async def _job_file(session, job_id: str) -> str:  # noqa: ANN001
    path = await session.scalar(sa.select(stored_files.c.relative_path).where(stored_files.c.job_id == job_id))
    if path is None:
        raise ApiError(404, "not_found", "This job has no stored file yet.")
    return path


def _sibling(request: Request, current: str, name: str) -> str:
    """`name` in the folder of the job's current file, if it is a plain, openable file that exists."""
    if not name or "/" in name or "\\" in name or name in (".", "..") or "\x00" in name or len(name) > 255:
        raise ApiError(422, "validation_error", "Give a file name from the job's folder.", {"name": "not a plain file name"})
    if PurePosixPath(name).suffix.lower() not in OPENABLE:
        raise ApiError(422, "validation_error", "That kind of file cannot be opened in a slicer.",
                       {"name": f"allowed: {', '.join(sorted(OPENABLE))}"})
    relative = str(PurePosixPath(current).parent / name)
    if not _resolved_file(request, relative):
        raise ApiError(404, "not_found", f"{name} is not in the job's folder.")
    return relative


def _resolved_file(request: Request, relative: str) -> Path | None:
    """The real file behind `relative`, if it is a regular file inside the storage root (links resolved)."""
    try:
        path = Path(request.app.state.storage.absolute(relative))
    except ValueError:  # a link leading out of the storage root
        return None
    return path if path.is_file() else None


@router.get(
    "/jobs/{job_id}/open-link", response_model=OpenLink, responses={404: _ERRORS, 422: _ERRORS},
    summary="A short-lived signed print3d:// link that opens the job's file on this workstation",
)
async def open_link(
    job_id: str, request: Request, _: StaffPrincipal, name: Annotated[str | None, Query(max_length=255)] = None,
) -> OpenLink:
    runtime = request.app.state.runtime
    async with runtime.session_factory() as session, session.begin():
        relative = await _job_file(session, job_id)
        if name is not None:
            relative = _sibling(request, relative, name)
        key = await signing_key(session)
    now = time.time()
    url = links.sign(key, job_id=job_id, path=relative, ttl_seconds=LINK_TTL_SECONDS, now=now)
    legacy = links.sign(key, job_id=job_id, path=relative, ttl_seconds=LINK_TTL_SECONDS, now=now, scheme="3dprint")
    return OpenLink(url=url, legacy_url=legacy, relative_path=relative,
                    expires_at=datetime.fromtimestamp(int(now) + LINK_TTL_SECONDS, UTC))


_MEDIA_TYPES = {".stl": "model/stl", ".obj": "model/obj", ".3mf": "model/3mf"}


@router.get(
    "/jobs/{job_id}/download", response_class=FileResponse, responses={404: _ERRORS, 422: _ERRORS},
    summary="The bytes of the job's file (or of another model file in its folder), for the 3D preview",
)
async def download(
    job_id: str, request: Request, _: StaffPrincipal, name: Annotated[str | None, Query(max_length=255)] = None,
) -> FileResponse:
    async with request.app.state.runtime.session_factory() as session:
        relative = await _job_file(session, job_id)
    if name is not None:
        relative = _sibling(request, relative, name)
    path = _resolved_file(request, relative)
    if path is None:
        raise ApiError(404, "not_found", "The job's file is not on disk (the files audit report can say why).")
    return FileResponse(
        path, media_type=_MEDIA_TYPES.get(path.suffix.lower(), "application/octet-stream"),
        filename=PurePosixPath(relative).name, headers={"Cache-Control": "private, no-store"},
    )


@router.post(
    "/jobs/{job_id}/opened", status_code=204, responses={403: _ERRORS, 422: _ERRORS},
    summary="The workstation handler reports it opened the file; the signed link is the proof (public)",
)
async def opened(job_id: str, body: OpenedReport, request: Request) -> None:
    runtime = request.app.state.runtime
    link = links.OpenLink(job_id=job_id, path=body.path, expires_at=body.exp, key_id=body.kid, signature=body.sig)
    async with runtime.session_factory() as session:
        keys = await verification_keys(session)
    try:
        links.verify(link, keys, now=time.time() - REPORT_GRACE_SECONDS)
    except links.LinkRefused as refused:
        raise ApiError(403, "invalid_link", f"This report does not carry a valid PrintDesk link: {refused.message}") from None
    event = make_event(
        FileOpenedInSlicer(job_id=job_id, relative_path=body.path, slicer=body.slicer, workstation=body.workstation),
        producer="files", actor=Actor(kind="system", workstation_id=body.workstation),
    ).model_copy(update={"event_id": uuid.uuid5(_REPORTS, f"{job_id}\n{body.sig}")})
    # One report per link: the same report sent again (a retry, a replay) is the same event and is kept once.
    async with runtime.uow() as uow:
        if await uow.add_event_once(event):
            await uow.commit()


@router.get("/link-key", response_model=LinkKey, summary="The public key workstations trust for print3d:// links")
async def link_key(request: Request, _: AdminPrincipal) -> LinkKey:
    async with request.app.state.runtime.session_factory() as session, session.begin():
        key = await signing_key(session)
    return LinkKey(public_key=links.public_key_text(key.public_key()), key_id=links.key_id(key.public_key()))
