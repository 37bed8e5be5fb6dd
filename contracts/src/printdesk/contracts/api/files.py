"""API models of the files service."""

from __future__ import annotations

import uuid
from typing import Literal

from printdesk.contracts.api.common import JobStatus, Model  # noqa: F401


class MeshAnalysis(Model):
    triangles: int
    volume_mm3: float | None
    bbox_mm: tuple[float, float, float]
    watertight: bool


class UploadResponse(Model):
    upload_id: uuid.UUID
    filename: str
    size_bytes: int
    sha256: str
    kind: Literal["stl", "obj", "3mf"]
    analysis: MeshAnalysis | None
