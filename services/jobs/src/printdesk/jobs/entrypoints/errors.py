"""How the use cases' failures answer over HTTP: each as its 4xx/503 with the one JSON error body."""

from __future__ import annotations

from printdesk.contracts.api import ErrorBody
from printdesk.jobs.service_layer.errors import (
    Conflict,
    Forbidden,
    Gone,
    InvalidInput,
    NotFound,
    StaleVersion,
    TooManyRequests,
    Unavailable,
    UseCaseError,
)
from printdesk.kit.errors import ApiError

ERROR_RESPONSE = {"model": ErrorBody}


def as_api_error(exc: UseCaseError) -> ApiError:
    if isinstance(exc, InvalidInput):
        return ApiError(422, "validation_error", exc.message, exc.fields)
    if isinstance(exc, Conflict):
        fields = {k: str(v) for k, v in exc.context.items()}
        return ApiError(409, "conflict", exc.message, fields)
    if isinstance(exc, StaleVersion):
        version = exc.context["current_version"]
        return ApiError(
            412, "precondition_failed", exc.message, {"current_version": str(version)}, headers={"ETag": f'"v{version}"'}
        )
    if isinstance(exc, NotFound):
        return ApiError(404, "not_found", exc.message)
    if isinstance(exc, Forbidden):
        return ApiError(403, "forbidden", exc.message)
    if isinstance(exc, Gone):
        return ApiError(410, "gone", exc.message)
    if isinstance(exc, TooManyRequests):
        return ApiError(429, "too_many_requests", exc.message)
    if isinstance(exc, Unavailable):
        return ApiError(503, "unavailable", exc.message)
    return ApiError(400, "bad_request", exc.message)
