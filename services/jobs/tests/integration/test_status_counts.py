"""The counts per status the database keeps (migration 0008) always equal counting the jobs themselves."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime

import sqlalchemy as sa

from printdesk.jobs.adapters.repository import JobFilters, SqlJobQueries
from printdesk.jobs.domain.model import JobStatus
from printdesk.kit.db import make_engine, make_session_factory, require_postgres
from printdesk.kit.migrations import downgrade, upgrade

MIGRATIONS = "printdesk.jobs.adapters:migrations"


def _engine(url: str) -> sa.Engine:
    return sa.create_engine(require_postgres(url))


def _insert(connection: sa.Connection, status: str) -> str:
    job_id = uuid.uuid4().hex
    now = datetime.now(UTC)
    connection.execute(sa.text(
        "INSERT INTO jobs (id, short_id, status, student_name, student_email, upload_id, original_filename,"
        " file_hash, created_at, updated_at, status_changed_at) VALUES (:id, :short, :status, 'Ada Lovelace',"
        " 'ada@example.edu', :upload, 'a.stl', :hash, :now, :now, :now)"
    ), {"id": job_id, "short": job_id[:12], "status": status, "upload": uuid.uuid4(), "hash": "0" * 64, "now": now})
    return job_id


def _kept_and_counted(engine: sa.Engine) -> tuple[dict[str, int], dict[str, int]]:
    with engine.connect() as connection:
        kept = dict(connection.execute(sa.text("SELECT status, jobs FROM job_status_counts WHERE jobs <> 0")).all())
        counted = dict(connection.execute(sa.text("SELECT status, count(*) FROM jobs GROUP BY status")).all())
    return kept, counted


def test_counts_follow_inserts_status_changes_deletes_and_truncate(make_database):
    url = make_database("jobs_counts")
    upgrade(MIGRATIONS, url, "0007")
    engine = _engine(url)
    with engine.begin() as connection:  # jobs from before the migration are counted when it runs
        before = [_insert(connection, "UPLOADED") for _ in range(3)]
    upgrade(MIGRATIONS, url)
    assert _kept_and_counted(engine) == ({"UPLOADED": 3}, {"UPLOADED": 3})

    with engine.begin() as connection:
        later = _insert(connection, "PENDING")
        connection.execute(sa.text("UPDATE jobs SET status = 'PENDING' WHERE id = :id"), {"id": before[0]})
        connection.execute(sa.text("UPDATE jobs SET status = 'READYTOPRINT' WHERE id = :id"), {"id": before[0]})
        connection.execute(sa.text("UPDATE jobs SET notes = 'checked' WHERE id = :id"), {"id": before[1]})
        connection.execute(sa.text("DELETE FROM jobs WHERE id = :id"), {"id": before[2]})
    kept, counted = _kept_and_counted(engine)
    assert kept == counted == {"UPLOADED": 1, "PENDING": 1, "READYTOPRINT": 1}

    with engine.begin() as connection:  # a rolled-back change leaves the counts as they were
        connection.execute(sa.text("UPDATE jobs SET status = 'ARCHIVED' WHERE id = :id"), {"id": later})
        connection.rollback()
    assert _kept_and_counted(engine)[0] == {"UPLOADED": 1, "PENDING": 1, "READYTOPRINT": 1}

    with engine.begin() as connection:
        connection.execute(sa.text("TRUNCATE jobs CASCADE"))
    assert _kept_and_counted(engine) == ({}, {})
    engine.dispose()


def test_opposite_moves_committed_at_once_neither_deadlock_nor_drift(make_database):
    url = make_database("jobs_counts_race")
    upgrade(MIGRATIONS, url)
    engine = _engine(url)
    with engine.begin() as connection:
        uploaded = [_insert(connection, "UPLOADED") for _ in range(20)]
        pending = [_insert(connection, "PENDING") for _ in range(20)]
    failures: list[BaseException] = []

    def move(ids: list[str], to: str) -> None:
        try:
            for job_id in ids:
                with engine.begin() as connection:
                    connection.execute(sa.text("UPDATE jobs SET status = :to WHERE id = :id"), {"to": to, "id": job_id})
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    threads = [threading.Thread(target=move, args=(uploaded, "PENDING")),
               threading.Thread(target=move, args=(pending, "UPLOADED"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    kept, counted = _kept_and_counted(engine)
    assert kept == counted == {"UPLOADED": 20, "PENDING": 20}
    engine.dispose()


def test_the_migration_goes_down_and_up_again(make_database):
    url = make_database("jobs_counts_stairs")
    upgrade(MIGRATIONS, url)
    downgrade(MIGRATIONS, url, "0007")
    engine = _engine(url)
    with engine.begin() as connection:
        _insert(connection, "COMPLETED")
        assert connection.execute(sa.text("SELECT to_regclass('job_status_counts')")).scalar_one() is None
    upgrade(MIGRATIONS, url, "0008")
    assert _kept_and_counted(engine) == ({"COMPLETED": 1}, {"COMPLETED": 1})
    engine.dispose()


async def test_the_dashboard_reads_give_the_same_totals_with_and_without_a_search(make_database):
    url = make_database("jobs_counts_reads")
    upgrade(MIGRATIONS, url)
    engine = _engine(url)
    with engine.begin() as connection:
        for status in ("UPLOADED", "UPLOADED", "PENDING"):
            _insert(connection, status)
    engine.dispose()
    every = JobFilters(search="lovelace")  # matches every job: the grouped count over the matches
    async_engine = make_engine(url)
    try:
        async with make_session_factory(async_engine)() as session:
            queries = SqlJobQueries(session)
            kept_page, kept_total = await queries.page(JobStatus.UPLOADED, 1, 50)
            found_page, found_total = await queries.page(JobStatus.UPLOADED, 1, 50, every)
            kept, found = await queries.counts(), await queries.counts(every)
    finally:
        await async_engine.dispose()
    assert kept_total == found_total == len(kept_page) == len(found_page) == 2
    assert kept == found
    assert kept[JobStatus.UPLOADED] == 2 and kept[JobStatus.PENDING] == 1 and kept[JobStatus.ARCHIVED] == 0
