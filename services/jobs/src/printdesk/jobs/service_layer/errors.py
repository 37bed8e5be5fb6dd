"""Failures the use cases report; the HTTP entrypoint turns each into its 4xx/503."""

from __future__ import annotations


class UseCaseError(Exception):
    def __init__(self, message: str, fields: dict[str, str] | None = None, **context: object) -> None:
        super().__init__(message)
        self.message = message
        self.fields = fields or {}
        self.context = context


class NotFound(UseCaseError):
    pass


class Conflict(UseCaseError):
    pass


class InvalidInput(UseCaseError):
    pass


class Unavailable(UseCaseError):
    pass


class StaleVersion(UseCaseError):
    """A change was made to an older version of something than the current one (`current_version` in context)."""


class Forbidden(UseCaseError):
    pass


class Gone(UseCaseError):
    """It existed but can no longer be used (an expired link)."""


class TooManyRequests(UseCaseError):
    pass
