"""The upload is written while it arrives: memory stays flat whatever the size, and the file grows on disk
before the request has ended."""

from __future__ import annotations

import struct
import tracemalloc
from pathlib import Path

import pytest

from printdesk.devstack.testing import running_app
from printdesk.files.adapters.storage import STAGING
from printdesk.files.bootstrap import make_app
from printdesk.files.config import FilesSettings

BOUNDARY = "streaming-test-boundary"
TRIANGLES = 1_000_000  # a 50 MB binary STL


@pytest.fixture(scope="module")
async def big_files(service_database, nats_url, tmp_path_factory):
    settings = FilesSettings(
        database_url=service_database("files"), nats_url=nats_url,
        storage_root=tmp_path_factory.mktemp("streaming-storage"), max_upload_mb=64, analysis_max_mb=1,
    )
    async with running_app(make_app(settings)) as client:
        yield client, settings


async def test_a_50_mb_upload_streams_to_disk_in_flat_memory(big_files):
    client, settings = big_files
    staging = Path(settings.storage_root) / STAGING
    seen_on_disk_while_sending = []
    triangle = struct.pack("<12fH", *([0.0] * 3), 0, 0, 0, 1, 0, 0, 0, 1, 0, 0)

    async def body():
        yield (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.stl\"\r\n"
               "Content-Type: model/stl\r\n\r\n").encode() + b"\0" * 80 + struct.pack("<I", TRIANGLES)
        block = triangle * 20_000  # 1 MB
        for _ in range(TRIANGLES // 20_000):
            seen_on_disk_while_sending.append(sum(p.stat().st_size for p in staging.iterdir()))
            yield block
        yield f"\r\n--{BOUNDARY}--\r\n".encode()

    tracemalloc.start()
    try:
        response = await client.post(
            "/api/v1/uploads", content=body(), headers={"content-type": f"multipart/form-data; boundary={BOUNDARY}"},
        )
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert response.status_code == 201, response.text
    assert response.json()["size_bytes"] == 84 + 50 * TRIANGLES
    assert response.json()["analysis"] is None  # above this service's analysis limit
    assert max(seen_on_disk_while_sending) > 20 * 1024 * 1024  # written while the body was still coming
    assert peak < 12 * 1024 * 1024, f"peak Python memory {peak / 1e6:.1f} MB for a 50 MB upload"
