"""the trail of job events is append-only in the database itself: UPDATE and DELETE are refused

Revision ID: 0006
Revises: 0005
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("""
        CREATE FUNCTION job_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'the trail of job events is append-only (% refused)', TG_OP
                USING ERRCODE = 'insufficient_privilege';
        END $$
    """)
    op.execute("""
        CREATE TRIGGER job_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON job_events
        FOR EACH STATEMENT EXECUTE FUNCTION job_events_append_only()
    """)


def downgrade() -> None:
    op.execute("DROP TRIGGER job_events_append_only ON job_events")
    op.execute("DROP FUNCTION job_events_append_only()")
