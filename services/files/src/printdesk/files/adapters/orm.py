"""Tables of the files database."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB, UUID

from printdesk.kit.messaging.tables import inbox_table, outbox_table

metadata = sa.MetaData()

uploads = sa.Table(
    "uploads",
    metadata,
    sa.Column("id", UUID(as_uuid=True), primary_key=True),
    sa.Column("original_filename", sa.String(255), nullable=False),
    sa.Column("safe_filename", sa.String(255), nullable=False),
    sa.Column("kind", sa.String(8), nullable=False),
    sa.Column("size_bytes", sa.BigInteger, nullable=False),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("staged_path", sa.Text, nullable=False),
    sa.Column("analysis", JSONB),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("job_id", sa.String(32)),
    sa.Column("claimed_at", sa.DateTime(timezone=True)),
)

stored_files = sa.Table(
    "stored_files",
    metadata,
    sa.Column("job_id", sa.String(32), primary_key=True),
    sa.Column("upload_id", UUID(as_uuid=True), nullable=False),
    sa.Column("relative_path", sa.Text, nullable=False),
    sa.Column("metadata_path", sa.Text, nullable=False),
    sa.Column("display_name", sa.String(255), nullable=False),
    sa.Column("status_folder", sa.String(32), nullable=False),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("size_bytes", sa.BigInteger, nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
)

# The latest lab catalog the jobs service announced (one row); estimates use it, the seed until it exists.
catalog_copy = sa.Table(
    "catalog_copy",
    metadata,
    sa.Column("id", sa.SmallInteger, primary_key=True, server_default="1"),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("content", JSONB, nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    sa.CheckConstraint("id = 1", name="ck_catalog_copy_single_row"),
)

sa.Index("ix_uploads_unclaimed_created_at", uploads.c.created_at, postgresql_where=uploads.c.job_id.is_(None))

link_keys = sa.Table(
    "link_keys",
    metadata,
    sa.Column("key_id", sa.String(32), primary_key=True),
    sa.Column("private_pem", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    sa.Column("retired_at", sa.DateTime(timezone=True)),
)

outbox = outbox_table(metadata)
inbox = inbox_table(metadata)
