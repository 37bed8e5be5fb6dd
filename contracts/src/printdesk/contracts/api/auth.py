"""API models of the auth service."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from printdesk.contracts.api.common import JobStatus, Model  # noqa: F401


class LoginRequest(Model):
    workstation: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)


class LoginResponse(Model):
    workstation: str
    role: Literal["admin", "staff"]
    expires_at: datetime
    access_token: str
    token_type: Literal["bearer"] = "bearer"


class Me(Model):
    workstation: str
    role: Literal["admin", "staff"]
    expires_at: datetime
