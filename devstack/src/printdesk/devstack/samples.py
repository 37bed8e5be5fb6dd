"""Small model files made in code, for tests and demos."""

from __future__ import annotations

import struct

_CUBE_TRIANGLES = [
    ((0, 0, 0), (1, 1, 0), (1, 0, 0)), ((0, 0, 0), (0, 1, 0), (1, 1, 0)),
    ((0, 0, 1), (1, 0, 1), (1, 1, 1)), ((0, 0, 1), (1, 1, 1), (0, 1, 1)),
    ((0, 0, 0), (1, 0, 0), (1, 0, 1)), ((0, 0, 0), (1, 0, 1), (0, 0, 1)),
    ((0, 1, 0), (1, 1, 1), (1, 1, 0)), ((0, 1, 0), (0, 1, 1), (1, 1, 1)),
    ((0, 0, 0), (0, 0, 1), (0, 1, 1)), ((0, 0, 0), (0, 1, 1), (0, 1, 0)),
    ((1, 0, 0), (1, 1, 0), (1, 1, 1)), ((1, 0, 0), (1, 1, 1), (1, 0, 1)),
]


def cube_stl(size_mm: float = 20.0) -> bytes:
    """A closed (watertight) binary STL cube with `size_mm` sides."""
    out = bytearray(b"PrintDesk sample cube".ljust(80, b" "))
    out += struct.pack("<I", len(_CUBE_TRIANGLES))
    for triangle in _CUBE_TRIANGLES:
        out += struct.pack("<3f", 0, 0, 0)
        for vertex in triangle:
            out += struct.pack("<3f", *(c * size_mm for c in vertex))
        out += b"\0\0"
    return bytes(out)
