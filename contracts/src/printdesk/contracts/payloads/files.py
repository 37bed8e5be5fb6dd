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


EVENTS: list[tuple[str, int, str, type[Payload]]] = [
    ("FileStored", 1, "files.file.stored.v1", FileStored),
]
