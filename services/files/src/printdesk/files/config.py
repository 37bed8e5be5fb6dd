"""Settings of the files service (`PRINTDESK_FILES_*`, plus the shared ones)."""

from __future__ import annotations

from pathlib import Path

from pydantic import AliasChoices, Field
from pydantic_settings import SettingsConfigDict

from printdesk.kit.settings import ServiceSettings


class FilesSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="PRINTDESK_FILES_", extra="ignore")

    storage_root: Path = Field(
        default=Path("var/storage"), validation_alias=AliasChoices("PRINTDESK_STORAGE_ROOT", "storage_root")
    )
    max_upload_mb: int = Field(default=50, ge=1, le=2048)

    @property
    def max_upload_bytes(self) -> int:
        return self.max_upload_mb * 1024 * 1024
