"""Shapes every service shares: the error body, health, and the job statuses."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Model(BaseModel):
    """Base of request and response models: unknown fields are refused."""

    model_config = ConfigDict(extra="forbid")


class JobStatus(StrEnum):
    UPLOADED = "UPLOADED"
    PENDING = "PENDING"
    READYTOPRINT = "READYTOPRINT"
    PRINTING = "PRINTING"
    COMPLETED = "COMPLETED"
    PAIDPICKEDUP = "PAIDPICKEDUP"
    REJECTED = "REJECTED"
    ARCHIVED = "ARCHIVED"


class ErrorDetail(Model):
    code: str = Field(examples=["validation_error"])
    message: str
    fields: dict[str, str] = Field(default_factory=dict)


class ErrorBody(Model):
    """Every 4xx/5xx answer: `{"error": {"code", "message", "fields"}}`."""

    error: ErrorDetail


class Health(Model):
    service: str
    status: Literal["up", "down"]
    components: dict[str, Literal["up", "down"]]
