"""API models of the files service."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import ConfigDict, Field

from printdesk.contracts.api.common import JobStatus, Model  # noqa: F401

# An amount of money with cents, as a string so no float rounding creeps in: "3.00".
Money = Annotated[str, Field(pattern=r"^\d+\.\d{2}$", examples=["3.00"])]


class PrinterFit(Model):
    """Whether the model fits one printer's build volume (in some quarter-turn orientation)."""

    printer: str
    method: str
    fits: bool


class CostEstimate(Model):
    """An estimated weight and cost range of printing the model with one print method.

    grams = volume (cm³) × density × fill factor; cost = max(minimum charge, grams × price per gram), rounded
    half-up to cents; the range is ±20 % of the grams, the minimum charge applied to both ends.
    """

    method: str
    grams: float
    cost_low: Money
    cost_high: Money
    currency: str


class MeshAnalysis(Model):
    """What the files service measured in a model. `volume_mm3` is null (and `estimates` empty) when the model is
    not watertight; `unit_warning` is "inches" when it is tiny (largest side < 10 mm), "metres" when huge (> 2000 mm).

    The last three fields came with issue 3: analyses stored before it read with their defaults, and every
    answer carries them (required in the response schema)."""

    model_config = ConfigDict(extra="forbid", json_schema_serialization_defaults_required=True)

    triangles: int
    volume_mm3: float | None
    bbox_mm: tuple[float, float, float]
    watertight: bool
    unit_warning: Literal["inches", "metres"] | None = None
    fits: list[PrinterFit] = Field(default_factory=list)
    estimates: list[CostEstimate] = Field(default_factory=list)


class UploadResponse(Model):
    """A staged upload. `analysis` is null for a file too large to measure (above the analysis limit)."""

    upload_id: uuid.UUID
    filename: str
    size_bytes: int
    sha256: str
    kind: Literal["stl", "obj", "3mf"]
    analysis: MeshAnalysis | None


class OpenLink(Model):
    """A short-lived signed link for the workstation's `printdesk-open` handler."""

    url: str = Field(description="print3d://open?... — put it in a real <a href> so the click is a user gesture")
    legacy_url: str = Field(description="the same link as 3dprint:// for older handlers")
    relative_path: str = Field(description="the file's path relative to the storage root (for 'copy path')")
    expires_at: datetime


class OpenedReport(Model):
    """What the handler reports after opening a file: the link's own fields are the proof."""

    path: str = Field(max_length=1024)
    exp: int
    kid: str = Field(max_length=64)
    sig: str = Field(max_length=200)
    slicer: str | None = Field(default=None, max_length=100)
    workstation: str | None = Field(default=None, max_length=100)


class LinkKey(Model):
    """The public key workstations put in PUBLIC_KEYS of their config.ini."""

    public_key: str
    key_id: str


# ---- candidate files and the storage audit ------------------------------------------------------------

AuditIssue = Literal["file_missing", "metadata_missing", "original_missing", "dir_status_mismatch",
                     "metadata_mismatch"]
AuditActionName = Literal["delete_orphan", "delete_stale", "repair_metadata", "repair_location"]


class CandidateFile(Model):
    """A file in the job's folder that may be printed for it."""

    name: str
    size_bytes: int
    modified_at: datetime
    extension: str = Field(examples=[".3mf"])
    is_current: bool = Field(description="the job's authoritative file now")
    is_original: bool = Field(description="the file the student uploaded")


class JobCandidates(Model):
    """The job's candidate files, best first (extension priority, newest, name); rescan = ask again."""

    job_id: str
    folder: str = Field(description="the folder of the job's file, relative to the storage root")
    candidates: list[CandidateFile]
    recommended: str | None = Field(description="the first candidate's name (null when there is none)")


class StorageBrokenLink(Model):
    job_id: str
    status: str = Field(description="the job status the files service last applied", examples=["PENDING"])
    relative_path: str
    issues: list[AuditIssue]


class StorageStaleFile(Model):
    """A copy of a job's file (same name) left in another folder."""

    path: str
    job_id: str
    job_path: str


class PendingMove(Model):
    """A move not finished yet (the finisher loop completes it)."""

    id: uuid.UUID
    job_id: str
    reason: str
    phase: Literal["copying", "cleanup"]
    target_status: str | None
    created_at: datetime | None


class StorageAuditReport(Model):
    """The storage root compared with the records. `clean` when nothing is orphaned, stale or broken."""

    generated_at: datetime
    clean: bool
    files_scanned: int
    orphaned_files: list[str] = Field(description="paths no job's records name (stale copies are listed apart)")
    broken_links: list[StorageBrokenLink]
    stale_files: list[StorageStaleFile]
    pending_moves: list[PendingMove]


class StorageAuditAction(Model):
    """A safe repair: `path` (relative to the storage root) for deletes, `job_id` for repairs."""

    staff_name: str = Field(min_length=1, max_length=100)
    action: AuditActionName
    job_id: str | None = Field(default=None, min_length=1, max_length=32)
    path: str | None = Field(default=None, min_length=1, max_length=1024)


class StorageAuditActionResult(Model):
    id: uuid.UUID
    action: AuditActionName
    staff_name: str
    job_id: str | None
    path: str | None
    outcome: str


class FilesUsageRequest(Model):
    """The jobs whose stored files to measure (a retention preview's batch)."""

    job_ids: list[Annotated[str, Field(min_length=1, max_length=32)]] = Field(min_length=1, max_length=1000)


class FilesUsage(Model):
    """What the jobs' files take on disk: the job's file, its metadata and the student's original if apart."""

    jobs: int = Field(description="How many of the asked jobs have stored files")
    files: int = Field(description="Files found on disk")
    bytes: int = Field(description="Their size in bytes")
