"""Do a file's bytes look like the model its extension promises? Checked on a sample, never the whole file.

The storage adapter hands over the first 64 KB, the last 4 KB and the size as it streams the upload; for a
3MF, the analysis adapter lists the ZIP's parts from its central directory (no part is extracted). A file
that passes here is then read by the mesh library, which has the last word.

Codes (all 422 but `file_too_large`): `empty_file`, `content_mismatch` (the bytes are something else: an
image, a program, a ZIP named .stl ...), `stl_truncated`, `stl_triangle_count_mismatch`, `stl_invalid`,
`obj_invalid`, `empty_model`, `3mf_missing_model`, `archive_too_large`, `archive_compression_suspicious`,
`archive_too_many_parts`.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterable
from dataclasses import dataclass

from printdesk.files.domain.rules import InvalidUpload

SNIFF_BYTES = 64 * 1024
TAIL_BYTES = 4 * 1024

# A 3MF is XML in a ZIP: real ones expand 3-20x. Zip bombs expand 1000x and more.
MAX_EXPANSION = 10  # total uncompressed size, as a multiple of the upload limit
MAX_COMPRESSION_RATIO = 200  # per part, for parts above RATIO_FLOOR_BYTES
RATIO_FLOOR_BYTES = 1024 * 1024
MAX_ARCHIVE_PARTS = 10_000

_FOREIGN_MAGIC: list[tuple[bytes, str]] = [
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x7fELF", "a program (ELF)"),
    (b"MZ", "a Windows program"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0", "an Office document"),
    (b"#!", "a script"),
]
_OBJ_KEYWORDS = frozenset({
    b"v", b"vt", b"vn", b"vp", b"f", b"l", b"p", b"o", b"g", b"s", b"mtllib", b"usemtl", b"cstype", b"deg",
    b"bmat", b"step", b"curv", b"curv2", b"surf", b"parm", b"trim", b"hole", b"scrv", b"sp", b"end", b"con",
    b"mg", b"lod", b"usemap", b"maplib", b"shadow_obj", b"trace_obj", b"bevel", b"c_interp", b"d_interp",
})
_MODEL_PART = re.compile(r"^/?3D/[^/]+\.model$", re.IGNORECASE)


@dataclass(frozen=True)
class ContentSample:
    """What the storage adapter saw of a file while it streamed it to disk."""

    head: bytes  # the first SNIFF_BYTES (or the whole file)
    tail: bytes  # the last TAIL_BYTES (or the whole file)
    size: int


@dataclass(frozen=True)
class ArchiveEntry:
    """One part of a ZIP package, as its central directory declares it."""

    name: str
    compressed_size: int
    file_size: int


def check_content(kind: str, sample: ContentSample) -> None:
    """Refuse a file whose bytes are not the kind its extension says, or are visibly broken."""
    if sample.size == 0:
        raise InvalidUpload("The file is empty.", code="empty_file")
    if kind == "stl":
        _check_stl(sample)
    elif kind == "obj":
        _check_obj(sample)
    elif kind == "3mf" and not sample.head.startswith(b"PK"):
        what = _foreign(sample.head)
        raise InvalidUpload(
            f"This .3mf file is {what or 'not a 3MF package'}: a 3MF is a ZIP package.", code="content_mismatch",
        )


def binary_stl_triangles(head: bytes) -> int | None:
    """The triangle count a binary STL header declares (bytes 80-83), or None if the file is too short."""
    if len(head) < 84:
        return None
    return struct.unpack_from("<I", head, 80)[0]


def _foreign(head: bytes) -> str | None:
    return next((what for magic, what in _FOREIGN_MAGIC if head.startswith(magic)), None)


def _is_text(head: bytes) -> bool:
    # ASCII STL and OBJ never hold a NUL byte; a binary STL always does (its triangle count, its floats).
    return b"\x00" not in head


def _check_stl(sample: ContentSample) -> None:
    head, size = sample.head, sample.size
    declared = binary_stl_triangles(head)
    if declared is not None and size == 84 + 50 * declared:
        if declared == 0:
            raise InvalidUpload("This .stl file contains no triangles.", code="empty_model")
        return
    if _is_text(head):
        if head.lstrip()[:5].lower() == b"solid":
            _check_ascii_stl(sample)
            return
        raise InvalidUpload(
            "This .stl file is text, but not an STL (a text STL begins with “solid”).", code="content_mismatch",
        )
    if what := _foreign(head):
        raise InvalidUpload(f"This .stl file is actually {what}, not an STL.", code="content_mismatch")
    if declared is None:
        raise InvalidUpload(
            f"This .stl file is only {size} bytes: too short for an STL, it was cut off.", code="stl_truncated",
        )
    records, rest = divmod(size - 84, 50)
    if rest:
        raise InvalidUpload(
            f"This .stl file ends part-way through a triangle: it was cut off "
            f"({size:,} bytes; its {declared:,} triangles need {84 + 50 * declared:,}).",
            code="stl_truncated",
        )
    raise InvalidUpload(
        f"This .stl file says it has {declared:,} triangles but holds {records:,}: it is damaged.",
        code="stl_triangle_count_mismatch",
    )


def _check_ascii_stl(sample: ContentSample) -> None:
    text = sample.head.lower()
    if b"facet" not in text and b"endsolid" in text:
        raise InvalidUpload("This .stl file contains no triangles.", code="empty_model")
    if not all(word in text for word in (b"facet", b"outer loop", b"vertex", b"endloop", b"endfacet")):
        raise InvalidUpload(
            "This text .stl file does not have the facet / outer loop / vertex structure of an STL.",
            code="stl_invalid",
        )
    if b"endsolid" not in sample.tail.lower():
        raise InvalidUpload(
            "This text .stl file stops before its closing “endsolid”: it was cut off.", code="stl_truncated",
        )


def _lines(sample: ContentSample) -> tuple[list[bytes], list[bytes]]:
    """Complete lines of the head and the tail (a line cut by the sample's edge is dropped)."""
    whole = len(sample.head) >= sample.size
    head_lines = sample.head.splitlines()
    if not whole and head_lines:
        head_lines = head_lines[:-1]
    tail_lines = sample.tail.splitlines()
    if not whole and tail_lines and len(sample.tail) < sample.size:
        tail_lines = tail_lines[1:]
    return head_lines, tail_lines


def _keywords(lines: Iterable[bytes]) -> list[bytes]:
    words = []
    for line in lines:
        stripped = line.strip()
        if stripped and not stripped.startswith(b"#"):
            words.append(stripped.split(maxsplit=1)[0])
    return words


def _check_obj(sample: ContentSample) -> None:
    if not _is_text(sample.head):
        what = _foreign(sample.head)
        raise InvalidUpload(
            f"This .obj file is {what or 'binary data'}, not an OBJ (an OBJ is text).", code="content_mismatch",
        )
    head_lines, tail_lines = _lines(sample)
    head_words = _keywords(head_lines)
    unknown = [w for w in head_words if w not in _OBJ_KEYWORDS]
    if head_words and len(unknown) > len(head_words) // 10:
        shown = unknown[0][:20].decode("utf-8", "replace")
        raise InvalidUpload(
            f"This .obj file is not OBJ text (lines start with “{shown}”, which is no OBJ statement).",
            code="obj_invalid",
        )
    words = set(head_words) | set(_keywords(tail_lines))
    if b"v" not in words or b"f" not in words:
        raise InvalidUpload(
            "This .obj file has no vertices (v) and faces (f) we can read.", code="obj_invalid",
        )


def check_3mf_package(entries: list[ArchiveEntry], max_upload_bytes: int) -> None:
    """A 3MF must hold a `3D/*.model` part, and its declared sizes must not make it a zip bomb."""
    if len(entries) > MAX_ARCHIVE_PARTS:
        raise InvalidUpload(
            f"This .3mf package has {len(entries):,} parts; a 3MF has a handful.", code="archive_too_many_parts",
        )
    if not any(_MODEL_PART.match(e.name) for e in entries):
        raise InvalidUpload(
            "This .3mf package has no 3D model part (3D/3dmodel.model): export it again from your 3D program.",
            code="3mf_missing_model",
        )
    for entry in entries:
        if entry.file_size > RATIO_FLOOR_BYTES and entry.file_size > MAX_COMPRESSION_RATIO * max(entry.compressed_size, 1):
            raise InvalidUpload(
                f"This .3mf package would expand {entry.file_size // max(entry.compressed_size, 1):,}-fold when opened "
                "(a zip bomb); it is refused.",
                code="archive_compression_suspicious",
            )
    total = sum(e.file_size for e in entries)
    bound = MAX_EXPANSION * max_upload_bytes
    if total > bound:
        raise InvalidUpload(
            f"This .3mf package would expand to {total / 1024 / 1024:,.0f} MB when opened; "
            f"at most {bound // 1024 // 1024:,} MB is accepted.",
            code="archive_too_large",
        )
