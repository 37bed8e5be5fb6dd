"""Which file names a student may upload, and the safe name kept of the ones accepted."""

from __future__ import annotations

import pytest

from printdesk.files.domain.filenames import accept_filename, sanitize_filename
from printdesk.files.domain.rules import InvalidUpload


@pytest.mark.parametrize(
    ("name", "kind", "safe"),
    [
        ("My Cube.stl", "stl", "My Cube.stl"),
        ("BRACKET.STL", "stl", "BRACKET.stl"),
        ("part.v2.final.obj", "obj", "part.v2.final.obj"),
        ("Café modèle.3mf", "3mf", "Café modèle.3mf"),
        ('what? a "cube": <1>.stl', "stl", "what_ a _cube__ _1_.stl"),
        ("  spaced   out  .stl", "stl", "spaced out.stl"),
        (".hidden.stl", "stl", "hidden.stl"),
        (".stl", "stl", "model.stl"),
        ("model..stl", "stl", "model.stl"),
        ("console.stl", "stl", "console.stl"),  # only the device names themselves are reserved
        ("x" * 251 + ".stl", "stl", "x" * 100 + ".stl"),
    ],
)
def test_ordinary_names_are_accepted_and_made_safe(name, kind, safe):
    assert accept_filename(name) == (kind, safe)


@pytest.mark.parametrize(
    ("name", "status", "code"),
    [
        ("x" * 10_000 + ".stl", 422, "filename_too_long"),
        ("x" * 252 + ".stl", 422, "filename_too_long"),
        ("model\x00.stl", 422, "filename_invalid_characters"),
        ("model.stl\x00.exe", 422, "filename_invalid_characters"),
        ("line\nbreak.stl", 422, "filename_invalid_characters"),
        ("../../etc/cron.d/evil.stl", 422, "filename_has_path"),
        ("..\\..\\evil.stl", 422, "filename_has_path"),
        ("/etc/passwd.stl", 422, "filename_has_path"),
        ("C:\\Windows\\evil.stl", 422, "filename_has_path"),
        ("/etc/passwd", 422, "filename_has_path"),
        ("model.stl.exe", 415, "unsupported_file_type"),
        ("notes.txt", 415, "unsupported_file_type"),
        ("model", 415, "unsupported_file_type"),
        ("model.STL ", 415, "unsupported_file_type"),
        ("CON.stl", 422, "filename_reserved"),
        ("nul.stl", 422, "filename_reserved"),
        ("com1.v2.stl", 422, "filename_reserved"),
        ("LPT9 .obj", 422, "filename_reserved"),
        ("model.exe.stl", 422, "filename_executable_extension"),
        ("invoice.PDF.js.3mf", 422, "filename_executable_extension"),
        ("run.sh.obj", 422, "filename_executable_extension"),
    ],
)
def test_hostile_names_are_refused_with_their_own_code(name, status, code):
    with pytest.raises(InvalidUpload) as refused:
        accept_filename(name)
    assert (refused.value.status, refused.value.code) == (status, code)
    assert refused.value.message


def test_a_long_name_is_refused_with_its_length_in_the_message():
    with pytest.raises(InvalidUpload, match="10,004 characters"):
        accept_filename("x" * 10_000 + ".stl")


def test_sanitize_never_leaves_a_separator_or_a_leading_dot():
    for name in ["a/b.stl", "..\\x.stl", "...stl", "a:b|c.stl"]:
        safe = sanitize_filename(name)
        assert "/" not in safe and "\\" not in safe and not safe.startswith(".")
