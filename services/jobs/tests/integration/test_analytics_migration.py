"""Migration 0007 (the analytics read model) goes up, down and up again, and fills nothing by itself: the
`rebuild-analytics` command does, from jobs already there."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

from printdesk.kit.db import require_postgres
from printdesk.kit.migrations import downgrade, upgrade

MIGRATIONS = "printdesk.jobs.adapters:migrations"


def test_0007_goes_up_and_down_and_the_rebuild_command_fills_it(make_database):
    url = make_database("jobs_analytics_stairway")
    upgrade(MIGRATIONS, url, "0006")
    engine = sa.create_engine(require_postgres(url))
    now = datetime.now(UTC)
    with engine.begin() as connection:
        connection.execute(sa.text(
            "INSERT INTO jobs (id, short_id, status, student_name, student_email, upload_id, original_filename,"
            " file_hash, created_at, updated_at, status_changed_at, print_method)"
            " VALUES ('j1', 'j1', 'UPLOADED', 'Old Timer', 'o@example.edu', :upload, 'o.stl', :hash, :now, :now, :now,"
            " 'Resin')"), {"upload": uuid.uuid4(), "hash": "0" * 64, "now": now})
    upgrade(MIGRATIONS, url, "0007")
    downgrade(MIGRATIONS, url, "0006")
    upgrade(MIGRATIONS, url, "0007")
    with engine.connect() as connection:
        assert connection.execute(sa.text("SELECT count(*) FROM analytics_jobs")).scalar_one() == 0
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRINTDESK_")}
    env["PRINTDESK_JOBS_DATABASE_URL"] = url
    done = subprocess.run([str(Path(sys.prefix) / "bin" / "printdesk-jobs"), "rebuild-analytics"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "rebuilt: 1 jobs" in done.stdout
    with engine.connect() as connection:
        row = connection.execute(sa.text("SELECT * FROM analytics_jobs")).mappings().one()
    engine.dispose()
    assert (row["job_id"], row["status"], row["print_method"], row["approved_at"]) == ("j1", "UPLOADED", "Resin", None)
