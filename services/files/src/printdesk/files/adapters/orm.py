"""Tables of the files database."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB, UUID

from printdesk.kit.catalog_copy import catalog_copy_table
from printdesk.kit.messaging.tables import inbox_table, outbox_table
from printdesk.kit.roster import roster_table

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
    # Since 0004: the status last applied (and when the jobs service changed it), the student's original
    # while another file is the one to print, and the metadata.json as last written.
    sa.Column("status", sa.String(16), nullable=False, server_default="UPLOADED"),
    sa.Column("status_at", sa.DateTime(timezone=True)),
    sa.Column("original_path", sa.Text),
    sa.Column("document", JSONB),
)

# A change to a job's files, recorded before a file is touched (service_layer.moves): copying -> cleanup -> done.
file_moves = sa.Table(
    "file_moves",
    metadata,
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
sa.Index("ix_file_moves_unfinished", file_moves.c.created_at, postgresql_where=file_moves.c.phase != "done")
sa.Index("ix_file_moves_job_id", file_moves.c.job_id)

# Every admin action on the storage root (delete orphan/stale, repair metadata/location), attributed.
storage_audit_actions = sa.Table(
    "storage_audit_actions",
    metadata,
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

# The latest lab catalog the jobs service announced (one row); estimates use it, the seed until it exists.
catalog_copy = catalog_copy_table(metadata)

sa.Index("ix_uploads_unclaimed_created_at", uploads.c.created_at, postgresql_where=uploads.c.job_id.is_(None))

link_keys = sa.Table(
    "link_keys",
    metadata,
    sa.Column("key_id", sa.String(32), primary_key=True),
    sa.Column("private_pem", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    sa.Column("retired_at", sa.DateTime(timezone=True)),
)

staff_roster = roster_table(metadata)
outbox = outbox_table(metadata)
inbox = inbox_table(metadata)
