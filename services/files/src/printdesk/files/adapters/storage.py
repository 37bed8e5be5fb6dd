"""The storage root on the local disk (or a mounted share): staging, per-status folders, metadata sidecars."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import os
import shutil
import uuid
from collections import deque
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any

from printdesk.files.adapters.block_writer import BlockWriter
from printdesk.files.adapters.job_folders import JobFolders
from printdesk.files.domain.content import SNIFF_BYTES, TAIL_BYTES, ContentSample
from printdesk.files.domain.rules import InvalidUpload, metadata_name
from printdesk.files.service_layer.ports import PlacedFile, StagedFile

STAGING = ".incoming"
WRITE_BLOCK_BYTES = 4 * 1024 * 1024
QUEUED_BLOCKS = 2


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB"


def _hash_all(digest: Any, chunks: list[bytes]) -> None:
    for chunk in chunks:
        digest.update(chunk)


def _write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


class LocalStorage(JobFolders):
    """Staging (here) and the per-status folders (`JobFolders`) of one storage root."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        (self.root / STAGING).mkdir(parents=True, exist_ok=True)
        # Shared by every upload: single threads keep each file's blocks in order.
        self._hasher = ThreadPoolExecutor(1, thread_name_prefix="staging-hash")
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="staging-write")

    def absolute(self, relative_path: str) -> str:
        path = (self.root / relative_path).resolve()
        if not path.is_relative_to(self.root):
            raise ValueError(f"{relative_path!r} is outside the storage root")
        return str(path)

    async def stage(self, chunks: AsyncIterator[bytes], max_bytes: int, suffix: str) -> StagedFile:
        """Write the chunks to a new staged file as they arrive, never holding more than a few MB of them.

        Chunks are gathered into 4 MB blocks and queued (at most QUEUED_BLOCKS) to two worker threads, one
        hashing and one writing, so the event loop keeps reading the request while they work side by side.
        Over `max_bytes` -> 413 at once; any failure (or a client that goes away) removes the partial file.
        """
        relative = f"{STAGING}/{uuid.uuid4().hex}{suffix}"
        path = Path(self.absolute(relative))
        writer = BlockWriter(path, WRITE_BLOCK_BYTES)
        digest = hashlib.sha256()
        head = bytearray()
        tail = b""
        size = 0
        block: list[bytes] = []
        block_size = 0
        queued: deque[asyncio.Future[None]] = deque()

        async def settle(keep: int) -> None:
            # Await before removing: a future still listed is one the cleanup below waits for.
            while len(queued) > keep:
                await queued[0]
                queued.popleft()

        async def hand_over(data: list[bytes]) -> None:
            # One thread each: blocks are hashed, and written, in the order they came.
            queued.append(asyncio.wrap_future(self._hasher.submit(_hash_all, digest, data)))
            queued.append(asyncio.wrap_future(self._writer.submit(writer.write, data)))
            await settle(2 * QUEUED_BLOCKS)

        try:
            async for chunk in chunks:
                size += len(chunk)
                if size > max_bytes:
                    raise InvalidUpload(
                        f"The file is larger than the {_megabytes(max_bytes)} limit.", status=413, code="file_too_large",
                    )
                if len(head) < SNIFF_BYTES:
                    head += chunk[: SNIFF_BYTES - len(head)]
                tail = chunk[-TAIL_BYTES:] if len(chunk) >= TAIL_BYTES else (tail + chunk)[-TAIL_BYTES:]
                block.append(chunk)
                block_size += len(chunk)
                if block_size >= WRITE_BLOCK_BYTES:
                    await hand_over(block)
                    block, block_size = [], 0
            if block:
                await hand_over(block)
            await settle(0)
            queued.append(asyncio.ensure_future(asyncio.to_thread(writer.finish)))  # fsync, off the writer thread
            await settle(0)
        except BaseException:
            # The workers may still hold blocks of this file: let them finish before its descriptor is closed.
            if queued:
                with contextlib.suppress(BaseException):
                    await asyncio.wait(set(queued))
            writer.close()
            path.unlink(missing_ok=True)
            raise
        return StagedFile(
            relative_path=relative, size_bytes=size, sha256=digest.hexdigest(),
            sample=ContentSample(head=bytes(head), tail=tail, size=size),
        )

    def _place_sync(self, staged_path: str, folder: str, base_name: str, extension: str,
                    sha256: str, metadata: dict[str, Any]) -> PlacedFile:
        source = Path(self.absolute(staged_path))
        target_dir = self.root / folder
        target_dir.mkdir(parents=True, exist_ok=True)
        n = 0
        while True:
            base = base_name if n == 0 else f"{base_name}_{n}"
            target = target_dir / f"{base}.{extension}"
            if not target.exists():
                break
            if _sha256_of(target) == sha256:
                break  # placed by an earlier, interrupted attempt: finish it
            n += 1
        if not target.exists():
            if not source.exists():
                raise FileNotFoundError(f"staged upload {staged_path} is gone")
            tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
            shutil.copyfile(source, tmp)
            with open(tmp, "rb+") as f:
                os.fsync(f.fileno())
            os.replace(tmp, target)
        relative = f"{folder}/{target.name}"
        metadata_relative = f"{folder}/{metadata_name(base)}"
        document = {**metadata, "display_name": target.name, "file_path": relative}
        _write_atomically(self.root / metadata_relative, json.dumps(document, indent=2, sort_keys=True).encode())
        _fsync_dir(target_dir)
        return PlacedFile(relative_path=relative, metadata_path=metadata_relative, display_name=target.name, folder=folder)

    async def place(self, staged_path: str, folder: str, base_name: str, extension: str,
                    sha256: str, metadata: dict[str, Any]) -> PlacedFile:
        return await asyncio.to_thread(self._place_sync, staged_path, folder, base_name, extension, sha256, metadata)

    def discard(self, relative_path: str) -> None:
        Path(self.absolute(relative_path)).unlink(missing_ok=True)

    def staged_files_older_than(self, cutoff: datetime) -> list[str]:
        limit = cutoff.timestamp()
        found = []
        for entry in os.scandir(self.root / STAGING):
            with contextlib.suppress(FileNotFoundError):
                if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < limit:
                    found.append(f"{STAGING}/{entry.name}")
        return found
