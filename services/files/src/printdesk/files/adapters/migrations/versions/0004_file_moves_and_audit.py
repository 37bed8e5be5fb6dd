"""moves with the job (intents), the records a move needs, the storage audit log, the staff roster

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB, UUID

from printdesk.kit.roster import create_roster_table, drop_roster_table

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Every file placed before this revision was placed for a submission, i.e. UPLOADED.
    op.add_column("stored_files", sa.Column("status", sa.String(16), nullable=False, server_default="UPLOADED"))
    op.add_column("stored_files", sa.Column("status_at", sa.DateTime(timezone=True)))
    op.add_column("stored_files", sa.Column("original_path", sa.Text))
    op.add_column("stored_files", sa.Column("document", JSONB))
    op.create_table(
        "file_moves",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        sa.Column("event_id", UUID(as_uuid=True), nullable=False),
        sa.Column("job_id", sa.String(32), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("change", JSONB, nullable=False),
        sa.Column("phase", sa.String(16), nullable=False),
        sa.Column("sources", JSONB, nullable=False, server_default=sa.text("'[]'::jsonb")),
        sa.Column("outcome", sa.String(32)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.UniqueConstraint("event_id", name="uq_file_moves_event_id"),
    )
    op.create_index("ix_file_moves_unfinished", "file_moves", ["created_at"],
                    postgresql_where=sa.text("phase <> 'done'"))
    op.create_index("ix_file_moves_job_id", "file_moves", ["job_id"])
    op.create_table(
        "storage_audit_actions",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("staff_name", sa.String(100), nullable=False),
        sa.Column("workstation_id", sa.String(100)),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("job_id", sa.String(32)),
        sa.Column("path", sa.Text),
        sa.Column("outcome", sa.String(32), nullable=False),
        sa.Column("details", JSONB, nullable=False),
    )
    create_roster_table(op)


def downgrade() -> None:
    drop_roster_table(op)
    op.drop_table("storage_audit_actions")
    op.drop_index("ix_file_moves_job_id", table_name="file_moves")
    op.drop_index("ix_file_moves_unfinished", table_name="file_moves")
    op.drop_table("file_moves")
    for column in ("document", "original_path", "status_at", "status"):
        op.drop_column("stored_files", column)
