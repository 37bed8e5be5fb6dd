"""Model files made for the benchmark: a closed 1M-triangle torus, and bulk binary STLs of a given size."""

from __future__ import annotations

from pathlib import Path

import numpy as np

STL_RECORD = np.dtype([("normal", "<f4", (3,)), ("corners", "<f4", (3, 3)), ("attribute", "<u2")])


def torus_triangles(major_sections: int = 1000, minor_sections: int = 500,
                    major_radius: float = 60.0, minor_radius: float = 20.0) -> np.ndarray:
    """A closed, consistently wound torus: 2 × major × minor triangles (1,000,000 by default), as (n, 3, 3)."""
    u = np.linspace(0, 2 * np.pi, major_sections, endpoint=False)
    v = np.linspace(0, 2 * np.pi, minor_sections, endpoint=False)
    uu, vv = np.meshgrid(u, v, indexing="ij")
    ring = major_radius + minor_radius * np.cos(vv)
    points = np.stack([ring * np.cos(uu), ring * np.sin(uu), minor_radius * np.sin(vv)], axis=-1).astype(np.float32)
    i = np.arange(major_sections)[:, None]
    j = np.arange(minor_sections)[None, :]
    i1, j1 = (i + 1) % major_sections, (j + 1) % minor_sections
    a, b, c, d = points[i, j], points[i1, j], points[i1, j1], points[i, j1]
    first = np.stack([a, b, c], axis=-2).reshape(-1, 3, 3)
    second = np.stack([a, c, d], axis=-2).reshape(-1, 3, 3)
    return np.concatenate([first, second])


def write_binary_stl(path: Path, corners: np.ndarray, header: bytes = b"PrintDesk benchmark") -> int:
    records = np.zeros(len(corners), dtype=STL_RECORD)
    records["corners"] = corners
    with open(path, "wb") as f:
        f.write(header.ljust(80, b" ")[:80])
        f.write(np.uint32(len(records)).tobytes())
        records.tofile(f)
    return path.stat().st_size


def write_bulk_stl(path: Path, size_bytes: int) -> int:
    """A valid binary STL of about `size_bytes` (84 + 50·n), written in 1M-triangle blocks of random triangles."""
    count = (size_bytes - 84) // 50
    rng = np.random.default_rng(3)
    block = np.zeros(min(count, 1_000_000), dtype=STL_RECORD)
    block["corners"] = rng.uniform(0, 200, size=(len(block), 3, 3)).astype(np.float32)
    with open(path, "wb") as f:
        f.write(b"PrintDesk bulk benchmark upload".ljust(80, b" "))
        f.write(np.uint32(count).tobytes())
        left = count
        while left:
            part = block[: min(left, len(block))]
            part.tofile(f)
            left -= len(part)
    return path.stat().st_size
