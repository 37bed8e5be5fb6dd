"""Events the jobs service publishes (stream JOBS, subjects `jobs.>`).

Each payload is listed in EVENTS with its type name, version and subject; the registry in
`printdesk.contracts.events` collects them from here.
"""

from __future__ import annotations

import uuid
from typing import Any

from printdesk.contracts.payloads.base import Payload


class JobSubmitted(Payload):
    """A student submitted a job; its upload is waiting in the files service's staging area."""

    job_id: str
    short_id: str
    upload_id: uuid.UUID
    student_name: str
    student_email: str
    original_filename: str
    sha256: str
    status: str = "UPLOADED"


class CatalogUpdated(Payload):
    """The lab catalog changed (or was seeded); carries the whole new catalog so copies stay exact."""

    version: int
    catalog: dict[str, Any]


EVENTS: list[tuple[str, int, str, type[Payload]]] = [
    ("JobSubmitted", 1, "jobs.job.submitted.v1", JobSubmitted),
    ("CatalogUpdated", 1, "jobs.catalog.updated.v1", CatalogUpdated),
]
