"""every field of the submission form on the job, the tracking token's hash, and the rate-limit table

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from printdesk.kit.ratelimit import create_rate_limit_table, drop_rate_limit_table

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_NEW_COLUMNS = [
    sa.Column("student_first_name", sa.String(100)),
    sa.Column("student_last_name", sa.String(100)),
    sa.Column("discipline", sa.String(60)),
    sa.Column("class_number", sa.String(50)),
    sa.Column("print_method", sa.String(40)),
    sa.Column("color", sa.String(60)),
    sa.Column("printer", sa.String(60)),
    sa.Column("scaling_confirmed", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("min_charge_consent", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("consent_at", sa.DateTime(timezone=True)),
    sa.Column("catalog_version", sa.Integer),
    sa.Column("tracking_token_hash", sa.String(64)),
    sa.Column("time_hours", sa.Numeric(6, 2)),
]


def upgrade() -> None:
    op.alter_column("jobs", "student_name", type_=sa.String(201), existing_nullable=False)
    for column in _NEW_COLUMNS:
        op.add_column("jobs", column)
    op.create_unique_constraint("jobs_tracking_token_hash_key", "jobs", ["tracking_token_hash"])
    op.create_index("ix_jobs_printer_created", "jobs", ["printer", "created_at"])
    create_rate_limit_table(op)


def downgrade() -> None:
    drop_rate_limit_table(op)
    op.drop_index("ix_jobs_printer_created", "jobs")
    op.drop_constraint("jobs_tracking_token_hash_key", "jobs", type_="unique")
    for column in reversed(_NEW_COLUMNS):
        op.drop_column("jobs", column.name)
    op.execute("UPDATE jobs SET student_name = left(student_name, 100)")
    op.alter_column("jobs", "student_name", type_=sa.String(100), existing_nullable=False)
