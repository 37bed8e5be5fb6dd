"""Failures the use cases report; the HTTP entrypoint and the CLI turn each into their own answer."""

from __future__ import annotations


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

    def __init__(self, reason: str) -> None:
        super().__init__(self.MESSAGE)
        self.reason = reason
