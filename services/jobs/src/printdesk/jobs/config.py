"""Settings of the jobs service (`PRINTDESK_JOBS_*`, plus the shared ones)."""

from __future__ import annotations

from pydantic import AliasChoices, Field
from pydantic_settings import SettingsConfigDict

from printdesk.kit.settings import ServiceSettings


class JobsSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="PRINTDESK_JOBS_", extra="ignore")

    files_url: str = Field(
        default="http://127.0.0.1:8103", validation_alias=AliasChoices("PRINTDESK_FILES_URL", "files_url")
    )
