"""`printdesk-jobs verify-trail` on a real database: intact, then an edited and a deleted row are reported."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from printdesk.jobs.adapters.lifecycle_store import SqlLifecycleStore
from printdesk.jobs.adapters.orm import job_events
from printdesk.jobs.domain.audit import AuditRecord
from printdesk.jobs.entrypoints.cli import check_trail
from printdesk.kit.db import make_engine, make_session_factory, require_postgres

T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def verify_command(url: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRINTDESK_")}
    env["PRINTDESK_JOBS_DATABASE_URL"] = url
    return subprocess.run([str(Path(sys.prefix) / "bin" / "printdesk-jobs"), "verify-trail"],
                          env=env, capture_output=True, text=True, timeout=60)


async def test_the_verify_command_finds_an_edited_and_a_deleted_row(service_database):
    url = service_database("jobs")
    engine = make_engine(url)
    async with make_session_factory(engine)() as session, session.begin():
        await SqlLifecycleStore(session).append_trail([
            AuditRecord(seq=0, job_id="a" * 32, event_type=kind, at=T0 + timedelta(minutes=i), staff_name="Alex Kim",
                        workstation="front-desk", details={"n": i}, prev_hash="")
            for i, kind in enumerate(["JobCreated", "JobApproved", "StudentConfirmed", "JobMarkedPrinting"])
        ])
    await engine.dispose()

    assert await check_trail(url) == (4, [])
    intact = verify_command(url)
    assert intact.returncode == 0 and "intact: 4 rows" in intact.stdout

    sync = sa.create_engine(require_postgres(url))
    # The database refuses edits and deletions outright …
    for change in (sa.update(job_events).values(staff_name="Someone Else"), sa.delete(job_events),
                   sa.text("TRUNCATE job_events")):
        with pytest.raises(sa.exc.DBAPIError, match="append-only"), sync.begin() as connection:
            connection.execute(change)
    # … so someone who disables that guard (a superuser) is who the chain catches.
    with sync.begin() as connection:
        connection.execute(sa.text("ALTER TABLE job_events DISABLE TRIGGER job_events_append_only"))
        connection.execute(sa.update(job_events).where(job_events.c.seq == 2).values(staff_name="Someone Else"))
    edited = verify_command(url)
    assert edited.returncode == 1 and "row 2: its content was changed" in edited.stdout

    with sync.begin() as connection:
        connection.execute(sa.update(job_events).where(job_events.c.seq == 2).values(staff_name="Alex Kim"))
        connection.execute(sa.delete(job_events).where(job_events.c.seq == 3))
    sync.dispose()
    rows, breaks = await check_trail(url)
    assert rows == 3 and [b.seq for b in breaks] == [4, 4]
    assert "row 4: rows 3–3 are missing" in verify_command(url).stdout
