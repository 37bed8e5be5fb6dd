"""The per-status folders of the storage root: durable copies, atomic metadata, contained deletes, scans.

Every path is relative to the root and checked by `plain_relative_path` first. Nothing here follows a
symlink: facts come from `lstat`, deletes walk the folders with `O_NOFOLLOW` and unlink relative to the
folder's descriptor, so a link planted in the root can neither be read through nor make a delete escape it.
Blocking work runs in a thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import hashlib
import json
import os
import re
import shutil
import stat
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from printdesk.files.domain.candidates import FolderFile
from printdesk.files.domain.paths import UnsafePath, plain_relative_path
from printdesk.files.service_layer.ports import MetadataRead


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(path: Path, data: bytes, tag: str = "w") -> None:
    """Temporary file beside it, fsync, rename over it, fsync the folder: readers see the old or the new file."""
    tmp = path.with_name(f".{path.name}.{tag}.tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


# What a durable write leaves behind when its process dies mid-copy: `.<name>.<tag>.tmp` beside the target.
_TEMPORARY = re.compile(r"^\..+\.tmp$")


def _facts(name: str, st: os.stat_result) -> FolderFile:
    return FolderFile(name=name, size_bytes=st.st_size, modified_at=datetime.fromtimestamp(st.st_mtime, UTC))


class JobFolders:
    """Mixed into `LocalStorage` (which sets `root`, resolved)."""

    root: Path

    def _at(self, relative_path: str) -> Path:
        return self.root / plain_relative_path(relative_path)

    # -- reads -------------------------------------------------------------------------------------------

    def _lstat(self, relative_path: str) -> os.stat_result | None:
        try:
            return os.lstat(self._at(relative_path))
        except (FileNotFoundError, NotADirectoryError):
            return None

    async def occupied(self, relative_path: str) -> bool:
        return await asyncio.to_thread(self._lstat, relative_path) is not None

    async def file_facts(self, relative_path: str) -> FolderFile | None:
        st = await asyncio.to_thread(self._lstat, relative_path)
        if st is None or not stat.S_ISREG(st.st_mode):
            return None
        return _facts(Path(relative_path).name, st)

    def _sha256_sync(self, relative_path: str) -> str:
        digest = hashlib.sha256()
        fd = os.open(self._at(relative_path), os.O_RDONLY | os.O_NOFOLLOW)
        with os.fdopen(fd, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest()

    async def sha256(self, relative_path: str) -> str:
        return await asyncio.to_thread(self._sha256_sync, relative_path)

    def _read_metadata_sync(self, relative_path: str) -> MetadataRead:
        try:
            fd = os.open(self._at(relative_path), os.O_RDONLY | os.O_NOFOLLOW)
        except FileNotFoundError:
            return MetadataRead(exists=False, document=None)
        except OSError:
            return MetadataRead(exists=True, document=None)
        try:
            with os.fdopen(fd, "rb") as f:
                document = json.loads(f.read(4 * 1024 * 1024))
        except (ValueError, OSError):
            return MetadataRead(exists=True, document=None)
        return MetadataRead(exists=True, document=document if isinstance(document, dict) else None)

    async def read_metadata(self, relative_path: str) -> MetadataRead:
        return await asyncio.to_thread(self._read_metadata_sync, relative_path)

    def _list_folder_sync(self, folder: str) -> list[FolderFile]:
        found = []
        try:
            entries = list(os.scandir(self._at(folder)))
        except (FileNotFoundError, NotADirectoryError):
            return []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            with contextlib.suppress(FileNotFoundError):
                st = entry.stat(follow_symlinks=False)
                if stat.S_ISREG(st.st_mode):
                    found.append(_facts(entry.name, st))
        return found

    async def list_folder(self, folder: str) -> list[FolderFile]:
        return await asyncio.to_thread(self._list_folder_sync, folder)

    def _scan_sync(self) -> list[str]:
        found = []
        for directory, folders, files in os.walk(self.root):  # does not descend into linked folders
            folders[:] = [f for f in folders if not f.startswith(".")]
            base = Path(directory).relative_to(self.root)
            for name in files:
                if name.startswith("."):
                    continue
                path = Path(directory) / name
                with contextlib.suppress(FileNotFoundError):
                    if stat.S_ISREG(os.lstat(path).st_mode):
                        found.append((base / name).as_posix())
        return sorted(found)

    async def scan(self) -> list[str]:
        return await asyncio.to_thread(self._scan_sync)

    async def ensure_contained(self, relative_path: str) -> None:
        path = self._at(relative_path)
        real = Path(await asyncio.to_thread(os.path.realpath, path))
        if real != path or not real.is_relative_to(self.root):
            raise UnsafePath("The path leads out of the storage root or through a link.")

    # -- writes ------------------------------------------------------------------------------------------

    def _remove_abandoned_temporaries_sync(self, cutoff: datetime) -> list[str]:
        limit = cutoff.timestamp()
        removed = []
        for directory, folders, files, dir_fd in os.fwalk(self.root, follow_symlinks=False):
            folders[:] = [f for f in folders if not f.startswith(".")]  # staging has its own sweep
            for name in files:
                if not _TEMPORARY.match(name):
                    continue
                with contextlib.suppress(FileNotFoundError):
                    st = os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
                    if stat.S_ISREG(st.st_mode) and st.st_mtime < limit:
                        os.unlink(name, dir_fd=dir_fd)
                        removed.append((Path(directory).relative_to(self.root) / name).as_posix())
        return sorted(removed)

    async def remove_abandoned_temporaries(self, cutoff: datetime) -> list[str]:
        return await asyncio.to_thread(self._remove_abandoned_temporaries_sync, cutoff)

    def _copy_sync(self, source: str, target: str, tag: str) -> None:
        target_path = self._at(target)
        target_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = target_path.with_name(f".{target_path.name}.{tag}.tmp")
        src_fd = os.open(self._at(source), os.O_RDONLY | os.O_NOFOLLOW)
        try:
            with os.fdopen(src_fd, "rb") as src, open(tmp, "wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
                dst.flush()
                os.fsync(dst.fileno())
            with contextlib.suppress(OSError):
                shutil.copystat(self._at(source), tmp, follow_symlinks=False)  # the student's mtime travels along
            os.replace(tmp, target_path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise
        fsync_dir(target_path.parent)

    async def copy(self, source: str, target: str, tag: str) -> None:
        await asyncio.to_thread(self._copy_sync, source, target, tag)

    def _write_metadata_sync(self, relative_path: str, document: dict[str, Any]) -> None:
        path = self._at(relative_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, json.dumps(document, indent=2, sort_keys=True, default=str).encode())

    async def write_metadata(self, relative_path: str, document: dict[str, Any]) -> None:
        await asyncio.to_thread(self._write_metadata_sync, relative_path, document)

    def _remove_sync(self, relative_path: str) -> None:
        parts = plain_relative_path(relative_path).split("/")
        fd = os.open(self.root, os.O_RDONLY | os.O_DIRECTORY)
        try:
            for part in parts[:-1]:
                try:
                    inner = os.open(part, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=fd)
                except FileNotFoundError:
                    return
                except OSError as exc:
                    if exc.errno in (errno.ELOOP, errno.ENOTDIR):
                        raise UnsafePath("The path goes through a link or a file.") from exc
                    raise
                os.close(fd)
                fd = inner
            try:
                st = os.stat(parts[-1], dir_fd=fd, follow_symlinks=False)
            except FileNotFoundError:
                return
            if not stat.S_ISREG(st.st_mode):
                raise UnsafePath("Only regular files are deleted.")
            os.unlink(parts[-1], dir_fd=fd)
            os.fsync(fd)
        finally:
            os.close(fd)

    async def remove(self, relative_path: str) -> None:
        await asyncio.to_thread(self._remove_sync, relative_path)
