"""`GET /api/v1/<service>/diag` (admin): what an operator needs to see that a service is well.

Every service answers the same shape; parts a service does not have (SMTP for all but notify, storage
for all but files) are `null`. Connection addresses are sanitised: no password ever leaves a service.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from printdesk.contracts.api.common import Model

PartStatus = Literal["up", "down", "degraded"]


class DatabaseDiag(Model):
    status: PartStatus
    url: str = Field(description="Sanitised connection URL (password replaced by ***).")
    latency_ms: float | None = None
    migration_current: str | None = Field(None, description="The revision the database is at.")
    migration_head: str | None = Field(None, description="The newest revision this build ships.")
    error: str | None = None


class NatsDiag(Model):
    status: PartStatus
    url: str
    error: str | None = None


class OutboxDiag(Model):
    backlog: int = Field(description="Events written but not yet published.")
    oldest_age_seconds: float | None = Field(None, description="Age of the oldest unpublished event.")


class ConsumerDiag(Model):
    stream: str
    name: str
    pending: int = Field(description="Messages not yet delivered to this consumer (its lag).")
    ack_pending: int = Field(description="Delivered but not yet acknowledged.")
    redelivered: int = 0
    status: PartStatus


class SmtpDiag(Model):
    status: PartStatus
    host: str
    port: int
    error: str | None = None


class StorageDiag(Model):
    status: PartStatus = Field(description="degraded when free space is below the configured minimum.")
    root: str
    free_bytes: int
    total_bytes: int
    min_free_bytes: int = Field(description="The configured minimum of free space.")


class ServiceDiag(Model):
    service: str
    version: str
    status: PartStatus = Field(description="down if any part is down, degraded if any is degraded.")
    checked_at: datetime
    started_at: datetime
    database: DatabaseDiag
    nats: NatsDiag
    outbox: OutboxDiag | None = None
    consumers: list[ConsumerDiag] = Field(default_factory=list)
    smtp: SmtpDiag | None = None
    storage: StorageDiag | None = None
