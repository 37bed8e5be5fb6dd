"""the staff roster projection (fed by auth's StaffMember* events)

Revision ID: 0004
Revises: 0003
"""

from alembic import op

from printdesk.kit.roster import create_roster_table, drop_roster_table

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_roster_table(op)


def downgrade() -> None:
    drop_roster_table(op)
