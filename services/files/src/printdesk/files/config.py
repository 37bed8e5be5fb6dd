"""Settings of the files service (`PRINTDESK_FILES_*`, plus the shared ones)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

from pydantic import AliasChoices, Field, field_validator
from pydantic_settings import NoDecode, SettingsConfigDict

from printdesk.files.domain.candidates import (
    DEFAULT_ALLOWED_EXTENSIONS,
    DEFAULT_EXTENSION_PRIORITY,
    normalise_extensions,
)
from printdesk.kit.settings import ServiceSettings

_MB = 1024 * 1024
# `.3mf .form` or `.3mf,.form` (or a JSON list) in the environment.
Extensions = Annotated[tuple[str, ...], NoDecode]


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
    # A job's files (candidate scan, authoritative switch): which kinds count, and which is preferred.
    candidate_extensions: Extensions = DEFAULT_ALLOWED_EXTENSIONS
    candidate_priority: Extensions = DEFAULT_EXTENSION_PRIORITY
    # The loop that finishes interrupted moves: how often it looks, and how old a move must be before the loop
    # (rather than the redelivered event) redoes it. At startup it redoes every unfinished move at once.
    move_finisher_interval_seconds: float = Field(default=30, gt=0)
    move_finisher_grace_seconds: float = Field(default=120, ge=0)
    # Below this much free space on the storage root, diagnostics say "degraded" (uploads still work until full).
    min_free_mb: int = Field(default=1024, ge=0)

    @field_validator("candidate_extensions", "candidate_priority", mode="before")
    @classmethod
    def _extension_list(cls, value: object) -> tuple[str, ...]:
        if isinstance(value, str):
            text = value.strip()
            value = json.loads(text) if text.startswith("[") else text.replace(",", " ").split()
        extensions = normalise_extensions(value)  # type: ignore[arg-type]
        if not extensions:
            raise ValueError("name at least one extension")
        return extensions

    @property
    def max_upload_bytes(self) -> int:
        return self.max_upload_mb * _MB

    @property
    def min_free_bytes(self) -> int:
        return self.min_free_mb * _MB

    @property
    def analysis_max_bytes(self) -> int:
        return self.analysis_max_mb * _MB
