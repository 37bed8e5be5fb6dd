"""Turning a link's relative path into a file on this workstation, proving it stays inside the storage base.

The checks are lexical first (they run the same for Windows paths under `ntpath` on any machine), then
by real path on this machine: symlinks and junctions are resolved before containment is judged.
"""

from __future__ import annotations

import ntpath
import os
import re
from collections.abc import Callable
from types import ModuleType

from printdesk.handler.links import LinkRefused

MAX_PATH_LENGTH = 1024
MAX_SEGMENT_LENGTH = 255
_DRIVE = re.compile(r"^[A-Za-z]:")
_ENCODED = re.compile(r"%(2[eEfF]|5[cC]|00|25)")
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def split_relative(path: str) -> list[str]:
    """The segments of a storage-relative path, or LinkRefused naming what is wrong with it."""
    if "\x00" in path:
        raise LinkRefused("nul", "The file path contains a NUL character.")
    if len(path) > MAX_PATH_LENGTH:
        raise LinkRefused("overlong", f"The file path is longer than {MAX_PATH_LENGTH} characters.")
    if _ENCODED.search(path):
        raise LinkRefused("encoded_separator", "The file path hides separators or dots behind %-encoding.")
    if path.startswith(("\\\\", "//")):
        raise LinkRefused("unc_path", "The link points at a network (UNC) path instead of the lab storage.")
    if _DRIVE.match(path):
        raise LinkRefused("other_drive", "The link names a drive; paths must be relative to the lab storage.")
    if path.startswith(("/", "\\")):
        raise LinkRefused("absolute_path", "The link holds an absolute path; paths must be relative to the lab storage.")
    segments = re.split(r"[\\/]", path)
    for segment in segments:
        if segment in ("", "."):
            raise LinkRefused("malformed_path", "The file path has empty or '.' parts.")
        if segment == ".." or segment.strip(" .") == "":
            raise LinkRefused("traversal", "The file path tries to leave the lab storage ('..').")
        if segment.startswith("-"):
            raise LinkRefused("option_like", f"A part of the file path looks like a command-line option: {segment[:40]!r}.")
        if ":" in segment:
            raise LinkRefused("malformed_path", "The file path contains ':' (a drive or an alternate data stream).")
        if segment.split(".")[0].upper().rstrip() in _RESERVED:
            raise LinkRefused("reserved_name", f"{segment[:40]!r} is a reserved device name on Windows.")
        if len(segment) > MAX_SEGMENT_LENGTH:
            raise LinkRefused("overlong", "A part of the file path is longer than 255 characters.")
    return segments


def resolve(
    base: str,
    relative: str,
    *,
    flavour: ModuleType = os.path,
    realpath: Callable[[str], str] | None = None,
    exists: Callable[[str], bool] | None = None,
    is_file: Callable[[str], bool] | None = None,
) -> str:
    """The absolute, real path of `relative` under `base`, proven inside it and existing."""
    segments = split_relative(relative)
    realpath = realpath or flavour.realpath
    exists = exists or os.path.exists
    is_file = is_file or os.path.isfile
    if not exists(base):
        drive_hint = " Is the network drive mapped?" if flavour is ntpath or os.name == "nt" else " Is the share mounted?"
        raise LinkRefused("storage_unreachable", f"The lab storage folder {base} cannot be reached.{drive_hint}")
    real_base = realpath(base)
    real = realpath(flavour.join(base, *segments))
    norm = flavour.normcase
    try:
        common = flavour.commonpath([norm(real_base), norm(real)])
    except ValueError:  # different drives on Windows
        common = ""
    if common != norm(real_base):
        raise LinkRefused("outside_storage", "The file resolves outside the lab storage (a link or junction escapes it).")
    if not exists(real):
        raise LinkRefused("file_missing", "The file is not where PrintDesk says it is; it may have been moved. "
                                          "Refresh the dashboard and try again.")
    if not is_file(real):
        raise LinkRefused("not_a_file", "The link points at a folder, not a file.")
    return real
