"""Hostile uploads (issue 3, item 6): each is refused with its own 4xx and code, and leaves nothing behind:
no file in the staging folder, no row in the uploads table."""

from __future__ import annotations

import io
import struct
import zipfile

import pytest
import trimesh

from printdesk.devstack.samples import cube_stl

BOUNDARY = "hostile-test-boundary"
LIMIT = 1024 * 1024  # the test service's max_upload_mb=1


def raw_form(filename: bytes, data: bytes) -> bytes:
    """A multipart body written by hand, so the name arrives exactly as given (no client escaping)."""
    return (
        f"--{BOUNDARY}\r\n".encode()
        + b'Content-Disposition: form-data; name="file"; filename="' + filename + b'"\r\n'
        + b"Content-Type: application/octet-stream\r\n\r\n" + data + f"\r\n--{BOUNDARY}--\r\n".encode()
    )


def zip_bomb() -> bytes:
    """A 3MF whose model part is 300 MB of zeros: ~300 KB on the wire, within the 1 MB limit."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("3D/3dmodel.model", "w", force_zip64=True) as part:
            zeros = bytes(1024 * 1024)
            for _ in range(300):
                part.write(zeros)
    assert len(out.getvalue()) < LIMIT
    return out.getvalue()


def forged_sizes() -> bytes:
    """A small valid 3MF whose central directory claims its model part is 4 GB once opened."""
    data = bytearray(trimesh.creation.box().export(file_type="3mf"))
    name = b"3D/3dmodel.model"
    at = data.index(b"PK\x01\x02")  # the first central directory entry
    while data[at + 46: at + 46 + len(name)] != name:
        at = data.index(b"PK\x01\x02", at + 4)
    struct.pack_into("<I", data, at + 24, 0xFFFF_FFF0)  # uncompressed size
    return bytes(data)


def three_mf_without_model() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("Metadata/thumbnail.png", b"\x89PNG\r\n\x1a\n")
    return out.getvalue()


def with_count(stl: bytes, count: int) -> bytes:
    return stl[:80] + struct.pack("<I", count) + stl[84:]


def nan_cube() -> bytes:
    data = bytearray(cube_stl(10))
    struct.pack_into("<f", data, 84 + 12, float("nan"))  # first corner's x
    return bytes(data)


# (id, filename, bytes, status, code); names given as bytes go into a hand-written body unchanged.
CASES = [
    ("dot-dot path", "../../etc/cron.d/evil.stl", cube_stl(10), 422, "filename_has_path"),
    ("dot-dot backslash path", b"..\\..\\evil.stl", cube_stl(10), 422, "filename_has_path"),
    ("absolute path", "/etc/passwd.stl", cube_stl(10), 422, "filename_has_path"),
    ("windows absolute path", b"C:\\Windows\\System32\\evil.stl", cube_stl(10), 422, "filename_has_path"),
    ("double extension, executable last", "model.stl.exe", cube_stl(10), 415, "unsupported_file_type"),
    ("double extension, executable inside", "model.exe.stl", cube_stl(10), 422, "filename_executable_extension"),
    ("NUL byte in the name", b"model\x00.stl", cube_stl(10), 422, "filename_invalid_characters"),
    ("NUL byte hiding an .exe", b"model.stl\x00.exe", cube_stl(10), 422, "filename_invalid_characters"),
    ("windows reserved CON", "CON.stl", cube_stl(10), 422, "filename_reserved"),
    ("windows reserved lpt1", "lpt1.v2.obj", b"v 0 0 0\nf 1 1 1\n", 422, "filename_reserved"),
    ("10,000-character name", "a" * 10_000 + ".stl", cube_stl(10), 422, "filename_too_long"),
    ("not a model type", "notes.txt", b"hello", 415, "unsupported_file_type"),
    ("wrong magic: PNG as STL", "photo.stl", b"\x89PNG\r\n\x1a\n" + bytes(600), 422, "content_mismatch"),
    ("wrong magic: program as OBJ", "tool.obj", b"\x7fELF\x02\x01\x01" + bytes(600), 422, "content_mismatch"),
    ("wrong magic: text as 3MF", "model.3mf", b"<model>not zipped</model>", 422, "content_mismatch"),
    ("wrong magic: text as STL", "notes.stl", b"not a model at all, just text\n" * 10, 422, "content_mismatch"),
    ("truncated binary STL", "cut.stl", cube_stl(10)[:-7], 422, "stl_truncated"),
    ("truncated text STL", "cut text.stl",
     trimesh.creation.box().export(file_type="stl_ascii").encode()[:900], 422, "stl_truncated"),
    ("triangle count that lies", "liar.stl", with_count(cube_stl(10), 1_000_000), 422, "stl_triangle_count_mismatch"),
    ("zip-bomb 3MF", "bomb.3mf", zip_bomb(), 422, "archive_compression_suspicious"),
    ("3MF with forged sizes", "forged.3mf", forged_sizes(), 422, "archive_compression_suspicious"),
    ("3MF without a model part", "empty.3mf", three_mf_without_model(), 422, "3mf_missing_model"),
    ("damaged 3MF", "damaged.3mf", b"PK\x03\x04" + bytes(2000), 422, "3mf_invalid"),
    ("OBJ without faces", "points.obj", b"v 0 0 0\nv 1 0 0\nv 0 1 0\n", 422, "obj_invalid"),
    ("STL without triangles", "none.stl", bytes(80) + struct.pack("<I", 0), 422, "empty_model"),
    ("STL with NaN corners", "nan.stl", nan_cube(), 422, "unreadable_model"),
    ("oversize", "huge.stl", bytes(LIMIT + 10), 413, "file_too_large"),
    ("empty", "empty.stl", b"", 422, "empty_file"),
]


@pytest.mark.parametrize(("filename", "data", "status", "code"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
async def test_a_hostile_upload_is_refused_and_leaves_nothing(
    files_client, staged_files, upload_rows, filename, data, status, code
):
    files_before, rows_before = staged_files(), await upload_rows()
    if isinstance(filename, bytes):
        response = await files_client.post(
            "/api/v1/uploads", content=raw_form(filename, data),
            headers={"content-type": f"multipart/form-data; boundary={BOUNDARY}"},
        )
    else:
        response = await files_client.post("/api/v1/uploads", files={"file": (filename, data, "model/stl")})
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["code"] == code
    assert error["message"] and error["fields"]["file"] == error["message"]
    assert staged_files() == files_before
    assert await upload_rows() == rows_before


async def test_an_oversize_body_is_refused_from_its_content_length_before_it_is_read(files_client, staged_files):
    pulled = 0

    async def endless():
        nonlocal pulled
        while True:
            pulled += 1
            yield bytes(64 * 1024)

    before = staged_files()
    response = await files_client.post(
        "/api/v1/uploads", content=endless(),
        headers={"content-type": f"multipart/form-data; boundary={BOUNDARY}", "content-length": str(10 * 1024**3)},
    )
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "file_too_large"
    assert pulled <= 1
    assert staged_files() == before


async def test_an_oversize_body_without_a_length_is_cut_off_at_the_limit(files_client, staged_files, upload_rows):
    pulled = 0

    async def body():
        nonlocal pulled
        yield raw_form(b"big.stl", b"")[: -len(f"\r\n--{BOUNDARY}--\r\n")]
        for _ in range(64):  # 4 MB, four times the limit
            pulled += 1
            yield bytes(64 * 1024)
        yield f"\r\n--{BOUNDARY}--\r\n".encode()

    before, rows = staged_files(), await upload_rows()
    response = await files_client.post(
        "/api/v1/uploads", content=body(), headers={"content-type": f"multipart/form-data; boundary={BOUNDARY}"},
    )
    assert response.status_code == 413
    assert pulled < 20  # stopped at the limit, not at the end
    assert staged_files() == before and await upload_rows() == rows


async def test_a_body_cut_off_mid_file_is_a_400_and_leaves_nothing(files_client, staged_files, upload_rows):
    body = raw_form(b"cube.stl", cube_stl(10))
    before, rows = staged_files(), await upload_rows()
    response = await files_client.post(
        "/api/v1/uploads", content=body[: len(body) - 200],
        headers={"content-type": f"multipart/form-data; boundary={BOUNDARY}"},
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "malformed_upload"
    assert staged_files() == before and await upload_rows() == rows


async def test_a_form_without_a_file_field_or_not_multipart_is_a_422(files_client):
    no_file = await files_client.post("/api/v1/uploads", files={"other": ("x.stl", b"x")})
    assert no_file.status_code == 422
    assert no_file.json()["error"]["fields"] == {"file": "required"}
    urlencoded = await files_client.post("/api/v1/uploads", data={"other": "x"})
    assert urlencoded.status_code == 422
    assert urlencoded.json()["error"]["code"] == "validation_error"
    no_name = await files_client.post(
        "/api/v1/uploads", content=raw_form(b"", cube_stl(10)),
        headers={"content-type": f"multipart/form-data; boundary={BOUNDARY}"},
    )
    assert no_name.status_code == 422
