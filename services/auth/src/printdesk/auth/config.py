"""Settings of the auth service (`PRINTDESK_AUTH_*`, plus the shared ones)."""

from __future__ import annotations

from datetime import timedelta

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import SettingsConfigDict

from printdesk.kit.settings import ServiceSettings


class AuthSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="PRINTDESK_AUTH_", extra="ignore")

    # A working day: a desk signs in in the morning and is signed out by the next one.
    token_ttl_hours: int = Field(default=10, ge=1, le=24)
    # Used once, by `printdesk-auth bootstrap-admin`; without it a password is generated and printed.
    admin_password: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("PRINTDESK_ADMIN_PASSWORD", "admin_password")
    )

    @property
    def token_ttl(self) -> timedelta:
        return timedelta(hours=self.token_ttl_hours)
