"""Event payloads, their subjects and the streams they live in. The source of truth for every event.

Subjects are `<service>.<aggregate>.<event>.v<N>`; each producing service has one stream.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict

from printdesk.contracts.envelope import Actor, EventEnvelope


class _Payload(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class JobSubmitted(_Payload):
    """A student submitted a job; its upload is waiting in the files service's staging area."""

    job_id: str
    short_id: str
    upload_id: uuid.UUID
    student_name: str
    student_email: str
    original_filename: str
    sha256: str
    status: str = "UPLOADED"


class FileStored(_Payload):
    """The files service placed a job's file (and its metadata.json) in the storage root."""

    job_id: str
    upload_id: uuid.UUID
    relative_path: str
    metadata_path: str
    display_name: str
    status_folder: str
    sha256: str
    size_bytes: int


class EmailSent(_Payload):
    """The notify service handed an e-mail to the SMTP server."""

    message_id: uuid.UUID
    job_id: str | None
    kind: str
    to: str
    subject: str
    attempts: int


class WorkstationCreated(_Payload):
    name: str
    is_admin: bool


class StaffMemberAdded(_Payload):
    name: str


@dataclass(frozen=True)
class EventType:
    name: str
    version: int
    subject: str
    payload: type[_Payload]


EVENT_TYPES: dict[tuple[str, int], EventType] = {
    (t.name, t.version): t
    for t in (
        EventType("JobSubmitted", 1, "jobs.job.submitted.v1", JobSubmitted),
        EventType("FileStored", 1, "files.file.stored.v1", FileStored),
        EventType("EmailSent", 1, "notify.email.sent.v1", EmailSent),
        EventType("WorkstationCreated", 1, "auth.workstation.created.v1", WorkstationCreated),
        EventType("StaffMemberAdded", 1, "auth.staff.added.v1", StaffMemberAdded),
    )
}

# One stream per producing service; subjects inside it are `<service>.>`.
STREAMS: dict[str, str] = {
    "JOBS": "jobs.>",
    "FILES": "files.>",
    "NOTIFY": "notify.>",
    "AUTH": "auth.>",
}


class UnknownEventType(LookupError):
    pass


def event_type(name: str, version: int = 1) -> EventType:
    try:
        return EVENT_TYPES[(name, version)]
    except KeyError:
        raise UnknownEventType(f"unknown event type {name} v{version}") from None


def subject_for(name: str, version: int = 1) -> str:
    return event_type(name, version).subject


def make_event(
    payload: _Payload,
    *,
    producer: str,
    actor: Actor,
    correlation_id: uuid.UUID | None = None,
) -> EventEnvelope:
    """Wrap a payload in an envelope, finding its type name from the registry."""
    for t in EVENT_TYPES.values():
        if isinstance(payload, t.payload):
            return EventEnvelope(
                type=t.name,
                version=t.version,
                producer=producer,
                actor=actor,
                correlation_id=correlation_id,
                data=payload.model_dump(mode="json"),
            )
    raise UnknownEventType(f"{type(payload).__name__} is not a registered event payload")


def parse_payload(envelope: EventEnvelope) -> Any:
    """Validate an envelope's data against its registered payload model."""
    return event_type(envelope.type, envelope.version).payload.model_validate(envelope.data)
