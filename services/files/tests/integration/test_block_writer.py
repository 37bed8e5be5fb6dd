"""The staged-file writer on a real filesystem: every byte lands in order, whatever the chunk sizes and
wherever the file ends against the 4 KB alignment and the block size, both with direct I/O (a disk
filesystem) and through the page cache (where direct I/O is refused, as on tmpfs)."""

from __future__ import annotations

import errno
import os
import random
from pathlib import Path

import pytest

from printdesk.files.adapters import block_writer
from printdesk.files.adapters.block_writer import ALIGN, BlockWriter

BLOCK = 64 * 1024  # small blocks, so a few hundred KB cross many block edges
SIZES = [1, ALIGN - 1, ALIGN, ALIGN + 1, BLOCK - 1, BLOCK, BLOCK + 1, 5 * BLOCK + 123, 300_001]


def chunked(data: bytes, rng: random.Random) -> list[list[bytes]]:
    """The data as the upload hands it over: lists of chunks of uneven sizes."""
    chunks, at = [], 0
    while at < len(data):
        n = rng.choice([1, 7, 100, 4096, 5000, 65536, 70000])
        chunks.append(data[at:at + n])
        at += n
    return [chunks[i:i + 3] for i in range(0, len(chunks), 3)]


def write(path: Path, data: bytes, seed: int) -> BlockWriter:
    writer = BlockWriter(path, BLOCK)
    for group in chunked(data, random.Random(seed)):
        writer.write(group)
    writer.finish()
    return writer


def direct_io_works(directory: Path) -> bool:
    probe = directory / "probe"
    fd = block_writer._open_direct(probe)
    if fd is None:
        return False
    os.close(fd)
    probe.unlink()
    return True


@pytest.mark.parametrize("size", SIZES)
def test_direct_io_writes_every_byte_in_order(tmp_path, size):
    if not direct_io_works(tmp_path):
        pytest.skip(f"{tmp_path} has no direct I/O")
    data = random.Random(size).randbytes(size)
    writer = write(tmp_path / "staged.stl", data, seed=size)
    assert writer.direct
    assert (tmp_path / "staged.stl").read_bytes() == data
    assert oct((tmp_path / "staged.stl").stat().st_mode & 0o777) == oct(0o640)


@pytest.mark.parametrize("size", SIZES)
def test_without_direct_io_the_page_cache_path_writes_the_same(tmp_path, monkeypatch, size):
    monkeypatch.setattr(block_writer, "_open_direct", lambda path: None)
    data = random.Random(size).randbytes(size)
    writer = write(tmp_path / "staged.stl", data, seed=size)
    assert not writer.direct
    assert (tmp_path / "staged.stl").read_bytes() == data


def test_a_filesystem_that_refuses_direct_io_gets_the_page_cache_path(tmp_path, monkeypatch):
    """Some filesystems answer an O_DIRECT open with EINVAL (after creating the file, on some): the writer
    removes what the attempt left and writes through the page cache."""
    real_open = os.open

    def refusing_open(path, flags, mode=0o777):  # noqa: ANN001, ANN202
        if flags & os.O_DIRECT:
            os.close(real_open(path, flags & ~os.O_DIRECT, mode))  # the worst case: the file was created anyway
            raise OSError(errno.EINVAL, "Invalid argument")
        return real_open(path, flags, mode)

    monkeypatch.setattr(block_writer.os, "open", refusing_open)
    data = random.Random(7).randbytes(3 * BLOCK + 5)
    writer = write(tmp_path / "staged.stl", data, seed=7)
    assert not writer.direct
    assert (tmp_path / "staged.stl").read_bytes() == data


def test_an_existing_file_is_never_overwritten(tmp_path):
    existing = tmp_path / "staged.stl"
    existing.write_bytes(b"keep me")
    with pytest.raises(FileExistsError):
        BlockWriter(existing, BLOCK)
    assert existing.read_bytes() == b"keep me"
