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
    # Public endpoints, per client address (PRINTDESK_JOBS_SUBMISSION_RATE_LIMIT=…): tests and e2e raise them.
    submission_rate_limit: int = Field(default=10, ge=1)
    submission_rate_window_seconds: int = Field(default=3600, ge=1)
    tracking_rate_limit: int = Field(default=60, ge=1)
    tracking_rate_window_seconds: int = Field(default=60, ge=1)
    # Print hours assumed for a job on the tracking page's queue estimate until staff set its time at
    # approval: per print method (JSON, e.g. {"Resin": 6}), else the fallback.
    estimated_print_hours: dict[str, float] = Field(default_factory=dict)
    estimated_print_hours_fallback: float = Field(default=4.0, gt=0, le=500)
