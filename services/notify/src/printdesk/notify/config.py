"""Settings of the notify service (`PRINTDESK_NOTIFY_*`, the shared SMTP ones, and the kit's).

The lab's name, pickup place and hours and the like are not settings: they come from the lab catalog.
"""

from __future__ import annotations

from pydantic import AliasChoices, Field, field_validator
from pydantic_settings import SettingsConfigDict

from printdesk.kit.settings import ServiceSettings


def _alias(name: str) -> AliasChoices:
    return AliasChoices(f"PRINTDESK_{name.upper()}", name)


class NotifySettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="PRINTDESK_NOTIFY_", extra="ignore")

    smtp_host: str = Field(default="127.0.0.1", validation_alias=_alias("smtp_host"))
    smtp_port: int = Field(default=2525, ge=1, le=65535, validation_alias=_alias("smtp_port"))
    smtp_from: str = Field(default="PrintDesk <printdesk@localhost>", validation_alias=_alias("smtp_from"))
    smtp_username: str | None = Field(default=None, validation_alias=_alias("smtp_username"))
    smtp_password: str | None = Field(default=None, validation_alias=_alias("smtp_password"))
    smtp_starttls: bool = Field(default=False, validation_alias=_alias("smtp_starttls"))
    # How often the sender looks for due messages when nothing wakes it.
    send_interval_seconds: float = Field(default=0.5, gt=0, le=60)
    # How long to wait after each failed attempt to send; after the last one, a message is given up (except
    # while no mail server answers at all: then it is retried at the last delay until one does).
    retry_delays_seconds: tuple[float, ...] = Field(default=(5, 30, 120, 600, 3600), min_length=1)

    @field_validator("retry_delays_seconds")
    @classmethod
    def _positive_delays(cls, delays: tuple[float, ...]) -> tuple[float, ...]:
        if any(d <= 0 for d in delays):
            raise ValueError("every retry delay must be positive")
        return delays
