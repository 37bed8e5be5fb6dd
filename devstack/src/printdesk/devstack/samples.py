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


def unique_email() -> str:
    import uuid

    return f"student-{uuid.uuid4().hex[:8]}@example.edu"


def submission_form(upload_id: str, **overrides: object) -> dict:
    """A complete, valid submission (`POST /submissions`) for the seed catalog; `overrides` replace fields."""
    values = {
        "student_first_name": "Jane", "student_last_name": "Doe", "student_email": unique_email(),
        "discipline": "Architecture", "class_number": "ARCH 4000", "print_method": "Filament",
        "color": "True Red", "printer": "Prusa MK4S", "scaling_confirmed": True, "min_charge_consent": True,
        "upload_id": upload_id,
    }
    return {**values, **overrides}
