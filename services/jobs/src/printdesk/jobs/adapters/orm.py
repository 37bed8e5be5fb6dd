"""Tables of the jobs database, mapped imperatively so the domain's Job stays a plain dataclass."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.orm import registry

from printdesk.jobs.domain.model import Job, JobStatus
from printdesk.kit.messaging.tables import inbox_table, outbox_table
from printdesk.kit.ratelimit import rate_limit_table
from printdesk.kit.roster import roster_table

metadata = sa.MetaData()
mapper_registry = registry(metadata=metadata)

jobs = sa.Table(
    "jobs",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("short_id", sa.String(12), nullable=False, unique=True),
    sa.Column("status", sa.Enum(JobStatus, name="job_status", native_enum=False, length=16), nullable=False),
    # "First Last" (each part 2–100 characters); kept whole for lists, search and file names.
    sa.Column("student_name", sa.String(201), nullable=False),
    sa.Column("student_email", sa.String(100), nullable=False),
    sa.Column("upload_id", UUID(as_uuid=True), nullable=False, unique=True),
    sa.Column("original_filename", sa.String(255), nullable=False),
    sa.Column("file_hash", sa.String(64), nullable=False),
    sa.Column("display_name", sa.String(255)),
    sa.Column("file_path", sa.Text),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    # The full submission form (migration 0003); null on jobs submitted before it.
    sa.Column("student_first_name", sa.String(100)),
    sa.Column("student_last_name", sa.String(100)),
    sa.Column("discipline", sa.String(60)),
    sa.Column("class_number", sa.String(50)),
    sa.Column("print_method", sa.String(40)),
    sa.Column("color", sa.String(60)),
    sa.Column("printer", sa.String(60)),
    sa.Column("scaling_confirmed", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("min_charge_consent", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("consent_at", sa.DateTime(timezone=True)),
    sa.Column("catalog_version", sa.Integer),
    sa.Column("tracking_token_hash", sa.String(64), unique=True),
    sa.Column("time_hours", sa.Numeric(6, 2, asdecimal=False)),
    sa.Index("ix_jobs_status_created", "status", "created_at"),
    sa.Index("ix_jobs_email", "student_email"),
    sa.Index("ix_jobs_file_hash", "file_hash"),
    sa.Index("ix_jobs_printer_created", "printer", "created_at"),
)

# The lab catalog: one active row, and every version ever saved (the audit trail of its changes).
catalog = sa.Table(
    "catalog",
    metadata,
    sa.Column("id", sa.String(16), primary_key=True, server_default="active"),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("data", JSONB, nullable=False),
    sa.Column("updated_by", sa.String(100)),
    sa.Column("workstation_id", sa.String(64)),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("id = 'active'", name="ck_catalog_single_row"),
)

catalog_history = sa.Table(
    "catalog_history",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("data", JSONB, nullable=False),
    sa.Column("updated_by", sa.String(100)),
    sa.Column("workstation_id", sa.String(64)),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)

outbox = outbox_table(metadata)
inbox = inbox_table(metadata)
staff_roster = roster_table(metadata)
rate_limits = rate_limit_table(metadata)

_mapped = False


def start_mappers() -> None:
    global _mapped
    if _mapped:
        return
    mapper_registry.map_imperatively(Job, jobs)
    _mapped = True


@event.listens_for(Job, "load", propagate=True)
def _fresh_events(job: Job, _context: object) -> None:
    job.events = []
