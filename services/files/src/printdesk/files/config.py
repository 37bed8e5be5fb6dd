"""Settings of the files service (`PRINTDESK_FILES_*`, plus the shared ones)."""

from __future__ import annotations

from pathlib import Path

from pydantic import AliasChoices, Field
from pydantic_settings import SettingsConfigDict

from printdesk.kit.settings import ServiceSettings

_MB = 1024 * 1024


class FilesSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="PRINTDESK_FILES_", extra="ignore")

    storage_root: Path = Field(
        default=Path("var/storage"), validation_alias=AliasChoices("PRINTDESK_STORAGE_ROOT", "storage_root")
    )
    max_upload_mb: int = Field(default=50, ge=1, le=2048)
    # Mesh analysis needs memory in proportion to the model (~0.3 GB for a 50 MB, 1M-triangle STL):
    # larger files are accepted and stored, but not measured (their analysis is null).
    analysis_max_mb: int = Field(default=64, ge=1, le=2048)
    staging_max_age_hours: float = Field(default=24, gt=0)
    staging_sweep_interval_seconds: float = Field(default=600, gt=0)

    @property
    def max_upload_bytes(self) -> int:
        return self.max_upload_mb * _MB

    @property
    def analysis_max_bytes(self) -> int:
        return self.analysis_max_mb * _MB
