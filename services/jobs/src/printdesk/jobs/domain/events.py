"""What happened, as the domain records it (turned into contract events by the service layer)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Event:
    pass


@dataclass(frozen=True)
class JobSubmitted(Event):
    job_id: str
    short_id: str
    upload_id: uuid.UUID
    student_name: str
    student_email: str
    original_filename: str
    sha256: str
    student_first_name: str
    student_last_name: str
    discipline: str
    class_number: str
    print_method: str
    color: str
    printer: str
    catalog_version: int
    tracking_url: str


@dataclass(frozen=True)
class CatalogUpdated(Event):
    version: int
    catalog: dict[str, Any]
