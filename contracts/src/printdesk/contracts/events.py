"""The event registry: every event's payload, subject and stream. The source of truth for every event.

Subjects are `<service>.<aggregate>.<event>.v<N>`; each producing service has one stream. Payloads
live in `printdesk.contracts.payloads.<service>`; each module lists its events in `EVENTS`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from printdesk.contracts.envelope import Actor, EventEnvelope
from printdesk.contracts.payloads import auth, files, jobs, notify
from printdesk.contracts.payloads.auth import *  # noqa: F403 - payloads are imported from here too
from printdesk.contracts.payloads.base import Payload
from printdesk.contracts.payloads.files import *  # noqa: F403
from printdesk.contracts.payloads.jobs import *  # noqa: F403
from printdesk.contracts.payloads.notify import *  # noqa: F403


@dataclass(frozen=True)
class EventType:
    name: str
    version: int
    subject: str
    payload: type[Payload]


EVENT_TYPES: dict[tuple[str, int], EventType] = {
    (name, version): EventType(name, version, subject, payload)
    for module in (jobs, files, notify, auth)
    for name, version, subject, payload in module.EVENTS
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
    payload: Payload,
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
