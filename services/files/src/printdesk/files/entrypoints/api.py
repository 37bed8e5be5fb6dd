"""HTTP routes of the files service (API.md, "files")."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, File, Request, UploadFile

from printdesk.contracts.api import ErrorBody, UploadResponse
from printdesk.files.adapters.uow import FilesUnitOfWork
from printdesk.files.domain.rules import InvalidUpload
from printdesk.files.service_layer import handlers
from printdesk.files.service_layer.ports import Upload
from printdesk.kit.errors import ApiError

router = APIRouter(prefix="/api/v1", tags=["files"])

_ERRORS = {"model": ErrorBody}
_CHUNK = 1024 * 1024
_MULTIPART_OVERHEAD = 64 * 1024


def _response(upload: Upload) -> UploadResponse:
    return UploadResponse(
        upload_id=upload.id, filename=upload.safe_filename, size_bytes=upload.size_bytes,
        sha256=upload.sha256, kind=upload.kind, analysis=upload.analysis,
    )


async def _chunks(file: UploadFile) -> AsyncIterator[bytes]:
    while chunk := await file.read(_CHUNK):
        yield chunk


@router.post(
    "/uploads",
    status_code=201,
    response_model=UploadResponse,
    responses={413: _ERRORS, 415: _ERRORS, 422: _ERRORS},
    summary="Upload a model file (STL, OBJ or 3MF) for a submission (public)",
)
async def upload(request: Request, file: Annotated[UploadFile, File()]) -> UploadResponse:
    limit: int = request.app.state.max_upload_bytes
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit + _MULTIPART_OVERHEAD:
        raise ApiError(413, "file_too_large", f"The file is larger than the {limit // (1024 * 1024)} MB limit.")
    if not file.filename:
        raise ApiError(422, "validation_error", "Choose a file to upload.", {"file": "required"})
    runtime = request.app.state.runtime
    try:
        accepted = await handlers.accept_upload(
            file.filename, _chunks(file), uow=runtime.uow(), storage=request.app.state.storage,
            analyzer=request.app.state.analyzer, max_bytes=limit,
        )
    except InvalidUpload as exc:
        raise ApiError(exc.status, exc.code, exc.message, {"file": exc.message}) from exc
    return _response(accepted)


@router.get(
    "/uploads/{upload_id}",
    response_model=UploadResponse,
    responses={404: _ERRORS},
    summary="Facts about an upload (no bytes); used by the jobs service at submission",
)
async def get_upload(upload_id: uuid.UUID, request: Request) -> UploadResponse:
    uow: FilesUnitOfWork = request.app.state.runtime.uow()
    async with uow:
        found = await uow.uploads.get(upload_id)
    if found is None:
        raise ApiError(404, "not_found", "No such upload.")
    return _response(found)
