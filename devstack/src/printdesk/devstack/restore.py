"""Restoring a backup (`printdesk-stack restore FROM [--force]`) into a stopped stack; see `backup.py`."""

from __future__ import annotations

import tarfile
from datetime import UTC, datetime
from pathlib import Path

from printdesk.devstack.backup import (
    STORAGE_TAR,
    BackupError,
    Target,
    client_args,
    database_exists,
    database_facts,
    database_name,
    pg_bin_dir,
    psycopg_url,
    read_manifest,
    run_tool,
    stack_databases,
    stack_running,
)
from printdesk.devstack.servers import database_url
from printdesk.devstack.stack import SERVICES, StackConfig


def _admin_url(target: Target, url: str) -> str:
    return target.admin_url or database_url(url, "postgres")


def existing_data(target: Target) -> list[str]:
    """What the target already holds: databases of the services, files in the storage root."""
    found = [f"database {database_name(url)}" for svc, url in target.urls.items()
             if database_exists(_admin_url(target, url), database_name(url))]
    if target.storage_root.is_dir() and any(target.storage_root.iterdir()):
        found.append(f"files in {target.storage_root}")
    return found


def _recreate_database(target: Target, url: str) -> None:
    import psycopg
    from psycopg import sql

    name = database_name(url)
    with psycopg.connect(psycopg_url(_admin_url(target, url)), autocommit=True, connect_timeout=10) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def _unpack_storage(archive: Path, root: Path) -> None:
    if root.exists() and any(root.iterdir()):
        # --force: keep what was there beside it rather than deleting it.
        aside = root.with_name(f"{root.name}.replaced-{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}")
        root.rename(aside)
        print(f"the previous storage root is kept in {aside}")
    root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive) as tar:
        tar.extractall(root, filter="data")  # refuses absolute paths, `..` and links out of the root


def restore(config: StackConfig, source: Path, *, force: bool = False) -> dict:
    """Restore the backup in `source` into the stack of `config` (stopped). Returns the manifest."""
    source = source.resolve()
    manifest = read_manifest(source)  # every part checked before anything is touched
    if pid := stack_running(config):
        raise BackupError(f"PrintDesk is running (pid {pid}): stop it first (`make down`), then restore")
    for sub in ("log", "run"):
        (config.var / sub).mkdir(parents=True, exist_ok=True)
    with stack_databases(config, create_cluster=True) as target:
        there = existing_data(target)
        if there and not force:
            raise BackupError("the target already holds data (" + "; ".join(there) + "): restore into an empty "
                              "var/ or pass --force to replace it")
        for svc in SERVICES:
            url = target.urls[svc]
            _recreate_database(target, url)
            args, env = client_args(url)
            run_tool([str(pg_bin_dir() / "pg_restore"), "--no-owner", "--no-privileges", "--exit-on-error", *args,
                  str(source / f"{svc}.dump")], env, f"pg_restore of the {svc} database")
        _unpack_storage(source / STORAGE_TAR, target.storage_root)
        mismatched = []
        for svc in SERVICES:
            counts = database_facts(target.urls[svc])["counts"]
            mismatched += [f"{svc}: {table} has {counts.get(table)} rows, the backup had {expected}"
                           for table, expected in manifest["databases"][svc]["counts"].items()
                           if counts.get(table) != expected]
    if mismatched:
        raise BackupError("the restored databases differ from the backup: " + "; ".join(mismatched))
    return manifest
