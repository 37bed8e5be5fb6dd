"""catalog copy (fed by CatalogUpdated) and an index for sweeping unclaimed uploads

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from printdesk.kit.catalog_copy import create_catalog_copy_table, drop_catalog_copy_table

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_catalog_copy_table(op)
    op.create_index(
        "ix_uploads_unclaimed_created_at", "uploads", ["created_at"], postgresql_where=sa.text("job_id IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_uploads_unclaimed_created_at", table_name="uploads")
    drop_catalog_copy_table(op)
