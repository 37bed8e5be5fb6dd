"""catalog copy (fed by CatalogUpdated): the lab's details in every e-mail

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


def downgrade() -> None:
    op.drop_table("catalog_copy")
