"""The jobs migrations walk up and down cleanly (a "stairway"), keeping jobs that existed before the full form."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa

from printdesk.kit.db import require_postgres
from printdesk.kit.migrations import downgrade, upgrade

MIGRATIONS = "printdesk.jobs.adapters:migrations"
REVISIONS = ["0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008"]


def test_every_migration_goes_up_and_down_and_up_again(make_database):
    url = make_database("jobs_stairway")
    for revision in REVISIONS:
        upgrade(MIGRATIONS, url, revision)
        downgrade(MIGRATIONS, url, "-1")
        upgrade(MIGRATIONS, url, revision)
    downgrade(MIGRATIONS, url, "base")
    upgrade(MIGRATIONS, url)


def test_a_job_from_before_the_full_form_survives_the_upgrade(make_database):
    url = make_database("jobs_upgrade")
    upgrade(MIGRATIONS, url, "0001")
    engine = sa.create_engine(require_postgres(url))
    now = datetime.now(UTC)
    with engine.begin() as connection:
        connection.execute(sa.text(
            "INSERT INTO jobs (id, short_id, status, student_name, student_email, upload_id, original_filename,"
            " file_hash, created_at, updated_at) VALUES (:id, 'abcdef', 'UPLOADED', 'Old Timer', 'old@example.edu',"
            " :upload, 'old.stl', :hash, :now, :now)"
        ), {"id": "abcdef" + "0" * 26, "upload": uuid.uuid4(), "hash": "0" * 64, "now": now})
    upgrade(MIGRATIONS, url)
    with engine.connect() as connection:
        row = connection.execute(sa.text("SELECT * FROM jobs")).mappings().one()
        version = connection.execute(sa.text("SELECT version FROM catalog")).scalar_one()
        seeded = connection.execute(
            sa.text("SELECT count(*) FROM outbox WHERE subject = 'jobs.catalog.updated.v1'")
        ).scalar_one()
    engine.dispose()
    assert row["student_name"] == "Old Timer"
    assert row["printer"] is None and row["tracking_token_hash"] is None
    assert row["scaling_confirmed"] is False and row["min_charge_consent"] is False
    assert version == 1 and seeded == 1
    # The lifecycle's columns start empty, and retention counts from the job's last change.
    assert row["notes"] == "" and row["rejection_reasons"] == [] and row["lock_workstation"] is None
    assert row["status_changed_at"] == row["updated_at"]
