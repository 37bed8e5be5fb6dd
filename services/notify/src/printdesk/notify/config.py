"""Settings of the notify service (`PRINTDESK_NOTIFY_*`, the shared SMTP ones, and the kit's)."""

from __future__ import annotations

from pydantic import AliasChoices, Field
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
    lab_name: str = Field(default="the fab lab", validation_alias=_alias("lab_name"))
    # How often the sender looks for due messages when nothing wakes it.
    send_interval_seconds: float = Field(default=0.5, gt=0, le=60)
