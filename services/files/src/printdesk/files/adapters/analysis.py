"""Mesh analysis with trimesh: triangle count, volume, bounding box, watertightness."""

from __future__ import annotations

import asyncio
from typing import Any

from printdesk.files.domain.rules import InvalidUpload


def _analyze(path: str, kind: str) -> dict[str, Any]:
    import trimesh

    try:
        loaded = trimesh.load(path, file_type=kind, force="mesh", process=True)
    except Exception as exc:
        raise InvalidUpload(f"This .{kind} file could not be read as a 3D model ({type(exc).__name__}).") from exc
    if not isinstance(loaded, trimesh.Trimesh) or len(loaded.faces) == 0:
        raise InvalidUpload(f"This .{kind} file contains no printable triangles.")
    extents = [round(float(v), 3) for v in loaded.extents]
    watertight = bool(loaded.is_watertight)
    return {
        "triangles": int(len(loaded.faces)),
        "volume_mm3": round(abs(float(loaded.volume)), 3) if watertight else None,
        "bbox_mm": extents,
        "watertight": watertight,
    }


class TrimeshAnalyzer:
    async def analyze(self, absolute_path: str, kind: str) -> dict[str, Any]:
        return await asyncio.to_thread(_analyze, absolute_path, kind)
