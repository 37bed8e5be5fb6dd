"""What a model's file name may be, and the safe name we keep of it.

Each refusal is a 4xx with its own code, decided before a byte of the file is written:

- longer than 255 characters -> 422 `filename_too_long` (no file system keeps such a name, and cutting it
  would hide what was sent);
- control characters, NUL included -> 422 `filename_invalid_characters`;
- a folder in it: `/` or `\\` anywhere (`../x.stl`, `/etc/x.stl`, `C:\\x.stl`) -> 422 `filename_has_path`.
  Browsers send only the base name, so a path means a crafted request: refused rather than reduced;
- the last extension decides the kind -> 415 `unsupported_file_type` (`model.stl.exe` is an .exe);
- a Windows device name as the first part (`CON.stl`, `nul.v2.stl`, `COM1 .stl`) -> 422 `filename_reserved`;
- an executable-looking inner extension (`model.exe.stl`) -> 422 `filename_executable_extension`;
  other inner dots (`bracket.v2.stl`) are fine.

Everything else is kept, made safe for Windows, macOS and Linux shares: the characters Windows refuses
(`*?"<>|:`) become `_`, runs of whitespace one space, leading dots go (no hidden files), the stem is cut to
100 characters and the extension lower-cased.
"""

from __future__ import annotations

import re
import unicodedata

from printdesk.files.domain.rules import ALLOWED_EXTENSIONS, InvalidUpload

MAX_NAME_CHARS = 255
MAX_STEM_CHARS = 100

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_WINDOWS_FORBIDDEN = re.compile(r'[*?"<>|:]')
_WINDOWS_RESERVED = {
    "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
    *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10)),
}
EXECUTABLE_EXTENSIONS = frozenset({
    "apk", "app", "bat", "cmd", "com", "cpl", "dll", "dmg", "exe", "hta", "jar", "js", "jse", "lnk", "msi",
    "msp", "pif", "ps1", "psm1", "reg", "scr", "sh", "vbe", "vbs", "wsf", "wsh",
})


def upload_kind(filename: str) -> str:
    """The model kind (`stl`, `obj`, `3mf`) its last extension names; 415 for anything else."""
    base = filename.replace("\\", "/").rsplit("/", 1)[-1]
    suffix = "." + base.rpartition(".")[2].lower() if "." in base else ""
    kind = ALLOWED_EXTENSIONS.get(suffix)
    if kind is None:
        raise InvalidUpload(
            f"Only {', '.join(sorted(ALLOWED_EXTENSIONS))} files can be printed; "
            f"this file is {suffix or 'without an extension'}.",
            status=415, code="unsupported_file_type",
        )
    return kind


def accept_filename(filename: str) -> tuple[str, str]:
    """Check a student's file name; return (kind, safe name) or raise InvalidUpload saying what is wrong."""
    if len(filename) > MAX_NAME_CHARS:
        raise InvalidUpload(
            f"The file name is {len(filename):,} characters long; rename the file to at most {MAX_NAME_CHARS}.",
            code="filename_too_long",
        )
    if _CONTROL.search(filename):
        raise InvalidUpload(
            "The file name contains invisible control characters; rename the file.",
            code="filename_invalid_characters",
        )
    if "/" in filename or "\\" in filename:
        raise InvalidUpload(
            "The file name must be a plain name, without folders (no / or \\).", code="filename_has_path",
        )
    kind = upload_kind(filename)
    parts = unicodedata.normalize("NFC", filename).split(".")
    if parts[0].rstrip(" ").upper() in _WINDOWS_RESERVED:
        raise InvalidUpload(
            f"“{parts[0].strip()}” is a reserved device name on Windows and cannot name a file; rename the file.",
            code="filename_reserved",
        )
    inner = [p.strip().lower() for p in parts[1:-1]]
    executable = next((p for p in inner if p in EXECUTABLE_EXTENSIONS), None)
    if executable:
        raise InvalidUpload(
            f"The file name hides a .{executable} extension before .{kind}; rename the file so it ends only in .{kind}.",
            code="filename_executable_extension",
        )
    return kind, sanitize_filename(filename)


def sanitize_filename(filename: str) -> str:
    """A name safe on Windows, macOS and Linux shares (for a name that `accept_filename` let through)."""
    name = _CONTROL.sub("", unicodedata.normalize("NFC", filename).replace("\\", "/").rsplit("/", 1)[-1])
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    stem = re.sub(r"\s+", " ", _WINDOWS_FORBIDDEN.sub("_", stem)).strip().lstrip(".").rstrip(". ")
    stem = stem[:MAX_STEM_CHARS].rstrip(". ") or "model"
    ext = _WINDOWS_FORBIDDEN.sub("_", ext).strip().lower()
    return f"{stem}.{ext}" if ext else stem
