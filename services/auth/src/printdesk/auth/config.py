"""Settings of the auth service (`PRINTDESK_AUTH_*`, plus the shared ones)."""

from __future__ import annotations

from datetime import timedelta

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import SettingsConfigDict

from printdesk.kit.revocation import MAX_TOKEN_LIFETIME
from printdesk.kit.settings import ServiceSettings


class AuthSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="PRINTDESK_AUTH_", extra="ignore")

    # A working day: a desk signs in in the morning and is signed out by the next one.
    # Other services forget a workstation's revocations after MAX_TOKEN_LIFETIME, so no token may outlive it.
    token_ttl_hours: int = Field(default=10, ge=1, le=int(MAX_TOKEN_LIFETIME.total_seconds() // 3600))
    # Used once, by `printdesk-auth bootstrap-admin`; without it a password is generated and printed.
    admin_password: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("PRINTDESK_ADMIN_PASSWORD", "admin_password")
    )

    @property
    def token_ttl(self) -> timedelta:
        return timedelta(hours=self.token_ttl_hours)
