"""API models of the notify service."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import Field

from printdesk.contracts.api.common import JobStatus, Model  # noqa: F401


class NotificationSummary(Model):
    id: uuid.UUID
    job_id: str | None
    kind: str
    to: str
    subject: str
    status: Literal["pending", "sent", "failed", "cancelled"] = Field(
        description="cancelled: never sent because it no longer applied (a pickup reminder for a collected print)")
    attempts: int
    last_error: str | None
    created_at: datetime
    sent_at: datetime | None
    next_attempt_at: datetime | None = Field(
        default=None, description="While pending: when it is sent (later than now for a reminder), or tried again")
    requested_by: str | None = Field(default=None, description="The admin who asked for it (resend or test)")
    resent_from: uuid.UUID | None = Field(default=None, description="The message this one repeats")


class NotificationList(Model):
    notifications: list[NotificationSummary]


class NotificationResendRequest(Model):
    staff_name: str = Field(min_length=1, max_length=100)


class NotificationTestRequest(Model):
    staff_name: str = Field(min_length=1, max_length=100)
    to: str = Field(min_length=3, max_length=320, description="Any address: the test goes there")
