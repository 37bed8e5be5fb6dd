"""The one envelope every event travels in (ARCHITECTURE.md, "Events")."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class ActorKind(StrEnum):
    STAFF = "staff"
    STUDENT = "student"
    SYSTEM = "system"


class Actor(BaseModel):
    """Who caused the event: a staff member at a workstation, a student, or the system itself."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: ActorKind
    staff_name: str | None = None
    workstation_id: str | None = None

    @classmethod
    def student(cls) -> Actor:
        return cls(kind=ActorKind.STUDENT)

    @classmethod
    def system(cls) -> Actor:
        return cls(kind=ActorKind.SYSTEM)


class EventEnvelope(BaseModel):
    """An event as published on JetStream. `event_id` doubles as the `Nats-Msg-Id` header."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    event_id: uuid.UUID = Field(default_factory=uuid.uuid4)
    type: str
    version: int = 1
    occurred_at: datetime = Field(default_factory=lambda: datetime.now(UTC))
    producer: str
    correlation_id: uuid.UUID | None = None
    actor: Actor
    data: dict[str, Any]

    @property
    def subject(self) -> str:
        from printdesk.contracts.events import subject_for

        return subject_for(self.type, self.version)
