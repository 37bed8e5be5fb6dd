"""Failures the use cases report; the HTTP entrypoint and the CLI turn each into their own answer."""

from __future__ import annotations

import math
from datetime import timedelta


class UseCaseError(Exception):
    def __init__(self, message: str, fields: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.fields = fields or {}


class InvalidInput(UseCaseError):
    pass


class Conflict(UseCaseError):
    pass


class InvalidCredentials(UseCaseError):
    """Sign-in refused. The message never says which part was wrong; `reason` is for the log only."""

    MESSAGE = "Wrong workstation name or password."

    def __init__(self, reason: str, workstation: str | None = None) -> None:
        super().__init__(self.MESSAGE)
        self.reason = reason
        self.workstation = workstation  # the account's name when it exists (for the log only)


class NotFound(UseCaseError):
    pass


class UnknownStaff(UseCaseError):
    """The `staff_name` given is not an active member of the roster."""

    def __init__(self, name: str) -> None:
        super().__init__(f'"{name}" is not an active staff member.', {"staff_name": "not an active staff member"})
        self.name = name


class TooManyAttempts(UseCaseError):
    """Sign-in paused after repeated failures; `retry_after` says for how long."""

    def __init__(self, retry_after: timedelta, workstation: str | None = None) -> None:
        seconds = max(1, math.ceil(retry_after.total_seconds()))
        minutes = math.ceil(seconds / 60)
        super().__init__(f"Too many failed sign-ins; try again in {minutes} minute{'' if minutes == 1 else 's'}.")
        self.retry_after_seconds = seconds
        self.workstation = workstation  # the account's name when it exists (for the log only)
