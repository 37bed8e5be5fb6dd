"""The storage root on a real disk: deletes and reads never follow a link out of it, copies leave no debris."""

from __future__ import annotations

import pytest

from printdesk.files.adapters.storage import LocalStorage
from printdesk.files.domain.paths import UnsafePath


@pytest.fixture
def rooted(tmp_path):  # noqa: ANN201
    root = tmp_path / "root"
    outside = tmp_path / "outside"
    (root / "Uploaded").mkdir(parents=True)
    outside.mkdir()
    (outside / "secret.stl").write_bytes(b"secret")
    (root / "Uploaded" / "link.stl").symlink_to(outside / "secret.stl")
    (root / "Uploaded" / "away").symlink_to(outside, target_is_directory=True)
    (root / "Uploaded" / "model.stl").write_bytes(b"solid model")
    return LocalStorage(root), root, outside


async def test_links_are_neither_contained_nor_deleted_nor_read_as_files(rooted):
    storage, root, outside = rooted
    await storage.ensure_contained("Uploaded/model.stl")
    for path in ("Uploaded/link.stl", "Uploaded/away/secret.stl"):
        with pytest.raises(UnsafePath):
            await storage.ensure_contained(path)
        with pytest.raises(UnsafePath):
            await storage.remove(path)
    assert await storage.file_facts("Uploaded/link.stl") is None
    assert await storage.occupied("Uploaded/link.stl")
    assert (outside / "secret.stl").read_bytes() == b"secret"
    with pytest.raises(UnsafePath):
        await storage.remove("../outside/secret.stl")


async def test_remove_deletes_a_regular_file_once_and_gone_is_fine(rooted):
    storage, root, _ = rooted
    await storage.remove("Uploaded/model.stl")
    assert not (root / "Uploaded" / "model.stl").exists()
    await storage.remove("Uploaded/model.stl")
    await storage.remove("Nowhere/model.stl")


async def test_copies_and_metadata_are_written_through_temporary_files_that_do_not_stay(rooted):
    storage, root, _ = rooted
    await storage.copy("Uploaded/model.stl", "Pending/model.stl", "tag1")
    await storage.write_metadata("Pending/model_metadata.json", {"status": "PENDING"})
    assert (root / "Pending" / "model.stl").read_bytes() == b"solid model"
    assert await storage.sha256("Pending/model.stl") == await storage.sha256("Uploaded/model.stl")
    assert (await storage.read_metadata("Pending/model_metadata.json")).document == {"status": "PENDING"}
    assert sorted(p.name for p in (root / "Pending").iterdir()) == ["model.stl", "model_metadata.json"]
    (root / "Pending" / "broken_metadata.json").write_text("{not json")
    assert (await storage.read_metadata("Pending/broken_metadata.json")) .document is None
    assert not (await storage.read_metadata("Pending/none_metadata.json")).exists


async def test_the_scan_sees_regular_visible_files_only(rooted):
    storage, root, _ = rooted
    (root / "Pending").mkdir()
    (root / "Pending" / ".model.stl.tag.tmp").write_bytes(b"half")
    assert await storage.scan() == ["Uploaded/model.stl"]
    assert [f.name for f in await storage.list_folder("Uploaded")] == ["model.stl"]
