"""Accepted uploads through the files API, with a real PostgreSQL and NATS, and the storage root on disk."""

from __future__ import annotations

import io
import zipfile

import pytest
import trimesh

from printdesk.devstack.samples import cube_stl

SEED_FITS_ALL = [
    {"printer": "Prusa MK4S", "method": "Filament", "fits": True},
    {"printer": "Prusa XL", "method": "Filament", "fits": True},
    {"printer": "Raise3D Pro 2 Plus", "method": "Filament", "fits": True},
    {"printer": "Formlabs Form 3", "method": "Resin", "fits": True},
]


def box(x: float, y: float, z: float, file_type: str) -> bytes:
    data = trimesh.creation.box(extents=(x, y, z)).export(file_type=file_type)
    return data.encode() if isinstance(data, str) else data


async def upload(client, name: str, data: bytes):  # noqa: ANN001, ANN201
    response = await client.post("/api/v1/uploads", files={"file": (name, data, "application/octet-stream")})
    assert response.status_code == 201, response.text
    return response.json()


async def test_a_binary_stl_is_stored_hashed_and_measured_with_fits_and_estimates(files_client, seed_prices):
    body = await upload(files_client, "My Cube.stl", cube_stl(100))
    assert body["filename"] == "My Cube.stl"
    assert body["kind"] == "stl"
    assert body["size_bytes"] == 84 + 12 * 50
    assert len(body["sha256"]) == 64
    assert body["analysis"] == {
        "triangles": 12,
        "volume_mm3": 1_000_000.0,
        "bbox_mm": [100.0, 100.0, 100.0],
        "watertight": True,
        "unit_warning": None,
        "fits": SEED_FITS_ALL,
        "estimates": [
            {"method": "Filament", "grams": 434.0, "cost_low": "34.72", "cost_high": "52.08", "currency": "USD"},
            {"method": "Resin", "grams": 1100.0, "cost_low": "176.00", "cost_high": "264.00", "currency": "USD"},
        ],
    }
    again = await files_client.get(f"/api/v1/uploads/{body['upload_id']}")
    assert again.status_code == 200
    assert again.json() == body


@pytest.mark.parametrize(
    ("name", "file_type"),
    [("box.stl", "stl"), ("box text.stl", "stl_ascii"), ("box.obj", "obj"), ("box.3mf", "3mf")],
)
async def test_every_kind_of_model_is_measured_alike(files_client, seed_prices, name, file_type):
    analysis = (await upload(files_client, name, box(30, 20, 10, file_type)))["analysis"]
    assert analysis["triangles"] == 12
    assert analysis["volume_mm3"] == pytest.approx(6000.0)
    assert analysis["bbox_mm"] == pytest.approx([30.0, 20.0, 10.0])
    assert analysis["watertight"] is True
    assert analysis["fits"] == SEED_FITS_ALL
    assert [e["grams"] for e in analysis["estimates"]] == [2.6, 6.6]
    assert {e["cost_low"] for e in analysis["estimates"]} == {"3.00"}  # the minimum charge


async def test_a_3mf_in_inches_is_measured_in_millimetres(files_client):
    package = io.BytesIO(box(2, 1, 1, "3mf"))
    rewritten = io.BytesIO()
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(rewritten, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.endswith(".model"):
                data = data.replace(b'unit="millimeter"', b'unit="inch"')
                assert b'unit="inch"' in data
            target.writestr(item, data)
    analysis = (await upload(files_client, "inches.3mf", rewritten.getvalue()))["analysis"]
    assert analysis["bbox_mm"] == pytest.approx([50.8, 25.4, 25.4])
    assert analysis["unit_warning"] is None


async def test_a_tiny_model_is_suspected_to_be_inches_and_a_huge_one_metres(files_client):
    tiny = (await upload(files_client, "tiny.stl", cube_stl(4)))["analysis"]
    assert tiny["unit_warning"] == "inches"
    huge = (await upload(files_client, "huge.stl", box(3000, 1500, 800, "stl")))["analysis"]
    assert huge["unit_warning"] == "metres"
    assert not any(f["fits"] for f in huge["fits"])


async def test_a_long_model_fits_only_the_tall_printer(files_client):
    fits = (await upload(files_client, "rod.stl", box(600, 100, 100, "stl")))["analysis"]["fits"]
    assert {f["printer"]: f["fits"] for f in fits} == {
        "Prusa MK4S": False, "Prusa XL": False, "Raise3D Pro 2 Plus": True, "Formlabs Form 3": False,
    }


async def test_an_open_model_is_accepted_without_volume_or_estimate(files_client):
    mesh = trimesh.creation.box(extents=(10, 10, 10))
    mesh.update_faces([True] * 11 + [False])
    analysis = (await upload(files_client, "open.stl", mesh.export(file_type="stl")))["analysis"]
    assert analysis["watertight"] is False
    assert analysis["volume_mm3"] is None
    assert analysis["estimates"] == []
    assert analysis["triangles"] == 11


async def test_the_same_file_uploaded_twice_is_two_uploads_with_one_hash(files_client):
    first = await upload(files_client, "a.stl", cube_stl(30))
    second = await upload(files_client, "b.stl", cube_stl(30))
    assert first["upload_id"] != second["upload_id"]
    assert first["sha256"] == second["sha256"]


async def test_unknown_upload_is_404_json(files_client):
    response = await files_client.get("/api/v1/uploads/00000000-0000-0000-0000-000000000000")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    bad = await files_client.get("/api/v1/uploads/not-a-uuid")
    assert bad.status_code == 422


async def test_health_reports_every_part_up(files_client):
    response = await files_client.get("/api/v1/files/health")
    assert response.status_code == 200, response.text
    assert response.json()["components"] == {
        "database": "up", "nats": "up", "relay": "up", "consumers": "up", "staging-sweeper": "up",
        "move-finisher": "up", "storage": "up",
    }
