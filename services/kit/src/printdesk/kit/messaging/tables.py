"""The outbox and inbox tables every service has in its own database."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB, UUID


def outbox_table(metadata: sa.MetaData) -> sa.Table:
    return sa.Table(
        "outbox",
        metadata,
        sa.Column("event_id", UUID(as_uuid=True), primary_key=True),
        sa.Column("subject", sa.Text, nullable=False),
        sa.Column("envelope", JSONB, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("published_at", sa.DateTime(timezone=True)),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_error", sa.Text),
        sa.Index("ix_outbox_unpublished", "created_at", postgresql_where=sa.text("published_at IS NULL")),
    )


def inbox_table(metadata: sa.MetaData) -> sa.Table:
    return sa.Table(
        "inbox",
        metadata,
        sa.Column("consumer", sa.Text, primary_key=True),
        sa.Column("event_id", UUID(as_uuid=True), primary_key=True),
        sa.Column("handled_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )


def create_messaging_tables(op) -> None:  # noqa: ANN001 - alembic's `op` proxy
    """Alembic helper: create the outbox and inbox tables (each service's first migration calls it)."""
    metadata = sa.MetaData()
    metadata.create_all(op.get_bind(), tables=[outbox_table(metadata), inbox_table(metadata)])


def drop_messaging_tables(op) -> None:  # noqa: ANN001
    op.drop_table("inbox")
    op.drop_table("outbox")
