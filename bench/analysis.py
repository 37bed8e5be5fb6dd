"""Analysis benchmark: the files service's mesh analysis of a 1M-triangle binary STL against numpy alone.

Three numbers for the same file, each the median of several warm runs in this process:
- `service`: `printdesk.files.adapters.analysis.measure_file`, what an upload runs (trimesh parses, then
  volume, bounding box and watertightness);
- `numpy, same facts`: np.fromfile with a structured dtype, then the same three facts in plain numpy,
  written here independently (exact corner keys from the float32 bits, edges counted by sorting);
- `numpy, load only`: np.fromfile alone, for scale;
and, for context, trimesh's stock path (load with processing, `.is_watertight`, `.volume`, `.extents`).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from bench.models import STL_RECORD

_P = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F), np.uint64(0x165667B19E3779F9))


def _remix(z: np.ndarray) -> np.ndarray:
    z = (z ^ (z >> np.uint64(33))) * np.uint64(0xFF51AFD7ED558CCD)
    return z ^ (z >> np.uint64(33))


def numpy_load_only(path: Path) -> int:
    return len(np.fromfile(path, dtype=STL_RECORD, offset=84))


def numpy_same_facts(path: Path) -> tuple[int, float | None, tuple[float, float, float], bool]:
    corners = np.fromfile(path, dtype=STL_RECORD, offset=84)["corners"]  # (n, 3, 3) float32
    a, b, c = (corners[:, k, :].astype(np.float64) for k in range(3))
    signed = float(np.einsum("ij,ij->", a, np.cross(b, c))) / 6.0
    flat = corners.reshape(-1, 3)
    bbox = tuple(float(flat[:, k].max() - flat[:, k].min()) for k in range(3))
    with np.errstate(over="ignore"):
        bits = (flat + np.float32(0)).view(np.uint32).astype(np.uint64)
        key = _remix(bits[:, 0] * _P[0] + bits[:, 1] * _P[1] + bits[:, 2] * _P[2]).reshape(-1, 3)
        start, end = key.ravel(), np.roll(key, -1, axis=1).ravel()
        low, high = np.minimum(start, end), np.maximum(start, end)
        edges = np.sort(_remix(low * _P[0] + high * _P[2]))
    boundaries = np.flatnonzero(np.concatenate(([True], edges[1:] != edges[:-1], [True])))
    watertight = bool((np.diff(boundaries) == 2).all())
    return len(corners), abs(signed) if watertight else None, bbox, watertight  # type: ignore[return-value]


def trimesh_stock(path: Path) -> tuple[int, float, tuple[float, ...], bool]:
    import trimesh

    mesh = trimesh.load_mesh(path)
    return len(mesh.faces), float(mesh.volume), tuple(float(v) for v in mesh.extents), bool(mesh.is_watertight)


def service_analysis(path: Path):  # noqa: ANN201
    from printdesk.files.adapters.analysis import measure_file

    return measure_file(str(path), "stl")


def timed(run: Callable[[], object], repeat: int) -> tuple[float, object]:
    run()  # warm: imports, first-touch of memory
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def run(path: Path, repeat: int = 5) -> dict[str, object]:
    service_s, facts = timed(lambda: service_analysis(path), repeat)
    same_s, same = timed(lambda: numpy_same_facts(path), repeat)
    load_s, _ = timed(lambda: numpy_load_only(path), repeat)
    stock_s, stock = timed(lambda: trimesh_stock(path), max(1, repeat // 2))
    assert facts.watertight and same[3] and stock[3], "the benchmark torus must be watertight for every method"
    assert abs(facts.volume_mm3 - same[1]) < 1e-6 * same[1] and abs(facts.volume_mm3 - stock[1]) < 1e-4 * stock[1]
    return {
        "triangles": facts.triangles, "volume_mm3": facts.volume_mm3, "bbox_mm": facts.bbox_mm,
        "service_s": service_s, "numpy_same_s": same_s, "numpy_load_s": load_s, "trimesh_stock_s": stock_s,
    }
