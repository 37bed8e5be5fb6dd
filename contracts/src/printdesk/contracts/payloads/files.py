"""Events the files service publishes (stream FILES, subjects `files.>`).

Each payload is listed in EVENTS with its type name, version and subject; the registry in
`printdesk.contracts.events` collects them from here.
"""

from __future__ import annotations

import uuid

from printdesk.contracts.payloads.base import Payload


class FileStored(Payload):
    """The files service placed a job's file (and its metadata.json) in the storage root."""

    job_id: str
    upload_id: uuid.UUID
    relative_path: str
    metadata_path: str
    display_name: str
    status_folder: str
    sha256: str
    size_bytes: int


class FileOpenedInSlicer(Payload):
    """A workstation's handler opened a job's file in a slicer (reported with the signed link as proof)."""

    job_id: str
    relative_path: str
    slicer: str | None
    workstation: str | None


EVENTS: list[tuple[str, int, str, type[Payload]]] = [
    ("FileStored", 1, "files.file.stored.v1", FileStored),
    ("FileOpenedInSlicer", 1, "files.file.opened_in_slicer.v1", FileOpenedInSlicer),
]
