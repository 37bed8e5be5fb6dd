"""API models of the notify service."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from printdesk.contracts.api.common import JobStatus, Model  # noqa: F401


class NotificationSummary(Model):
    id: uuid.UUID
    job_id: str | None
    kind: str
    to: str
    subject: str
    status: Literal["pending", "sent", "failed"]
    attempts: int
    last_error: str | None
    created_at: datetime
    sent_at: datetime | None


class NotificationList(Model):
    notifications: list[NotificationSummary]
