"""catalog copy (fed by CatalogUpdated) and an index for sweeping unclaimed uploads

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "catalog_copy",
        sa.Column("id", sa.SmallInteger, primary_key=True, server_default="1"),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("content", JSONB, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.CheckConstraint("id = 1", name="ck_catalog_copy_single_row"),
    )
    op.create_index(
        "ix_uploads_unclaimed_created_at", "uploads", ["created_at"], postgresql_where=sa.text("job_id IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_uploads_unclaimed_created_at", table_name="uploads")
    op.drop_table("catalog_copy")
