"""lab catalog (active row + history), seeded with version 1 and its CatalogUpdated event

Revision ID: 0002
Revises: 0001

The seed's event goes into the outbox in the same transaction as the seed itself, so every copy of the
catalog (the files service's) starts from the same version 1 as soon as the relay runs.
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB, UUID

from printdesk.contracts.api.catalog import seed_catalog
from printdesk.contracts.envelope import Actor
from printdesk.contracts.events import CatalogUpdated, make_event

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _columns() -> list[sa.Column]:
    return [
        sa.Column("data", JSONB, nullable=False),
        sa.Column("updated_by", sa.String(100)),
        sa.Column("workstation_id", sa.String(64)),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    catalog = op.create_table(
        "catalog",
        sa.Column("id", sa.String(16), primary_key=True, server_default="active"),
        sa.Column("version", sa.Integer, nullable=False),
        *_columns(),
        sa.CheckConstraint("id = 'active'", name="ck_catalog_single_row"),
    )
    history = op.create_table("catalog_history", sa.Column("version", sa.Integer, primary_key=True), *_columns())

    data = seed_catalog().model_dump(mode="json")
    now = datetime.now(UTC)
    op.bulk_insert(catalog, [{"id": "active", "version": 1, "data": data, "updated_by": None, "updated_at": now}])
    op.bulk_insert(history, [{"version": 1, "data": data, "updated_by": None, "updated_at": now}])
    event = make_event(CatalogUpdated(version=1, catalog=data), producer="jobs", actor=Actor.system())
    outbox = sa.table(
        "outbox", sa.column("event_id", UUID(as_uuid=True)), sa.column("subject", sa.Text), sa.column("envelope", JSONB)
    )
    op.bulk_insert(
        outbox, [{"event_id": event.event_id, "subject": event.subject, "envelope": event.model_dump(mode="json")}]
    )


def downgrade() -> None:
    op.drop_table("catalog_history")
    op.drop_table("catalog")
