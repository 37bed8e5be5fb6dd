"""Events the jobs service publishes (stream JOBS, subjects `jobs.>`).

Each payload is listed in EVENTS with its type name, version and subject; the registry in
`printdesk.contracts.events` collects them from here.
"""

from __future__ import annotations

import uuid
from typing import Any

from printdesk.contracts.payloads.base import Payload


class JobSubmitted(Payload):
    """A student submitted a job; its upload is waiting in the files service's staging area.

    The fields after `status` came with the full submission form; they default to None so events
    written before it still parse. `tracking_url` holds the student's private tracking link (for the
    "received" e-mail); the jobs service keeps only a hash of its token.
    """

    job_id: str
    short_id: str
    upload_id: uuid.UUID
    student_name: str
    student_email: str
    original_filename: str
    sha256: str
    status: str = "UPLOADED"
    student_first_name: str | None = None
    student_last_name: str | None = None
    discipline: str | None = None
    class_number: str | None = None
    print_method: str | None = None
    color: str | None = None
    printer: str | None = None
    catalog_version: int | None = None
    tracking_url: str | None = None


class CatalogUpdated(Payload):
    """The lab catalog changed (or was seeded: version 1, written by the jobs service's migration).

    Carries the whole new catalog (`CatalogContent` as JSON) so copies stay exact; a copy keeps the
    highest version it has seen and ignores older ones arriving late.
    """

    version: int
    catalog: dict[str, Any]


EVENTS: list[tuple[str, int, str, type[Payload]]] = [
    ("JobSubmitted", 1, "jobs.job.submitted.v1", JobSubmitted),
    ("CatalogUpdated", 1, "jobs.catalog.updated.v1", CatalogUpdated),
]
