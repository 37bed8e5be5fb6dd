"""admin requests: resends and test messages say who asked (the staff roster projection checks the name)

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import UUID

from printdesk.kit.roster import create_roster_table, drop_roster_table

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("messages", sa.Column("requested_by", sa.String(100)))
    op.add_column("messages", sa.Column("resent_from", UUID(as_uuid=True)))
    create_roster_table(op)


def downgrade() -> None:
    drop_roster_table(op)
    op.drop_column("messages", "resent_from")
    op.drop_column("messages", "requested_by")
