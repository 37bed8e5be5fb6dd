"""Rules for model files: what may be uploaded, how it is named on disk, where each status keeps it.

Pure functions: no I/O. The content checks look at bytes the adapter hands them.
"""

from __future__ import annotations

import re
import struct
import unicodedata
from pathlib import PurePosixPath

ALLOWED_EXTENSIONS = {".stl": "stl", ".obj": "obj", ".3mf": "3mf"}

STATUS_FOLDERS = {
    "UPLOADED": "Uploaded",
    "PENDING": "Pending",
    "READYTOPRINT": "ReadyToPrint",
    "PRINTING": "Printing",
    "COMPLETED": "Completed",
    "PAIDPICKEDUP": "PaidPickedUp",
    "REJECTED": "Uploaded",  # a rejected job's file stays where the student left it
    "ARCHIVED": "Archived",
}

_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
_UNSAFE = re.compile(r'[\x00-\x1f\x7f*?"<>|:/\\]')
SNIFF_BYTES = 64 * 1024


class InvalidUpload(ValueError):
    """A file we refuse, with the reason a student can act on. `status` is the HTTP status it maps to."""

    def __init__(self, message: str, status: int = 422, code: str = "invalid_file") -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code


def upload_kind(filename: str) -> str:
    suffix = PurePosixPath(filename.replace("\\", "/")).suffix.lower()
    kind = ALLOWED_EXTENSIONS.get(suffix)
    if kind is None:
        raise InvalidUpload(
            f"Only {', '.join(sorted(ALLOWED_EXTENSIONS))} files can be printed; this file is {suffix or 'without an extension'}.",
            status=415, code="unsupported_file_type",
        )
    return kind


def sanitize_filename(filename: str) -> str:
    """A name safe on Windows, macOS and Linux shares: no directories, reserved names or odd characters."""
    name = unicodedata.normalize("NFC", filename).replace("\\", "/").rsplit("/", 1)[-1]
    name = _UNSAFE.sub("_", name).strip().strip(".")
    name = re.sub(r"\s+", " ", name)
    if not name or name.startswith(".") or ".." in name:
        name = name.replace("..", "_").lstrip(".") or "model"
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    if stem.upper() in _WINDOWS_RESERVED:
        stem = f"_{stem}"
    stem = stem[:100] or "model"
    return f"{stem}.{ext.lower()}" if ext else stem


def check_content(kind: str, head: bytes, size: int) -> None:
    """Refuse files whose bytes do not look like their extension says (first 64 KB and the size)."""
    if size == 0:
        raise InvalidUpload("The file is empty.", code="empty_file")
    if kind == "stl":
        _check_stl(head, size)
    elif kind == "obj":
        _check_obj(head)
    elif kind == "3mf" and not head.startswith(b"PK\x03\x04"):
        raise InvalidUpload("This .3mf file is not a 3MF package (a 3MF is a ZIP archive).")


def _binary_stl_size(head: bytes) -> int | None:
    if len(head) < 84:
        return None
    (triangles,) = struct.unpack_from("<I", head, 80)
    return 84 + 50 * triangles


def _check_stl(head: bytes, size: int) -> None:
    if _binary_stl_size(head) == size and size > 84:
        return
    text = head.lstrip().lower()
    if text.startswith(b"solid") and b"facet" in text and b"vertex" in text:
        return
    if len(head) >= 84 and _binary_stl_size(head) != size:
        raise InvalidUpload(
            "This .stl file is damaged or not an STL: its size does not match the triangle count it declares.",
        )
    raise InvalidUpload("This .stl file has no triangles we can read.")


def _check_obj(head: bytes) -> None:
    lines = {line.split(maxsplit=1)[0] for line in head.splitlines() if line.strip() and not line.startswith(b"#")}
    if b"v" not in lines or b"f" not in lines:
        raise InvalidUpload("This .obj file has no vertices and faces we can read.")


def _name_part(value: str | None, fallback: str) -> str:
    if not value:
        return fallback
    parts = re.split(r"[\s_]+", value)
    joined = "".join(re.sub(r"[^A-Za-z0-9]", "", p).capitalize() for p in parts)
    return joined or fallback


def storage_base_name(student_name: str, short_id: str, method: str | None = None, color: str | None = None) -> str:
    """`{StudentName}_{Method}_{Color}_{short_id}` (SPEC §5); method and colour are left out until known."""
    parts = [_name_part(student_name, "Student")]
    if method:
        parts.append(_name_part(method, "Method"))
    if color:
        parts.append(_name_part(color, "Color"))
    parts.append(re.sub(r"[^a-f0-9]", "", short_id.lower()) or "job")
    return "_".join(parts)


def metadata_name(base: str) -> str:
    return f"{base}_metadata.json"
