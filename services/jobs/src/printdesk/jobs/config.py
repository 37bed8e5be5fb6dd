"""Settings of the jobs service (`PRINTDESK_JOBS_*`, plus the shared ones)."""

from __future__ import annotations

from pydantic import AliasChoices, Field, field_validator
from pydantic_settings import SettingsConfigDict

from printdesk.jobs.domain.schedule import parse_daily_at
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

    # Retention on a schedule: every day at this local time of the lab's time zone ("03:30"; unset = only by
    # hand from the admin console or `printdesk-jobs retention`), archiving what is due; pruning too only
    # when PRINTDESK_JOBS_RETENTION_PRUNE_ON_SCHEDULE is set (it deletes files and rows for good).
    retention_daily_at: str | None = None
    retention_prune_on_schedule: bool = False

    @field_validator("retention_daily_at")
    @classmethod
    def _daily_at(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        return parse_daily_at(value).strftime("%H:%M")
