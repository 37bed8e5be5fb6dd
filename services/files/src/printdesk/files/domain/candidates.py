"""Which files in a job's folder may be the job's file to print, best first (SPEC.md §5, "Candidate scan").

Staff slice a student's model and save the result beside it; at approval they choose which file is printed.
A file belongs to the job when its name carries the job's short id (or the first 8 characters of its id),
the stem of its current file's name, or is the student's original file. Order: extension priority, then the
newest, then by name.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from printdesk.files.domain.paths import extension_of

DEFAULT_ALLOWED_EXTENSIONS = (".stl", ".obj", ".3mf", ".form", ".idea")
DEFAULT_EXTENSION_PRIORITY = (".3mf", ".form", ".idea", ".stl", ".obj")


@dataclass(frozen=True)
class FolderFile:
    """A regular file in a folder of the storage root."""

    name: str
    size_bytes: int
    modified_at: datetime


@dataclass(frozen=True)
class JobNames:
    """The names by which a file is known to belong to a job."""

    job_id: str
    short_id: str
    current_name: str
    original_names: frozenset[str] = frozenset()

    def belongs(self, name: str) -> bool:
        lowered = name.lower()
        marks = {self.short_id.lower(), self.job_id[:8].lower(), _stem(self.current_name).lower()}
        if any(mark and mark in lowered for mark in marks):
            return True
        return name == self.current_name or name in self.original_names


def _stem(name: str) -> str:
    stem, dot, _ = name.rpartition(".")
    return stem if dot and stem else name


def normalise_extensions(values: Iterable[str]) -> tuple[str, ...]:
    """`["3MF", ".stl"]` -> `(".3mf", ".stl")`, duplicates dropped, order kept."""
    seen: dict[str, None] = {}
    for value in values:
        text = value.strip().lower()
        if text:
            seen.setdefault(text if text.startswith(".") else f".{text}", None)
    return tuple(seen)


def sort_key(file: FolderFile, priority: Sequence[str]) -> tuple[int, float, str]:
    extension = extension_of(file.name)
    rank = priority.index(extension) if extension in priority else len(priority)
    return rank, -file.modified_at.timestamp(), file.name


def job_candidates(
    files: Iterable[FolderFile], job: JobNames, *, allowed: Sequence[str], priority: Sequence[str]
) -> list[FolderFile]:
    """The files of `job` among `files` with an allowed extension, best first."""
    chosen = [f for f in files if extension_of(f.name) in allowed and job.belongs(f.name)]
    return sorted(chosen, key=lambda f: sort_key(f, priority))
