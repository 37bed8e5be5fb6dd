"""The files use cases against fakes: accepting an upload, keeping the catalog copy, sweeping stale uploads."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from printdesk.contracts.api.catalog import seed_catalog
from printdesk.devstack.samples import cube_stl
from printdesk.files.domain.content import ArchiveEntry
from printdesk.files.domain.estimates import MeshFacts
from printdesk.files.domain.rules import InvalidUpload
from printdesk.files.service_layer import handlers
from printdesk.files.service_layer.handlers import UploadLimits
from printdesk.files.service_layer.ports import CatalogCopy

LIMITS = UploadLimits(max_bytes=1024 * 1024, analysis_max_bytes=512 * 1024)
NOW = datetime(2025, 9, 1, 12, 0, tzinfo=UTC)


class Chunks:
    """An upload body that records how much of it was read."""

    def __init__(self, data: bytes, size: int = 100) -> None:
        self.data, self.size, self.read = data, size, 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for i in range(0, len(self.data), self.size):
            self.read += len(self.data[i:i + self.size])
            yield self.data[i:i + self.size]


async def accept(name, data, uow, storage, analyzer, limits=LIMITS):  # noqa: ANN001, ANN201
    return await handlers.accept_upload(name, Chunks(data).__aiter__(), uow=uow, storage=storage,
                                        analyzer=analyzer, limits=limits)


async def test_an_accepted_upload_is_recorded_with_its_analysis_priced_by_the_seed_catalog(uow, storage, analyzer):
    upload = await accept("My Cube.stl", cube_stl(20), uow, storage, analyzer)
    assert uow.uploads.rows[upload.id] == upload
    assert storage.files[upload.staged_path] == cube_stl(20)
    assert upload.safe_filename == "My Cube.stl" and upload.kind == "stl" and upload.size_bytes == 684
    assert upload.analysis == {
        "triangles": 12, "volume_mm3": 8000.0, "bbox_mm": [20.0, 20.0, 20.0], "watertight": True,
        "unit_warning": None,
        "fits": [
            {"printer": "Prusa MK4S", "method": "Filament", "fits": True},
            {"printer": "Prusa XL", "method": "Filament", "fits": True},
            {"printer": "Raise3D Pro 2 Plus", "method": "Filament", "fits": True},
            {"printer": "Formlabs Form 3", "method": "Resin", "fits": True},
        ],
        "estimates": [
            {"method": "Filament", "grams": 3.5, "cost_low": "3.00", "cost_high": "3.00", "currency": "USD"},
            {"method": "Resin", "grams": 8.8, "cost_low": "3.00", "cost_high": "3.00", "currency": "USD"},
        ],
    }


async def test_the_latest_catalog_copy_prices_the_estimate(uow, storage, analyzer):
    catalog = seed_catalog().model_copy(update={"minimum_charge": Decimal("1.00"), "currency": "EUR"})
    uow.catalog.copy = CatalogCopy(7, catalog.model_dump(mode="json"))
    analyzer.facts = MeshFacts(12, 1_000_000.0, (100.0, 100.0, 100.0), True)
    upload = await accept("cube.stl", cube_stl(100), uow, storage, analyzer)
    assert upload.analysis["estimates"][0] == {
        "method": "Filament", "grams": 434.0, "cost_low": "34.72", "cost_high": "52.08", "currency": "EUR",
    }


async def test_a_refused_name_is_refused_before_a_byte_is_staged(uow, storage, analyzer):
    body = Chunks(cube_stl(20))
    with pytest.raises(InvalidUpload) as refused:
        await handlers.accept_upload("CON.stl", body.__aiter__(), uow=uow, storage=storage, analyzer=analyzer,
                                     limits=LIMITS)
    assert refused.value.code == "filename_reserved"
    assert body.read == 0 and storage.staged_count == 0 and uow.commits == 0


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("empty.stl", b"", "empty_file"),
        ("cut.stl", cube_stl(20)[:-7], "stl_truncated"),
        ("photo.stl", b"\x89PNG\r\n\x1a\n" + b"\0" * 200, "content_mismatch"),
        ("big.stl", b"\0" * (LIMITS.max_bytes + 1), "file_too_large"),
    ],
)
async def test_a_refused_file_leaves_nothing_staged_or_recorded(uow, storage, analyzer, name, data, code):
    with pytest.raises(InvalidUpload) as refused:
        await accept(name, data, uow, storage, analyzer)
    assert refused.value.code == code
    assert storage.files == {} and uow.uploads.rows == {} and analyzer.measured == []


async def test_a_model_the_mesh_library_cannot_read_leaves_nothing(uow, storage, analyzer):
    analyzer.failure = InvalidUpload("unreadable", code="unreadable_model")
    with pytest.raises(InvalidUpload):
        await accept("cube.stl", cube_stl(20), uow, storage, analyzer)
    assert storage.files == {} and uow.uploads.rows == {}


async def test_a_zip_bomb_is_refused_before_the_mesh_library_opens_it(uow, storage, analyzer):
    analyzer.entries = [ArchiveEntry("3D/3dmodel.model", 300_000, 300 * 1024 * 1024)]
    with pytest.raises(InvalidUpload) as refused:
        await accept("bomb.3mf", b"PK\x03\x04" + b"\0" * 1000, uow, storage, analyzer)
    assert refused.value.code == "archive_compression_suspicious"
    assert analyzer.measured == [] and storage.files == {}


async def test_a_file_above_the_analysis_limit_is_kept_unmeasured(uow, storage, analyzer):
    data = cube_stl(20)
    upload = await accept("cube.stl", data, uow, storage, analyzer,
                          limits=UploadLimits(max_bytes=10_000, analysis_max_bytes=len(data) - 1))
    assert upload.analysis is None and analyzer.measured == []
    assert upload.id in uow.uploads.rows


async def test_a_database_failure_removes_the_staged_file(uow, storage, analyzer):
    uow.fail_commit = RuntimeError("database went away")
    with pytest.raises(RuntimeError):
        await accept("cube.stl", cube_stl(20), uow, storage, analyzer)
    assert storage.files == {} and uow.uploads.rows == {}


async def test_the_catalog_copy_keeps_the_newest_version_only(uow):
    seed = seed_catalog().model_dump(mode="json")
    cheaper = {**seed, "minimum_charge": "1.00"}
    async with uow:
        assert await handlers.record_catalog(3, cheaper, uow)
        assert not await handlers.record_catalog(2, seed, uow)
        assert not await handlers.record_catalog(3, seed, uow)
        await uow.commit()
    assert uow.catalog.copy.version == 3
    assert (await handlers.current_catalog(uow)).minimum_charge == Decimal("1.00")


async def test_an_invalid_catalog_is_refused(uow):
    async with uow:
        with pytest.raises(handlers.InvalidCatalog):
            await handlers.record_catalog(4, {"lab_name": "only a name"}, uow)
    assert uow.catalog.copy is None


async def test_without_a_copy_the_seed_catalog_is_used(uow):
    assert await handlers.current_catalog(uow) == seed_catalog()


async def _staged(uow, storage, analyzer, created_at):  # noqa: ANN001, ANN202
    from dataclasses import replace

    upload = await accept("cube.stl", cube_stl(20), uow, storage, analyzer)
    uow.uploads.rows[upload.id] = replace(upload, created_at=created_at)
    storage.mtimes[upload.staged_path] = created_at
    return uow.uploads.rows[upload.id]


async def test_unclaimed_uploads_older_than_the_cutoff_are_removed_row_and_file(uow, storage, analyzer):
    stale = await _staged(uow, storage, analyzer, NOW - timedelta(hours=25))
    fresh = await _staged(uow, storage, analyzer, NOW - timedelta(hours=23))
    claimed = await _staged(uow, storage, analyzer, NOW - timedelta(hours=48))
    await uow.uploads.mark_claimed(claimed.id, "job-1")
    storage.discard(claimed.staged_path)  # placed and removed from staging when it was claimed

    removed = await handlers.remove_expired_uploads(uow, storage, cutoff=NOW - timedelta(hours=24))

    assert removed == 1
    assert set(uow.uploads.rows) == {fresh.id, claimed.id}
    assert stale.staged_path not in storage.files and fresh.staged_path in storage.files


async def test_stray_staged_files_without_an_upload_are_removed_too(uow, storage, analyzer):
    storage.files[".incoming/crashed.stl"] = b"half a file"
    storage.mtimes[".incoming/crashed.stl"] = NOW - timedelta(days=3)
    storage.files[".incoming/recent.stl"] = b"being written"
    storage.mtimes[".incoming/recent.stl"] = NOW

    assert await handlers.remove_expired_uploads(uow, storage, cutoff=NOW - timedelta(hours=24)) == 1
    assert set(storage.files) == {".incoming/recent.stl"}


async def test_removal_goes_in_batches(uow, storage, analyzer):
    for _ in range(5):
        await _staged(uow, storage, analyzer, NOW - timedelta(days=2))
    assert await handlers.remove_expired_uploads(uow, storage, cutoff=NOW - timedelta(hours=24), batch=2) == 5
    assert uow.uploads.rows == {} and storage.files == {}
