"""the dashboard at a campus's scale: job counts per status kept by the database, and trigram indexes for search

`job_status_counts` holds one row per status with its number of jobs, kept exact by a trigger on `jobs`
(deferred to commit, so the counter rows are locked only for that instant, after every other lock the
transaction takes); the tab counts read 8 rows instead of counting every job. The search box's
`ILIKE '%term%'` on name, e-mail and class uses pg_trgm GIN indexes instead of reading the whole table.

Revision ID: 0008
Revises: 0007
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

SEARCHED = ("student_name", "student_email", "class_number")


def upgrade() -> None:
    op.execute("CREATE TABLE job_status_counts (status varchar(16) PRIMARY KEY, jobs bigint NOT NULL)")
    op.execute("""
        CREATE FUNCTION job_status_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            was varchar(16);
            now_is varchar(16);
        BEGIN
            IF TG_OP IN ('UPDATE', 'DELETE') THEN was := OLD.status; END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN now_is := NEW.status; END IF;
            IF was IS NOT DISTINCT FROM now_is THEN
                RETURN NULL;
            END IF;
            -- One statement, rows in key order: two commits moving jobs in opposite directions lock alike.
            INSERT INTO job_status_counts AS c (status, jobs)
            SELECT s, d FROM (VALUES (was, -1), (now_is, 1)) AS v(s, d) WHERE s IS NOT NULL ORDER BY s
            ON CONFLICT (status) DO UPDATE SET jobs = c.jobs + EXCLUDED.jobs;
            RETURN NULL;
        END $$
    """)
    op.execute("""
        CREATE CONSTRAINT TRIGGER job_status_counts_follow AFTER INSERT OR UPDATE OF status OR DELETE ON jobs
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION job_status_counts_follow()
    """)
    op.execute("""
        CREATE FUNCTION job_status_counts_reset() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            DELETE FROM job_status_counts;
            RETURN NULL;
        END $$
    """)
    op.execute("""
        CREATE TRIGGER job_status_counts_reset AFTER TRUNCATE ON jobs
        FOR EACH STATEMENT EXECUTE FUNCTION job_status_counts_reset()
    """)
    # Counted under a lock that lets reads through but no writer between the count and the trigger.
    op.execute("LOCK TABLE jobs IN SHARE MODE")
    op.execute("INSERT INTO job_status_counts (status, jobs) SELECT status, count(*) FROM jobs GROUP BY status")

    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for column in SEARCHED:
        op.execute(f"CREATE INDEX ix_jobs_{column}_trgm ON jobs USING gin ({column} gin_trgm_ops)")


def downgrade() -> None:
    for column in SEARCHED:
        op.execute(f"DROP INDEX ix_jobs_{column}_trgm")
    op.execute("DROP TRIGGER job_status_counts_reset ON jobs")
    op.execute("DROP FUNCTION job_status_counts_reset()")
    op.execute("DROP TRIGGER job_status_counts_follow ON jobs")
    op.execute("DROP FUNCTION job_status_counts_follow()")
    op.execute("DROP TABLE job_status_counts")
