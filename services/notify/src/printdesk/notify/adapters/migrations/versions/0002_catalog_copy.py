"""catalog copy (fed by CatalogUpdated): the lab's details in every e-mail

Revision ID: 0002
Revises: 0001
"""

from alembic import op

from printdesk.kit.catalog_copy import create_catalog_copy_table, drop_catalog_copy_table

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_catalog_copy_table(op)


def downgrade() -> None:
    drop_catalog_copy_table(op)
