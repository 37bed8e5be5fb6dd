"""The files-vs-records audit (SPEC.md §5, "Audit"), as a pure comparison of what the records say with what
a scan of the storage root found.

- an orphaned file: a file no job's records name (and not a stale copy, nor one a pending move will delete);
- a stale file: an unnamed file whose name is that of a job's file in another folder (a copy left behind);
- a broken link, per job: its file or metadata.json missing, its file outside its status's folder, or the
  metadata.json disagreeing with the records about the status or the file's path.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from printdesk.files.domain.paths import folder_of, name_of
from printdesk.files.domain.rules import STATUS_FOLDERS

FILE_MISSING = "file_missing"
METADATA_MISSING = "metadata_missing"
ORIGINAL_MISSING = "original_missing"
DIR_STATUS_MISMATCH = "dir_status_mismatch"
METADATA_MISMATCH = "metadata_mismatch"


@dataclass(frozen=True)
class JobRecord:
    """What the records say about one job's files."""

    job_id: str
    status: str
    relative_path: str
    metadata_path: str
    original_path: str | None = None

    @property
    def paths(self) -> tuple[str, ...]:
        return tuple(p for p in (self.relative_path, self.metadata_path, self.original_path) if p)


@dataclass(frozen=True)
class MetadataSeen:
    """A metadata.json as read: `readable` is False when it is not a JSON object."""

    readable: bool
    status: object = None
    file_path: object = None


@dataclass(frozen=True)
class BrokenLink:
    job_id: str
    status: str
    relative_path: str
    issues: tuple[str, ...]


@dataclass(frozen=True)
class StaleFile:
    path: str
    job_id: str
    job_path: str


@dataclass(frozen=True)
class AuditFindings:
    orphaned_files: list[str]
    broken_links: list[BrokenLink]
    stale_files: list[StaleFile]
    files_scanned: int

    @property
    def clean(self) -> bool:
        return not (self.orphaned_files or self.broken_links or self.stale_files)


def referenced_paths(records: Iterable[JobRecord]) -> set[str]:
    return {path for record in records for path in record.paths}


def job_issues(record: JobRecord, present: set[str], metadata: MetadataSeen | None) -> tuple[str, ...]:
    issues = []
    if record.relative_path not in present:
        issues.append(FILE_MISSING)
    if record.metadata_path not in present:
        issues.append(METADATA_MISSING)
    if record.original_path and record.original_path not in present:
        issues.append(ORIGINAL_MISSING)
    if folder_of(record.relative_path) != STATUS_FOLDERS.get(record.status):
        issues.append(DIR_STATUS_MISMATCH)
    if record.metadata_path in present and (
        metadata is None or not metadata.readable
        or metadata.status != record.status or metadata.file_path != record.relative_path
    ):
        issues.append(METADATA_MISMATCH)
    return tuple(issues)


def audit(
    records: Iterable[JobRecord],
    scanned: Iterable[str],
    metadata: Mapping[str, MetadataSeen],
    *,
    scheduled_for_deletion: Iterable[str] = (),
) -> AuditFindings:
    """Compare the records with the scanned files (relative paths); `metadata` is keyed by job id."""
    records = list(records)
    present = set(scanned)
    referenced = referenced_paths(records)
    scheduled = set(scheduled_for_deletion)
    by_name: dict[str, tuple[str, str]] = {}
    for record in records:
        for path in record.paths:
            by_name.setdefault(name_of(path), (record.job_id, path))
    orphaned, stale = [], []
    for path in sorted(present - referenced - scheduled):
        owner = by_name.get(name_of(path))
        if owner is not None and folder_of(owner[1]) != folder_of(path):
            stale.append(StaleFile(path=path, job_id=owner[0], job_path=owner[1]))
        else:
            orphaned.append(path)
    broken = []
    for record in sorted(records, key=lambda r: r.job_id):
        issues = job_issues(record, present, metadata.get(record.job_id))
        if issues:
            broken.append(BrokenLink(record.job_id, record.status, record.relative_path, issues))
    return AuditFindings(orphaned_files=orphaned, broken_links=broken, stale_files=stale, files_scanned=len(present))


def stale_owner(path: str, records: Iterable[JobRecord]) -> JobRecord | None:
    """The job whose file `path` is a stale copy of (same name, another folder), if any."""
    for record in records:
        for own in record.paths:
            if name_of(own) == name_of(path) and folder_of(own) != folder_of(path):
                return record
    return None
