"""Paths inside the storage root, as the records keep them: relative, `/`-separated, plain.

Pure string rules. Whether a path really stays inside the root on disk (symlinks) is the storage adapter's
check; these come first and refuse what no record could ever name.
"""

from __future__ import annotations

from pathlib import PurePosixPath

METADATA_SUFFIX = "_metadata.json"
MAX_NAME_CHARS = 255


class UnsafePath(ValueError):
    """A path that does not name a file inside the storage root (or names one we never touch)."""


def is_plain_name(name: str) -> bool:
    """A single file name: no folder, no `..`, no control characters, not hidden."""
    return (
        bool(name) and len(name) <= MAX_NAME_CHARS and "/" not in name and "\\" not in name
        and not name.startswith(".") and not any(ord(c) < 32 or ord(c) == 127 for c in name)
    )


def plain_relative_path(text: str) -> str:
    """`text` as a path relative to the storage root, or UnsafePath saying why not.

    Refused: empty, absolute (`/x`, `C:\\x`), backslashes, `.` or `..` parts, hidden parts (staging and
    temporary files live there), control characters.
    """
    if not text or "\x00" in text:
        raise UnsafePath("The path is empty or contains a NUL character.")
    if "\\" in text:
        raise UnsafePath("Use / between folders, not \\.")
    if text.startswith("/") or (len(text) > 1 and text[1] == ":"):
        raise UnsafePath("Give the path relative to the storage root, not an absolute path.")
    parts = text.split("/")
    if any(p in ("", ".", "..") for p in parts):
        raise UnsafePath("The path may not contain empty, . or .. parts.")
    if any(not is_plain_name(p) for p in parts):
        raise UnsafePath("The path names a hidden or invalid file or folder.")
    return "/".join(parts)


def folder_of(relative_path: str) -> str:
    parent = str(PurePosixPath(relative_path).parent)
    return "" if parent == "." else parent


def name_of(relative_path: str) -> str:
    return PurePosixPath(relative_path).name


def join(folder: str, name: str) -> str:
    return f"{folder}/{name}" if folder else name


def numbered_name(name: str, n: int) -> str:
    """The n-th name to try when `name` is taken: `a.stl` -> `a_1.stl`; `a_metadata.json` -> `a_1_metadata.json`."""
    if n == 0:
        return name
    if name.endswith(METADATA_SUFFIX):
        return f"{name[: -len(METADATA_SUFFIX)]}_{n}{METADATA_SUFFIX}"
    stem, dot, extension = name.rpartition(".")
    if not dot or not stem:
        return f"{name}_{n}"
    return f"{stem}_{n}.{extension}"


def metadata_name_for(model_name: str) -> str:
    """`{base}_metadata.json` beside the model `{base}.{ext}`."""
    stem, dot, _ = model_name.rpartition(".")
    return f"{stem if dot and stem else model_name}{METADATA_SUFFIX}"


def extension_of(name: str) -> str:
    """The last extension, lower case, with its dot (`.3mf`); empty when there is none."""
    suffix = PurePosixPath(name).suffix
    return suffix.lower()
