"""Reading model files: trimesh parses them, numpy measures them, in a worker thread.

trimesh's own measuring path (process=True, `.is_watertight`, `.volume`) takes ~3.5 s for a 1M-triangle
STL here, mostly in vertex merging and cache hashing; the same facts computed below from the arrays
trimesh parsed take ~0.5 s (see bench/README.md):

- volume: the sum of the signed tetrahedra each triangle spans with the origin (divergence theorem);
- bounding box: per-axis min/max of the triangles' corners;
- watertight: every edge shared by exactly two triangles. Corners are identified by their float32
  coordinates (hashed to 64 bits), so the copies an STL writes per triangle count as one vertex
  (what trimesh's merge does), and edges are counted by sorting their hashed end points.
"""

from __future__ import annotations

import asyncio
import zipfile

import numpy as np

from printdesk.files.domain.content import ArchiveEntry
from printdesk.files.domain.estimates import MeshFacts
from printdesk.files.domain.rules import InvalidUpload

_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_S27, _S30, _S31, _S32 = np.uint64(27), np.uint64(30), np.uint64(31), np.uint64(32)


def _mix(z: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser, elementwise: spreads every input bit over the 64-bit result."""
    z = z ^ (z >> _S30)
    z *= _MIX1
    z ^= z >> _S27
    z *= _MIX2
    z ^= z >> _S31
    return z


def _unreadable(kind: str, exc: Exception | None = None) -> InvalidUpload:
    reason = f" ({type(exc).__name__})" if exc else ""
    return InvalidUpload(f"This .{kind} file could not be read as a 3D model{reason}.", code="unreadable_model")


def load_mesh_arrays(path: str, kind: str) -> tuple[np.ndarray, np.ndarray]:
    """Vertices (n×3, millimetres) and triangles (m×3 vertex indices) of the whole model, parsed by trimesh."""
    import trimesh

    try:
        if kind == "stl":
            # The STL loader straight away: a Scene around one mesh costs more than the parsing itself.
            with open(path, "rb") as f:
                loaded = trimesh.exchange.stl.load_stl(f)
            return np.asarray(loaded["vertices"]), np.asarray(loaded["faces"])
        scene = trimesh.load_scene(path, file_type=kind, process=False)
    except Exception as exc:
        raise _unreadable(kind, exc) from exc
    vertices, faces, offset = [], [], 0
    for node in scene.graph.nodes_geometry:
        transform, name = scene.graph[node]
        geometry = scene.geometry[name]
        if not isinstance(geometry, trimesh.Trimesh) or len(geometry.faces) == 0:
            continue
        points = np.asarray(geometry.vertices, dtype=np.float64)
        if not np.allclose(transform, np.eye(4)):
            points = trimesh.transformations.transform_points(points, transform)
        vertices.append(points)
        faces.append(np.asarray(geometry.faces) + offset)
        offset += len(points)
    if not faces:
        return np.zeros((0, 3)), np.zeros((0, 3), dtype=np.int64)
    v = np.concatenate(vertices)
    units = scene.units  # 3MF declares its unit; OBJ has none and is read as millimetres
    if units and units not in ("mm", "millimeter", "millimeters"):
        try:
            v *= trimesh.units.unit_conversion(units, "millimeters")
        except Exception as exc:
            raise _unreadable(kind, exc) from exc
    return v, np.concatenate(faces)


def measure_arrays(vertices: np.ndarray, faces: np.ndarray, kind: str = "model") -> MeshFacts:
    if len(faces) == 0:
        raise InvalidUpload(f"This .{kind} file contains no triangles.", code="empty_model")
    if faces.min() < 0 or faces.max() >= len(vertices):
        raise _unreadable(kind)
    a, b, c = (vertices[faces[:, i]].astype(np.float64) for i in range(3))
    if not (np.isfinite(a).all() and np.isfinite(b).all() and np.isfinite(c).all()):
        raise InvalidUpload(f"This .{kind} file has corners at invalid coordinates (NaN or infinite).",
                            code="unreadable_model")
    bbox = tuple(
        float(max(a[:, i].max(), b[:, i].max(), c[:, i].max()) - min(a[:, i].min(), b[:, i].min(), c[:, i].min()))
        for i in range(3)
    )
    signed = (
        a[:, 0] * (b[:, 1] * c[:, 2] - b[:, 2] * c[:, 1])
        + a[:, 1] * (b[:, 2] * c[:, 0] - b[:, 0] * c[:, 2])
        + a[:, 2] * (b[:, 0] * c[:, 1] - b[:, 1] * c[:, 0])
    ).sum() / 6.0
    del a, b, c
    watertight = _every_edge_shared_by_two(vertices, faces)
    return MeshFacts(
        triangles=int(len(faces)),
        volume_mm3=abs(float(signed)) if watertight else None,
        bbox_mm=bbox,  # type: ignore[arg-type]
        watertight=watertight,
    )


def _every_edge_shared_by_two(vertices: np.ndarray, faces: np.ndarray) -> bool:
    with np.errstate(over="ignore"):
        # +0 turns -0.0 into 0.0, so both name the same corner.
        bits = (np.ascontiguousarray(vertices, dtype=np.float32) + np.float32(0)).view(np.uint32).astype(np.uint64)
        corner = _mix(_mix(bits[:, 0] | (bits[:, 1] << _S32)) ^ bits[:, 2])
        ends = corner[faces]
        first, second = ends.ravel(), ends[:, [1, 2, 0]].ravel()
        edges = _mix(np.minimum(first, second) ^ _mix(np.maximum(first, second)))
    edges.sort()
    if len(edges) % 2:
        return False
    return bool((edges[0::2] == edges[1::2]).all() and (edges[2::2] != edges[1:-1:2]).all())


def measure_file(path: str, kind: str) -> MeshFacts:
    vertices, faces = load_mesh_arrays(path, kind)
    return measure_arrays(vertices, faces, kind)


def list_archive(path: str) -> list[ArchiveEntry]:
    try:
        with zipfile.ZipFile(path) as archive:
            return [ArchiveEntry(i.filename, i.compress_size, i.file_size) for i in archive.infolist()]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise InvalidUpload(
            "This .3mf file is not a readable ZIP package: it is damaged or was cut off.", code="3mf_invalid",
        ) from exc


class TrimeshAnalyzer:
    """Measures in worker threads, a few at a time: a 1M-triangle model needs ~0.3 GB while it is measured."""

    def __init__(self, concurrent: int = 2) -> None:
        self._slots = asyncio.Semaphore(concurrent)

    async def measure(self, absolute_path: str, kind: str) -> MeshFacts:
        async with self._slots:
            return await asyncio.to_thread(measure_file, absolute_path, kind)

    async def archive_entries(self, absolute_path: str) -> list[ArchiveEntry]:
        return await asyncio.to_thread(list_archive, absolute_path)
