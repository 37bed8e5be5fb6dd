"""Where a job's file lives for each status, how names are made free, what a path may be, and metadata.json."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from printdesk.files.domain.metadata import SPEC_KEYS, AuthoritativeSwitch, JobFacts, build_metadata, recorded_state
from printdesk.files.domain.paths import (
    UnsafePath,
    extension_of,
    folder_of,
    is_plain_name,
    metadata_name_for,
    numbered_name,
    plain_relative_path,
)
from printdesk.files.domain.rules import UnknownStatus, folder_for
from printdesk.files.service_layer.moves import Change


@pytest.mark.parametrize(("status", "folder"), [
    ("UPLOADED", "Uploaded"), ("PENDING", "Pending"), ("READYTOPRINT", "ReadyToPrint"), ("PRINTING", "Printing"),
    ("COMPLETED", "Completed"), ("PAIDPICKEDUP", "PaidPickedUp"), ("REJECTED", "Rejected"), ("ARCHIVED", "Archived"),
])
def test_every_status_has_its_own_folder(status, folder):
    assert folder_for(status) == folder


def test_an_unknown_status_has_no_folder():
    with pytest.raises(UnknownStatus):
        folder_for("LOST")


@pytest.mark.parametrize(("name", "n", "expected"), [
    ("JaneDoe_Filament_TrueRed_a1b2c3.stl", 0, "JaneDoe_Filament_TrueRed_a1b2c3.stl"),
    ("JaneDoe_Filament_TrueRed_a1b2c3.stl", 1, "JaneDoe_Filament_TrueRed_a1b2c3_1.stl"),
    ("part.v2.3mf", 2, "part.v2_2.3mf"),
    ("JaneDoe_a1b2c3_metadata.json", 1, "JaneDoe_a1b2c3_1_metadata.json"),
    ("README", 3, "README_3"),
])
def test_a_taken_name_gets_a_number_before_its_extension(name, n, expected):
    assert numbered_name(name, n) == expected


def test_names_and_folders_of_relative_paths():
    assert metadata_name_for("JaneDoe_a1b2c3.stl") == "JaneDoe_a1b2c3_metadata.json"
    assert folder_of("Pending/x.stl") == "Pending" and folder_of("x.stl") == ""
    assert extension_of("Model.3MF") == ".3mf" and extension_of("noext") == ""


@pytest.mark.parametrize("path", ["Uploaded/JaneDoe_a1b2c3.stl", "Archived/2025/x.stl", "x.stl"])
def test_plain_relative_paths_are_kept(path):
    assert plain_relative_path(path) == path


@pytest.mark.parametrize("path", [
    "", "/etc/passwd", "C:/Windows/win.ini", "c:\\x.stl", "Uploaded\\x.stl", "../x.stl", "Uploaded/../../x",
    "Uploaded/./x.stl", "Uploaded//x.stl", "Uploaded/", ".incoming/abc.stl", "Uploaded/.x.stl.tmp",
    "Uploaded/x\x00.stl", "Uploaded/x\n.stl",
])
def test_paths_that_could_leave_the_root_or_reach_internal_files_are_refused(path):
    with pytest.raises(UnsafePath):
        plain_relative_path(path)


@pytest.mark.parametrize(("name", "plain"), [
    ("sliced.3mf", True), ("../x.3mf", False), ("a/b.stl", False), (".hidden", False), ("", False), ("x" * 256, False),
])
def test_plain_names(name, plain):
    assert is_plain_name(name) is plain


FACTS = JobFacts(short_id="a1b2c3", student_name="Jane Doe", student_email="jane@example.edu",
                 original_filename="part.stl", created_at="2025-09-01T10:00:00+00:00", discipline="Art",
                 class_number="ART 1000", print_method="Resin", color="Clear", printer="Formlabs Form 3")


def test_metadata_after_a_move_states_the_new_place_and_keeps_what_was_there():
    previous = {"sha256": "abc", "analysis": {"triangles": 12}, "status": "UPLOADED", "file_path": "Uploaded/x.stl"}
    document = build_metadata(previous, status="PENDING", file_path="Pending/x.stl",
                              updated_at="2025-09-02T00:00:00+00:00", facts=FACTS)
    assert set(SPEC_KEYS) <= set(document)
    assert document["status"] == "PENDING" and document["file_path"] == "Pending/x.stl"
    assert document["display_name"] == "x.stl" and document["material"] == "Resin"
    assert document["sha256"] == "abc" and document["analysis"] == {"triangles": 12}
    # Approval settles the file to print: the job's own, as nobody chose another.
    assert document["authoritative_filename"] == "x.stl" and document["authoritative_history"] == []
    assert recorded_state(document) == ("PENDING", "Pending/x.stl")
    uploaded = build_metadata({}, status="UPLOADED", file_path="Uploaded/x.stl", updated_at="t0", facts=FACTS)
    assert uploaded["authoritative_filename"] is None
    assert previous["status"] == "UPLOADED"  # the previous document is not changed


def test_an_authoritative_switch_is_recorded_in_the_history():
    first = AuthoritativeSwitch(at="t1", by="Ada Admin", event="approve", from_name="x.stl", to_name="x_sliced.3mf")
    document = build_metadata({}, status="PENDING", file_path="Pending/x_sliced.3mf", updated_at="t1", switch=first)
    second = AuthoritativeSwitch(at="t2", by="Bo", event="change_status", from_name="x_sliced.3mf", to_name="x.form")
    again = build_metadata(document, status="PENDING", file_path="Pending/x.form", updated_at="t2", switch=second)
    assert again["authoritative_filename"] == "x.form"
    assert again["authoritative_history"] == [
        {"ts": "t1", "by": "Ada Admin", "event": "approve", "from": "x.stl", "to": "x_sliced.3mf"},
        {"ts": "t2", "by": "Bo", "event": "change_status", "from": "x_sliced.3mf", "to": "x.form"},
    ]


def test_a_change_survives_its_round_trip_through_the_intent_record():
    change = Change(status="PENDING", previous_status="UPLOADED", at=datetime(2025, 9, 1, tzinfo=UTC),
                    action="approve", authoritative_filename="x.3mf", facts=FACTS, staff_name="Ada Admin",
                    workstation_id="front-desk")
    assert Change.from_document(change.document()) == change
    bare = Change(status="ARCHIVED", previous_status="ARCHIVED", at=None, action="repair_location")
    assert Change.from_document(bare.document()) == bare
