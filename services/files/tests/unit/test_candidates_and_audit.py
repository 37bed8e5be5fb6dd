"""The candidate scan's order and the audit's comparison of records with the files found, as pure functions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from printdesk.files.config import FilesSettings
from printdesk.files.domain.audit import JobRecord, MetadataSeen, audit, stale_owner
from printdesk.files.domain.candidates import (
    DEFAULT_ALLOWED_EXTENSIONS,
    DEFAULT_EXTENSION_PRIORITY,
    FolderFile,
    JobNames,
    job_candidates,
    normalise_extensions,
)

NOW = datetime(2025, 9, 1, 12, tzinfo=UTC)
JOB = JobNames(job_id="a1b2c3d4e5f60718293a4b5c6d7e8f90", short_id="a1b2c3",
               current_name="JaneDoe_Filament_TrueRed_a1b2c3.stl", original_names=frozenset({"part.stl"}))


def _file(name: str, minutes_old: float = 0) -> FolderFile:
    return FolderFile(name=name, size_bytes=10, modified_at=NOW - timedelta(minutes=minutes_old))


def _names(files: list[FolderFile]) -> list[str]:
    return [f.name for f in files]


def test_candidates_are_ordered_by_extension_priority_then_newest_then_name():
    files = [
        _file("JaneDoe_Filament_TrueRed_a1b2c3.stl", 60), _file("a1b2c3_new.stl", 1), _file("a1b2c3_b.obj", 5),
        _file("a1b2c3_a.obj", 5), _file("sliced_a1b2c3.idea", 90), _file("sliced_a1b2c3.form", 90),
        _file("sliced_a1b2c3.3mf", 120),
    ]
    ordered = job_candidates(files, JOB, allowed=DEFAULT_ALLOWED_EXTENSIONS, priority=DEFAULT_EXTENSION_PRIORITY)
    assert _names(ordered) == [
        "sliced_a1b2c3.3mf", "sliced_a1b2c3.form", "sliced_a1b2c3.idea", "a1b2c3_new.stl",
        "JaneDoe_Filament_TrueRed_a1b2c3.stl", "a1b2c3_a.obj", "a1b2c3_b.obj",
    ]


def test_a_file_belongs_to_the_job_by_short_id_id_prefix_name_stem_or_original_name():
    files = [_file("x_A1B2C3.stl"), _file("a1b2c3d4-v2.stl"), _file("JaneDoe_Filament_TrueRed_a1b2c3_fixed.obj"),
             _file("part.stl"), _file("Other_ffffff.stl"), _file("a1b2c3_notes.txt"),
             _file("JaneDoe_Filament_TrueRed_a1b2c3_metadata.json")]
    found = job_candidates(files, JOB, allowed=DEFAULT_ALLOWED_EXTENSIONS, priority=DEFAULT_EXTENSION_PRIORITY)
    assert sorted(_names(found)) == sorted(["x_A1B2C3.stl", "a1b2c3d4-v2.stl",
                                            "JaneDoe_Filament_TrueRed_a1b2c3_fixed.obj", "part.stl"])


def test_a_lab_can_prefer_other_kinds():
    files = [_file("a1b2c3.3mf"), _file("a1b2c3.stl", 30)]
    ordered = job_candidates(files, JOB, allowed=(".stl", ".3mf"), priority=(".stl",))
    assert _names(ordered) == ["a1b2c3.stl", "a1b2c3.3mf"]  # unlisted kinds come last


def test_extension_settings_are_read_from_plain_lists(monkeypatch):
    assert normalise_extensions(["3MF", ".stl", "stl", " "]) == (".3mf", ".stl")
    monkeypatch.setenv("PRINTDESK_FILES_CANDIDATE_PRIORITY", ".STL, .3mf")
    monkeypatch.setenv("PRINTDESK_FILES_CANDIDATE_EXTENSIONS", '["stl", "3mf", "obj"]')
    settings = FilesSettings(database_url="postgresql://x@127.0.0.1:1/x")
    assert settings.candidate_priority == (".stl", ".3mf")
    assert settings.candidate_extensions == (".stl", ".3mf", ".obj")
    assert FilesSettings(database_url="postgresql://x@127.0.0.1:1/x", candidate_priority=".form .idea").candidate_priority \
        == (".form", ".idea")
    with pytest.raises(ValueError, match="at least one"):
        FilesSettings(database_url="postgresql://x@127.0.0.1:1/x", candidate_priority=" ")


RECORD = JobRecord(job_id="job1", status="PENDING", relative_path="Pending/Jane_a1b2c3.3mf",
                   metadata_path="Pending/Jane_a1b2c3_metadata.json", original_path="Uploaded/Jane_a1b2c3.stl")
GOOD = MetadataSeen(readable=True, status="PENDING", file_path="Pending/Jane_a1b2c3.3mf")


def test_records_and_files_that_agree_are_clean():
    findings = audit([RECORD], list(RECORD.paths), {"job1": GOOD})
    assert findings.clean and findings.files_scanned == 3


def test_orphans_stale_copies_and_broken_links_are_told_apart():
    scanned = [RECORD.relative_path, "Uploaded/lost.stl", "Printing/Jane_a1b2c3.3mf", "Completed/going.stl"]
    findings = audit([RECORD], scanned, {}, scheduled_for_deletion=["Completed/going.stl"])
    assert findings.orphaned_files == ["Uploaded/lost.stl"]
    assert [(s.path, s.job_id, s.job_path) for s in findings.stale_files] == [
        ("Printing/Jane_a1b2c3.3mf", "job1", RECORD.relative_path)]
    assert [b.issues for b in findings.broken_links] == [("metadata_missing", "original_missing")]


@pytest.mark.parametrize(("record", "seen", "issues"), [
    (RECORD, MetadataSeen(readable=True, status="UPLOADED", file_path=RECORD.relative_path), ("metadata_mismatch",)),
    (RECORD, MetadataSeen(readable=True, status="PENDING", file_path="Uploaded/x.stl"), ("metadata_mismatch",)),
    (RECORD, MetadataSeen(readable=False), ("metadata_mismatch",)),
    (JobRecord("job1", "PRINTING", RECORD.relative_path, RECORD.metadata_path, RECORD.original_path),
     MetadataSeen(readable=True, status="PRINTING", file_path=RECORD.relative_path), ("dir_status_mismatch",)),
])
def test_each_broken_link_is_named(record, seen, issues):
    findings = audit([record], list(record.paths), {"job1": seen})
    assert [b.issues for b in findings.broken_links] == [issues]


def test_a_missing_file_is_named():
    findings = audit([RECORD], [RECORD.metadata_path, RECORD.original_path], {"job1": GOOD})
    assert findings.broken_links[0].issues == ("file_missing",)


def test_a_stale_file_knows_its_job():
    assert stale_owner("Printing/Jane_a1b2c3.3mf", [RECORD]) == RECORD
    assert stale_owner("Pending/Jane_a1b2c3.3mf", [RECORD]) is None
    assert stale_owner("Pending/other.3mf", [RECORD]) is None
