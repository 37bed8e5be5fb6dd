"""Uploads through the files API, with a real PostgreSQL and NATS, and the storage root on disk."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from printdesk.devstack.samples import cube_stl
from printdesk.files.adapters.orm import uploads


def _files_on_disk(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


async def _upload_rows(app) -> int:
    async with app.state.runtime.session_factory() as session:
        return await session.scalar(sa.select(sa.func.count()).select_from(uploads))


async def test_a_binary_stl_is_stored_hashed_and_measured(files_client, files_settings):
    response = await files_client.post("/api/v1/uploads", files={"file": ("My Cube.stl", cube_stl(20), "model/stl")})
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["kind"] == "stl"
    assert body["size_bytes"] == 84 + 12 * 50
    assert len(body["sha256"]) == 64
    assert body["analysis"] == {"triangles": 12, "volume_mm3": 8000.0, "bbox_mm": [20.0, 20.0, 20.0], "watertight": True}
    again = await files_client.get(f"/api/v1/uploads/{body['upload_id']}")
    assert again.status_code == 200
    assert again.json()["sha256"] == body["sha256"]


async def test_refused_uploads_leave_nothing_behind(files_client, files_app, files_settings):
    before_files = _files_on_disk(files_settings.storage_root)
    before_rows = await _upload_rows(files_app)
    cases = [
        (("notes.txt", b"hello", "text/plain"), 415, "unsupported_file_type"),
        (("empty.stl", b"", "model/stl"), 422, "empty_file"),
        (("fake.stl", b"not a model at all, just text" * 10, "model/stl"), 422, "invalid_file"),
        (("broken.stl", cube_stl(10)[:-7], "model/stl"), 422, "invalid_file"),
        (("fake.obj", b"# nothing\nhello world\n", "text/plain"), 422, "invalid_file"),
        (("fake.3mf", b"not a zip", "application/octet-stream"), 422, "invalid_file"),
        (("huge.stl", b"\0" * (1024 * 1024 + 10), "model/stl"), 413, "file_too_large"),
    ]
    for file, status, code in cases:
        response = await files_client.post("/api/v1/uploads", files={"file": file})
        assert response.status_code == status, (file[0], response.text)
        assert response.json()["error"]["code"] == code, file[0]
        assert response.json()["error"]["message"]
    assert _files_on_disk(files_settings.storage_root) == before_files
    assert await _upload_rows(files_app) == before_rows


async def test_missing_file_field_is_a_422_json_error(files_client):
    response = await files_client.post("/api/v1/uploads", data={"other": "x"})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "validation_error"
    assert "file" in response.json()["error"]["fields"]


async def test_unknown_upload_is_404_json(files_client):
    response = await files_client.get("/api/v1/uploads/00000000-0000-0000-0000-000000000000")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    bad = await files_client.get("/api/v1/uploads/not-a-uuid")
    assert bad.status_code == 422


async def test_health_reports_every_part_up(files_client):
    response = await files_client.get("/api/v1/files/health")
    assert response.status_code == 200, response.text
    assert response.json()["components"] == {"database": "up", "nats": "up", "relay": "up", "consumers": "up"}
