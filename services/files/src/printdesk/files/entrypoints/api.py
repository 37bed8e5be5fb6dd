"""HTTP routes of the files service (API.md, "files")."""

from __future__ import annotations

import contextlib
import uuid

from fastapi import APIRouter, Request
from starlette.requests import ClientDisconnect

from printdesk.contracts.api import ErrorBody, UploadResponse
from printdesk.files.adapters.uow import FilesUnitOfWork
from printdesk.files.domain.rules import InvalidUpload
from printdesk.files.entrypoints.multipart import BodyTooLarge, MalformedBody, StreamedForm, boundary_of
from printdesk.files.service_layer import handlers
from printdesk.files.service_layer.ports import Upload
from printdesk.kit.errors import ApiError

router = APIRouter(prefix="/api/v1", tags=["files"])

_ERRORS = {"model": ErrorBody}
# Room for the multipart framing around the file: boundaries, part headers (a long file name), small fields.
MULTIPART_OVERHEAD = 256 * 1024
_UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "title": "UploadForm",
                    "required": ["file"],
                    "properties": {
                        "file": {
                            "type": "string", "format": "binary", "contentMediaType": "application/octet-stream",
                            "description": "The model: .stl, .obj or .3mf, within the size limit.",
                        }
                    },
                }
            }
        },
    }
}


def _response(upload: Upload) -> UploadResponse:
    return UploadResponse(
        upload_id=upload.id, filename=upload.safe_filename, size_bytes=upload.size_bytes,
        sha256=upload.sha256, kind=upload.kind, analysis=upload.analysis,
    )


def _too_large(limit: int) -> ApiError:
    return ApiError(
        413, "file_too_large", f"The file is larger than the {limit / (1024 * 1024):g} MB limit.",
        {"file": "too large"}, headers={"Connection": "close"},
    )


@router.post(
    "/uploads",
    status_code=201,
    response_model=UploadResponse,
    responses={400: _ERRORS, 413: _ERRORS, 415: _ERRORS, 422: _ERRORS},
    summary="Upload a model file (STL, OBJ or 3MF) for a submission (public)",
    openapi_extra=_UPLOAD_BODY,
)
async def upload(request: Request) -> UploadResponse:
    """Streamed: the body is parsed as it arrives and the file written to staging chunk by chunk."""
    limits: handlers.UploadLimits = request.app.state.upload_limits
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limits.max_bytes + MULTIPART_OVERHEAD:
        raise _too_large(limits.max_bytes)  # before reading a byte of it
    boundary = boundary_of(request.headers.get("content-type"))
    if boundary is None:
        raise ApiError(422, "validation_error", "Send the model as multipart/form-data with a “file” field.",
                       {"file": "required"})
    form = StreamedForm(request.stream(), boundary, max_body_bytes=limits.max_bytes + MULTIPART_OVERHEAD)
    runtime = request.app.state.runtime
    try:
        filename = await form.next_file("file")
        if not filename:
            raise ApiError(422, "validation_error", "Choose a model file to upload.", {"file": "required"})
        accepted = await handlers.accept_upload(
            filename, form.file_chunks(), uow=runtime.uow(), storage=request.app.state.storage,
            analyzer=request.app.state.analyzer, limits=limits,
        )
    except InvalidUpload as exc:
        if exc.status != 413 and form.received_bytes <= limits.max_bytes:
            # Refused on its name: read the rest (within the limit) so the client, still sending, gets the answer.
            with contextlib.suppress(BodyTooLarge, MalformedBody, ClientDisconnect):
                await form.drain()
        raise ApiError(exc.status, exc.code, exc.message, {"file": exc.message}) from exc
    except BodyTooLarge as exc:
        raise _too_large(limits.max_bytes) from exc
    except MalformedBody as exc:
        raise ApiError(400, "malformed_upload", str(exc)) from exc
    except ClientDisconnect as exc:
        raise ApiError(400, "upload_incomplete", "The upload was interrupted before it finished.") from exc
    request.app.state.upload_bytes.labels("files").inc(accepted.size_bytes)
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
