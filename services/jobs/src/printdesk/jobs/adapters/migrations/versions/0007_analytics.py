"""analytics read model: one row of facts per job (kept current from the service's own events), and the
trail indexed by time for the per-staff activity

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

FILTERS = ("printer", "print_method", "discipline")
INDEXES = {
    "created_at": (),
    "approved_at": (),
    "completed_at": ("created_at",),
    "printing_at": ("printed_on", "print_hours"),
    "paid_at": ("printed_on", "paid_cents", "quoted_cents", "weighed_g", "estimated_g"),
}


def upgrade() -> None:
    op.create_table(
        "analytics_jobs",
        sa.Column("job_id", sa.String(32), primary_key=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("printer", sa.String(60)),
        sa.Column("print_method", sa.String(40)),
        sa.Column("discipline", sa.String(60)),
        sa.Column("printed_on", sa.String(60)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("approved_at", sa.DateTime(timezone=True)),
        sa.Column("printing_at", sa.DateTime(timezone=True)),
        sa.Column("completed_at", sa.DateTime(timezone=True)),
        sa.Column("paid_at", sa.DateTime(timezone=True)),
        sa.Column("estimated_g", sa.Numeric(9, 2)),
        sa.Column("weighed_g", sa.Numeric(9, 2)),
        sa.Column("print_hours", sa.Numeric(6, 2)),
        sa.Column("quoted_cents", sa.BigInteger),
        sa.Column("paid_cents", sa.BigInteger),
        sa.Column("refreshed_at", sa.DateTime(timezone=True), nullable=False),
    )
    # Each report reads one time column over the window: its index carries what the report needs besides,
    # so the counts and sums come from the index alone (index-only scans once the table is vacuumed).
    for column, carried in INDEXES.items():
        op.create_index(f"ix_analytics_jobs_{column}", "analytics_jobs", [column],
                        postgresql_include=[*FILTERS, *carried])
    op.create_index("ix_analytics_jobs_status_created", "analytics_jobs", ["status", "created_at"])
    # Per-staff activity is counted from this index alone (the trail is append-only: index-only scans).
    op.create_index("ix_job_events_at", "job_events", ["at"], postgresql_include=["staff_name", "event_type", "job_id"])


def downgrade() -> None:
    op.drop_index("ix_job_events_at", "job_events")
    op.drop_table("analytics_jobs")
