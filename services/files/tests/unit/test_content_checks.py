"""Do a file's bytes look like the model its extension promises? (head, tail and size only)."""

from __future__ import annotations

import struct

import pytest

from printdesk.devstack.samples import cube_stl
from printdesk.files.domain.content import (
    MAX_COMPRESSION_RATIO,
    SNIFF_BYTES,
    TAIL_BYTES,
    ArchiveEntry,
    ContentSample,
    check_3mf_package,
    check_content,
)
from printdesk.files.domain.rules import InvalidUpload

MB = 1024 * 1024

ASCII_CUBE_FACET = b"""  facet normal 0 0 -1
    outer loop
      vertex 0 0 0
      vertex 1 1 0
      vertex 1 0 0
    endloop
  endfacet
"""
ASCII_STL = b"solid cube\n" + ASCII_CUBE_FACET * 12 + b"endsolid cube\n"
OBJ = b"# a quad\nmtllib cube.mtl\no quad\nv 0 0 0\nv 1 0 0\nv 1 1 0\nv 0 1 0\nvn 0 0 1\nusemtl red\ns off\nf 1 2 3\nf 1 3 4\n"


def sample(data: bytes) -> ContentSample:
    return ContentSample(head=data[:SNIFF_BYTES], tail=data[-TAIL_BYTES:], size=len(data))


def refusal(kind: str, data: bytes) -> tuple[int, str]:
    with pytest.raises(InvalidUpload) as refused:
        check_content(kind, sample(data))
    assert refused.value.message
    return refused.value.status, refused.value.code


def with_count(stl: bytes, count: int) -> bytes:
    return stl[:80] + struct.pack("<I", count) + stl[84:]


@pytest.mark.parametrize(
    ("kind", "data"),
    [
        ("stl", cube_stl(20)),
        ("stl", b"solid exported by a CAD program".ljust(80) + cube_stl(20)[80:]),  # binary, yet its header says solid
        ("stl", ASCII_STL),
        ("stl", b"\n\n  SOLID cube\r\n" + ASCII_CUBE_FACET.replace(b"\n", b"\r\n") * 3 + b"ENDSOLID cube\r\n"),
        ("obj", OBJ),
        ("3mf", b"PK\x03\x04" + b"\0" * 100),  # the package itself is checked from its directory
    ],
)
def test_model_files_pass(kind, data):
    check_content(kind, sample(data))


def test_an_empty_file_is_refused():
    assert refusal("stl", b"") == (422, "empty_file")
    assert refusal("obj", b"") == (422, "empty_file")
    assert refusal("3mf", b"") == (422, "empty_file")


@pytest.mark.parametrize(
    ("kind", "data"),
    [
        ("stl", b"\x89PNG\r\n\x1a\n" + b"\0" * 500),
        ("stl", b"PK\x03\x04" + b"\0" * 500),
        ("stl", b"\x7fELF\x02\x01\x01" + b"\0" * 500),
        ("stl", b"MZ\x90\x00" + b"\0" * 500),
        ("stl", b"just some notes about my model\n" * 10),
        ("obj", b"\x7fELF\x02\x01\x01" + b"\0" * 500),
        ("obj", b"%PDF-1.7\n" + b"\0" * 100),
        ("3mf", b"\x89PNG\r\n\x1a\n" + b"\0" * 500),
        ("3mf", b"<?xml version='1.0'?><model/>"),
    ],
)
def test_a_file_that_is_something_else_is_a_content_mismatch(kind, data):
    assert refusal(kind, data) == (422, "content_mismatch")


def test_a_binary_stl_cut_off_is_truncated():
    assert refusal("stl", cube_stl(10)[:-7]) == (422, "stl_truncated")
    assert refusal("stl", cube_stl(10)[:83]) == (422, "stl_truncated")


def test_a_binary_stl_whose_triangle_count_lies_is_refused():
    assert refusal("stl", with_count(cube_stl(10), 1_000_000)) == (422, "stl_triangle_count_mismatch")
    assert refusal("stl", with_count(cube_stl(10), 3)) == (422, "stl_triangle_count_mismatch")
    assert refusal("stl", cube_stl(10)[:-50]) == (422, "stl_triangle_count_mismatch")


def test_an_stl_without_triangles_is_an_empty_model():
    assert refusal("stl", b"\0" * 80 + struct.pack("<I", 0)) == (422, "empty_model")
    assert refusal("stl", b"solid nothing\nendsolid nothing\n") == (422, "empty_model")


def test_a_text_stl_cut_off_before_endsolid_is_truncated():
    assert refusal("stl", ASCII_STL[: len(ASCII_STL) // 2]) == (422, "stl_truncated")


def test_a_text_stl_without_facet_structure_is_refused():
    assert refusal("stl", b"solid x\nfacet normal 0 0 1\nvertex 1 2 3\nendfacet\nendsolid x\n") == (422, "stl_invalid")


def test_an_ascii_stl_is_judged_by_its_tail_too():
    big = b"solid big\n" + ASCII_CUBE_FACET * 2000 + b"endsolid big\n"
    assert len(big) > SNIFF_BYTES
    check_content("stl", sample(big))
    assert refusal("stl", big[:-40]) == (422, "stl_truncated")


def test_an_obj_needs_vertices_and_faces():
    assert refusal("obj", b"# only vertices\nv 0 0 0\nv 1 0 0\n") == (422, "obj_invalid")
    assert refusal("obj", b"hello world\nthis is not a model\nat all\n") == (422, "obj_invalid")


def test_a_large_obj_may_keep_its_faces_at_the_end():
    data = b"o big\n" + b"v 1.000000 2.000000 3.000000\n" * 5000 + b"f 1 2 3\n" * 10
    assert len(data) > SNIFF_BYTES
    check_content("obj", sample(data))


def package(*entries: tuple[str, int, int]) -> list[ArchiveEntry]:
    return [ArchiveEntry(name, compressed, size) for name, compressed, size in entries]


def test_a_3mf_package_with_a_model_part_passes():
    check_3mf_package(
        package(("[Content_Types].xml", 200, 500), ("_rels/.rels", 150, 300), ("3D/3dmodel.model", 2 * MB, 15 * MB),
                ("Metadata/thumbnail.png", 40_000, 40_000)),
        max_upload_bytes=50 * MB,
    )
    check_3mf_package(package(("3D/Objects/part.model", 10, 50), ("/3D/3DModel.model", 10, 50)), 50 * MB)


def test_a_3mf_package_without_a_model_part_is_refused():
    with pytest.raises(InvalidUpload) as refused:
        check_3mf_package(package(("_rels/.rels", 10, 20), ("Metadata/model.model", 10, 20)), 50 * MB)
    assert refused.value.code == "3mf_missing_model"


def test_a_zip_bomb_is_refused_by_its_declared_sizes():
    bomb = package(("3D/3dmodel.model", 300_000, 300 * MB))
    with pytest.raises(InvalidUpload) as refused:
        check_3mf_package(bomb, 50 * MB)
    assert refused.value.code == "archive_compression_suspicious"
    assert "zip bomb" in refused.value.message


def test_a_package_expanding_past_ten_times_the_limit_is_refused_even_at_ordinary_ratios():
    big = package(("3D/3dmodel.model", 30 * MB, 300 * MB), ("3D/other.model", 30 * MB, 300 * MB))
    with pytest.raises(InvalidUpload) as refused:
        check_3mf_package(big, 50 * MB)
    assert refused.value.code == "archive_too_large"
    check_3mf_package(package(("3D/3dmodel.model", 30 * MB, 400 * MB)), 50 * MB)


def test_small_parts_may_compress_well():
    check_3mf_package(package(("3D/3dmodel.model", 10, 10 * MAX_COMPRESSION_RATIO * 100)), 50 * MB)


def test_a_package_of_countless_parts_is_refused():
    parts = package(("3D/3dmodel.model", 10, 20), *((f"junk/{i}", 1, 1) for i in range(10_001)))
    with pytest.raises(InvalidUpload) as refused:
        check_3mf_package(parts, 50 * MB)
    assert refused.value.code == "archive_too_many_parts"
