"""Backup and restore, round trip: jobs submitted through the API are all there, with their files, after a
backup of the running stack is restored into a fresh, empty var/ (real embedded PostgreSQL and NATS)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from printdesk.devstack.backup import MANIFEST, STORAGE_TAR, BackupError, backup, read_manifest
from printdesk.devstack.backup_cli import run_backup_command
from printdesk.devstack.restore import restore
from printdesk.devstack.samples import cube_stl, submission_form
from printdesk.devstack.servers import EmbeddedNats, EmbeddedPostgres, create_database, database_url, free_port
from printdesk.devstack.stack import SERVICES, StackConfig, repo_root
from printdesk.devstack.testing import TokenMint, eventually, running_app
from printdesk.kit.diag import migration_head

SIZES = (11.0, 12.5, 14.0)


def stack_config(var: Path) -> StackConfig:
    """A stack in `var` whose PostgreSQL port (base + 32) was free a moment ago; no outside settings."""
    var.mkdir(mode=0o755)
    var.chmod(0o755)  # the embedded PostgreSQL runs as its own user
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PRINTDESK_", "NATS_URL"))}
    return StackConfig(root=repo_root(), var=var, gateway_port=0, base_port=free_port() - 32, env=env)


@contextlib.asynccontextmanager
async def jobs_and_files(config: StackConfig, mint: TokenMint) -> AsyncIterator[tuple[httpx.AsyncClient, ...]]:
    """PostgreSQL of `config.var` (migrated as `make up` does), a NATS of its own, the files and jobs services."""
    from printdesk.files.bootstrap import make_app as make_files
    from printdesk.files.config import FilesSettings
    from printdesk.jobs.adapters.uploads_client import HttpUploadLookup
    from printdesk.jobs.bootstrap import make_app as make_jobs
    from printdesk.jobs.config import JobsSettings
    from printdesk.kit.migrations import upgrade

    postgres = EmbeddedPostgres(config.var / "postgres", config.port("postgres"), config.var / "log" / "postgres.log")
    nats = EmbeddedNats(config.var / "nats", free_port(), free_port(), config.var / "log" / "nats.log")
    postgres.start()
    try:
        nats.start()
        urls = {}
        for svc in SERVICES:
            create_database(postgres.url(), f"printdesk_{svc}")
            urls[svc] = database_url(postgres.url(), f"printdesk_{svc}")
            upgrade(f"printdesk.{svc}.adapters:migrations", urls[svc])
        files_app = make_files(FilesSettings(database_url=urls["files"], nats_url=nats.url,
                                             storage_root=config.var / "storage"))
        jobs_app = make_jobs(JobsSettings(database_url=urls["jobs"], nats_url=nats.url, files_url="http://files",
                                          submission_rate_limit=1000, tracking_rate_limit=1000))
        jobs_app.state.uploads = HttpUploadLookup("http://files", transport=httpx.ASGITransport(app=files_app))
        mint.install(files_app)
        mint.install(jobs_app)
        async with running_app(files_app) as files, running_app(jobs_app) as jobs:
            yield jobs, files
    finally:
        nats.stop()
        postgres.stop()


async def stored_file(files: httpx.AsyncClient, job_id: str, headers: dict[str, str]) -> bytes | None:
    response = await files.get(f"/api/v1/files/jobs/{job_id}/download", headers=headers)
    return response.content if response.status_code == 200 else None


@pytest.fixture(scope="module")
def mint() -> TokenMint:
    return TokenMint()


@pytest.fixture(scope="module")
async def source(scratch_dir: Path, mint: TokenMint):
    """A stack with three submitted jobs, each file in place, and a backup taken while it ran."""
    config = stack_config(scratch_dir / "backup-source")
    headers = mint.headers()
    submitted: dict[str, dict] = {}
    async with jobs_and_files(config, mint) as (jobs, files):
        for size in SIZES:
            upload = await files.post("/api/v1/uploads", files={"file": ("part.stl", cube_stl(size), "model/stl")})
            assert upload.status_code == 201, upload.text
            job = await jobs.post("/api/v1/submissions", json=submission_form(upload.json()["upload_id"]))
            assert job.status_code == 201, job.text
            job_id = job.json()["job_id"]
            assert await eventually(lambda j=job_id: stored_file(files, j, headers)) == cube_stl(size)
            detail = await jobs.get(f"/api/v1/jobs/{job_id}", headers=headers)
            submitted[job_id] = {"detail": detail.json(), "bytes": cube_stl(size)}
        # While everything runs, as `make backup` does it.
        assert await asyncio.to_thread(run_backup_command, config, "backup", []) == 0
    [where] = (config.var / "backups").iterdir()
    return config, where, submitted


def test_the_backup_holds_every_database_the_storage_and_a_manifest(source):
    config, where, submitted = source
    assert where.parent == config.var / "backups"
    manifest = json.loads((where / MANIFEST).read_text())
    assert set(manifest["databases"]) == set(SERVICES)
    for svc, part in manifest["databases"].items():
        assert (where / f"{svc}.dump").stat().st_size == part["bytes"]
        assert part["migration"] == part["migration_head"] == migration_head(svc)
    assert manifest["databases"]["jobs"]["counts"]["jobs"] == len(submitted)
    assert manifest["storage"]["files"] >= len(submitted)
    assert manifest["versions"]["printdesk-jobs"] == "0.1.0"
    assert read_manifest(where) == manifest  # every checksum matches


async def test_a_restored_stack_has_every_job_and_every_file(source, scratch_dir, mint, capsys):
    _, where, submitted = source
    target = stack_config(scratch_dir / "restored")
    # As `make restore FROM=…` does it.
    assert await asyncio.to_thread(run_backup_command, target, "restore", [str(where)]) == 0
    assert f"{len(submitted)} jobs" in capsys.readouterr().out

    headers = mint.headers()
    async with jobs_and_files(target, mint) as (jobs, files):
        listed = await jobs.get("/api/v1/jobs", headers=headers)
        assert listed.status_code == 200
        assert {j["id"] for j in listed.json()["jobs"]} == set(submitted)
        for job_id, expected in submitted.items():
            detail = await jobs.get(f"/api/v1/jobs/{job_id}", headers=headers)
            assert detail.status_code == 200
            assert detail.json() == expected["detail"]
            assert await stored_file(files, job_id, headers) == expected["bytes"]
        # The trail of job events came back whole: its hash chain verifies.
        from printdesk.jobs.entrypoints.cli import check_trail

        postgres = EmbeddedPostgres(target.var / "postgres", target.port("postgres"), Path("/dev/null"))
        rows, breaks = await check_trail(database_url(postgres.url(), "printdesk_jobs"))
        assert rows >= len(submitted) and breaks == []


async def test_restore_refuses_a_target_that_holds_data_unless_forced(source, scratch_dir, mint):
    config, where, submitted = source  # the source's own var/ has data (and is stopped now)
    with pytest.raises(BackupError, match="already holds data"):
        await asyncio.to_thread(restore, config, where)
    assert sorted((config.var / "storage").iterdir())  # untouched

    forced = await asyncio.to_thread(restore, config, where, force=True)
    assert forced["databases"]["jobs"]["counts"]["jobs"] == len(submitted)
    kept = list(config.var.glob("storage.replaced-*"))
    assert len(kept) == 1 and any(kept[0].iterdir()), "the replaced storage root is kept aside"


def test_backup_refuses_a_directory_that_is_not_empty_and_a_stack_never_started(source, scratch_dir):
    config, where, _ = source
    with pytest.raises(BackupError, match="not empty"):
        backup(config, where)
    with pytest.raises(BackupError, match="nothing to back up"):
        backup(stack_config(scratch_dir / "never-started"))


def test_restore_refuses_a_damaged_backup_before_touching_anything(source, scratch_dir):
    _, where, _ = source
    damaged = scratch_dir / "damaged-backup"
    shutil.copytree(where, damaged)
    with (damaged / STORAGE_TAR).open("ab") as f:
        f.write(b"\0")
    target = stack_config(scratch_dir / "not-restored")
    with pytest.raises(BackupError, match="checksum"):
        restore(target, damaged)
    assert list(target.var.iterdir()) == []

    (damaged / MANIFEST).write_text("{not json")
    with pytest.raises(BackupError, match="not valid JSON"):
        restore(target, damaged)
    with pytest.raises(BackupError, match="not a PrintDesk backup"):
        restore(target, scratch_dir)


def test_restore_refuses_while_the_stack_runs(source, scratch_dir, capsys):
    _, where, _ = source
    target = stack_config(scratch_dir / "running")
    target.state_file.parent.mkdir(parents=True)
    target.state_file.write_text(json.dumps({"pid": os.getpid()}))  # this process: alive
    assert run_backup_command(target, "restore", [str(where)]) == 1
    assert "PrintDesk is running" in capsys.readouterr().err
    assert not (target.var / "postgres").exists()
