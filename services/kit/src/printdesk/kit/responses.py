"""Answers built from a contract model: serialised by pydantic-core straight to JSON bytes (no dict in
between, no second pass through the standard library's encoder) and marked never to be cached."""

from __future__ import annotations

from fastapi import Response
from pydantic import BaseModel


def no_store_json(body: BaseModel, status_code: int = 200) -> Response:
    return Response(body.model_dump_json(), status_code=status_code, media_type="application/json",
                    headers={"Cache-Control": "no-store"})
