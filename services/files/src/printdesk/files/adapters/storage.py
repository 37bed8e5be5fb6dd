"""The storage root on the local disk (or a mounted share): staging, per-status folders, metadata sidecars."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import shutil
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from printdesk.files.domain.rules import SNIFF_BYTES, InvalidUpload, metadata_name
from printdesk.files.service_layer.ports import PlacedFile, StagedFile

STAGING = ".incoming"


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


def _write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


class LocalStorage:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        (self.root / STAGING).mkdir(parents=True, exist_ok=True)

    def absolute(self, relative_path: str) -> str:
        path = (self.root / relative_path).resolve()
        if not path.is_relative_to(self.root):
            raise ValueError(f"{relative_path!r} is outside the storage root")
        return str(path)

    async def stage(self, chunks: AsyncIterator[bytes], max_bytes: int, suffix: str) -> StagedFile:
        relative = f"{STAGING}/{uuid.uuid4().hex}{suffix}"
        path = Path(self.absolute(relative))
        digest = hashlib.sha256()
        size = 0
        head = bytearray()
        try:
            with open(path, "wb") as f:
                async for chunk in chunks:
                    size += len(chunk)
                    if size > max_bytes:
                        raise InvalidUpload(
                            f"The file is larger than the {max_bytes // (1024 * 1024)} MB limit.",
                            status=413, code="file_too_large",
                        )
                    digest.update(chunk)
                    if len(head) < SNIFF_BYTES:
                        head.extend(chunk[: SNIFF_BYTES - len(head)])
                    await asyncio.to_thread(f.write, chunk)
                f.flush()
                os.fsync(f.fileno())
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        return StagedFile(relative_path=relative, size_bytes=size, sha256=digest.hexdigest(), head=bytes(head))

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
