"""Rules for model files that every part of the service shares: the refusal, the kinds we take, where each
job status keeps its file and how it is named there (SPEC.md §5).

Pure functions: no I/O. What may be uploaded is in `filenames` (names) and `content` (bytes);
what a model measures up to in the lab is in `estimates`.
"""

from __future__ import annotations

import re

ALLOWED_EXTENSIONS = {".stl": "stl", ".obj": "obj", ".3mf": "3mf"}

STATUS_FOLDERS = {
    "UPLOADED": "Uploaded",
    "PENDING": "Pending",
    "READYTOPRINT": "ReadyToPrint",
    "PRINTING": "Printing",
    "COMPLETED": "Completed",
    "PAIDPICKEDUP": "PaidPickedUp",
    "REJECTED": "Rejected",
    "ARCHIVED": "Archived",
}


class UnknownStatus(ValueError):
    """A job status this service has no folder for."""


def folder_for(status: str) -> str:
    """The folder of the storage root that keeps a job's file while the job is in `status`."""
    try:
        return STATUS_FOLDERS[status]
    except KeyError:
        raise UnknownStatus(f"no folder for status {status!r}") from None


class InvalidUpload(ValueError):
    """A file we refuse, with the reason a student can act on.

    `status` is the HTTP status it maps to; `code` names the rule that refused it, so a client (and a
    test) can tell a truncated STL from a zip bomb without parsing the message.
    """

    def __init__(self, message: str, status: int = 422, code: str = "invalid_file") -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code


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
