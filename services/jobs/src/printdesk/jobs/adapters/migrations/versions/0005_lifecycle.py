"""the job lifecycle: quote, confirmation link, lock, notes, payments, print failures and the hash-chained trail

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_NEW_COLUMNS = [
    sa.Column("weight_g", sa.Numeric(9, 2)),
    sa.Column("cost", sa.Numeric(9, 2)),
    sa.Column("printing_printer", sa.String(60)),
    sa.Column("staff_viewed_at", sa.DateTime(timezone=True)),
    sa.Column("rejection_reasons", JSONB, nullable=False, server_default=sa.text("'[]'::jsonb")),
    sa.Column("rejection_custom_reason", sa.Text),
    sa.Column("notes", sa.Text, nullable=False, server_default=""),
    sa.Column("last_updated_by", sa.String(100)),
    sa.Column("lock_workstation", sa.String(64)),
    sa.Column("lock_staff_name", sa.String(100)),
    sa.Column("lock_expires_at", sa.DateTime(timezone=True)),
    sa.Column("confirm_token_hash", sa.String(64)),
    sa.Column("confirm_expires_at", sa.DateTime(timezone=True)),
    sa.Column("confirm_used_at", sa.DateTime(timezone=True)),
    sa.Column("confirmation_last_sent_at", sa.DateTime(timezone=True)),
    sa.Column("status_changed_at", sa.DateTime(timezone=True)),
]


def upgrade() -> None:
    for column in _NEW_COLUMNS:
        op.add_column("jobs", column)
    op.execute("UPDATE jobs SET status_changed_at = updated_at")
    op.alter_column("jobs", "status_changed_at", nullable=False)
    op.create_unique_constraint("jobs_confirm_token_hash_key", "jobs", ["confirm_token_hash"])
    op.create_index("ix_jobs_status_changed", "jobs", ["status", "status_changed_at"])
    op.create_table(
        "payments",
        sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
        sa.Column("job_id", sa.String(32), sa.ForeignKey("jobs.id", ondelete="CASCADE"), nullable=False),
        sa.Column("grams", sa.Numeric(9, 2), nullable=False),
        sa.Column("price", sa.Numeric(9, 2), nullable=False),
        sa.Column("txn_no", sa.String(64), nullable=False),
        sa.Column("picked_up_by", sa.String(100), nullable=False),
        sa.Column("recorded_by", sa.String(100), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("is_current", sa.Boolean, nullable=False),
    )
    op.create_index("ix_payments_job", "payments", ["job_id"])
    op.create_index("ix_payments_recorded_at", "payments", ["recorded_at"])
    op.create_table(
        "print_failures",
        sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
        sa.Column("job_id", sa.String(32), sa.ForeignKey("jobs.id", ondelete="CASCADE"), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("printer", sa.String(60)),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_print_failures_job", "print_failures", ["job_id"])
    op.create_table(
        "job_events",
        sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
        # No foreign key: the trail outlives a deleted job.
        sa.Column("job_id", sa.String(32), nullable=False),
        sa.Column("event_type", sa.String(40), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("staff_name", sa.String(100)),
        sa.Column("workstation", sa.String(64)),
        sa.Column("details", JSONB, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_job_events_job_seq", "job_events", ["job_id", "seq"])
    op.create_index("ix_job_events_type_at", "job_events", ["event_type", "at"])


def downgrade() -> None:
    op.drop_table("job_events")
    op.drop_table("print_failures")
    op.drop_table("payments")
    op.drop_index("ix_jobs_status_changed", "jobs")
    op.drop_constraint("jobs_confirm_token_hash_key", "jobs", type_="unique")
    for column in reversed(_NEW_COLUMNS):
        op.drop_column("jobs", column.name)
