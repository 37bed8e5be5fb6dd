"""jobs table, outbox and inbox

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import UUID

from printdesk.kit.messaging.tables import create_messaging_tables, drop_messaging_tables

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "jobs",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("short_id", sa.String(12), nullable=False, unique=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("student_name", sa.String(100), nullable=False),
        sa.Column("student_email", sa.String(100), nullable=False),
        sa.Column("upload_id", UUID(as_uuid=True), nullable=False, unique=True),
        sa.Column("original_filename", sa.String(255), nullable=False),
        sa.Column("file_hash", sa.String(64), nullable=False),
        sa.Column("display_name", sa.String(255)),
        sa.Column("file_path", sa.Text),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_jobs_status_created", "jobs", ["status", "created_at"])
    op.create_index("ix_jobs_email", "jobs", ["student_email"])
    op.create_index("ix_jobs_file_hash", "jobs", ["file_hash"])
    create_messaging_tables(op)


def downgrade() -> None:
    drop_messaging_tables(op)
    op.drop_table("jobs")
