"""The `{base}_metadata.json` sidecar of a job's file (SPEC.md §5): what it holds and how a change rewrites it.

The document is built here as a plain dict; the service keeps the same document in its records, so an
admin's "repair metadata" can write it back, and the audit can compare the file with the records.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from printdesk.files.domain.paths import name_of

# The keys SPEC.md §5 promises in every metadata.json (the service adds a few of its own: job_id, short_id, ...).
SPEC_KEYS = (
    "student_name", "student_email", "discipline", "class_number", "printer", "color", "material", "status",
    "created_at", "authoritative_filename", "authoritative_history", "display_name", "file_path", "updated_at",
)


@dataclass(frozen=True)
class JobFacts:
    """What the jobs service said about the job in its latest change (JobChanged's snapshot)."""

    short_id: str
    student_name: str
    student_email: str
    original_filename: str
    created_at: str
    discipline: str | None = None
    class_number: str | None = None
    print_method: str | None = None
    color: str | None = None
    printer: str | None = None


@dataclass(frozen=True)
class AuthoritativeSwitch:
    """Staff made another file of the job the one to print (SPEC §5 `authoritative_history` entry)."""

    at: str
    by: str | None
    event: str
    from_name: str
    to_name: str

    def history_entry(self) -> dict[str, Any]:
        return {"ts": self.at, "by": self.by, "event": self.event, "from": self.from_name, "to": self.to_name}


def build_metadata(
    previous: Mapping[str, Any],
    *,
    status: str,
    file_path: str,
    updated_at: str,
    facts: JobFacts | None = None,
    switch: AuthoritativeSwitch | None = None,
) -> dict[str, Any]:
    """The document after a change: the previous one, with the job's latest facts, status and location.

    Keys the service wrote before (sha256, analysis, ...) are kept; `display_name` always follows `file_path`.
    """
    document = dict(previous)
    if facts is not None:
        document.update({
            "short_id": facts.short_id,
            "student_name": facts.student_name,
            "student_email": facts.student_email,
            "original_filename": facts.original_filename,
            "created_at": facts.created_at,
            "discipline": facts.discipline,
            "class_number": facts.class_number,
            "printer": facts.printer,
            "color": facts.color,
            "material": facts.print_method,  # SPEC §5 calls the print method "material"
        })
    for key in SPEC_KEYS:
        document.setdefault(key, None)
    history = list(document.get("authoritative_history") or [])
    if switch is not None:
        history.append(switch.history_entry())
        document["authoritative_filename"] = switch.to_name
    document["authoritative_history"] = history
    if document.get("authoritative_filename") is None and status != "UPLOADED":
        # Approval settles which file is printed: the job's file as it is, unless staff chose another.
        document["authoritative_filename"] = name_of(file_path)
    document["status"] = status
    document["file_path"] = file_path
    document["display_name"] = name_of(file_path)
    document["updated_at"] = updated_at
    return document


def recorded_state(document: Mapping[str, Any] | None) -> tuple[Any, Any]:
    """(status, file_path) as a metadata document states them, for comparing with the records."""
    if not document:
        return None, None
    return document.get("status"), document.get("file_path")
