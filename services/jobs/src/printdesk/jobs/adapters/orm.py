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
    # The lifecycle (migration 0005): read and written by the lifecycle store, not mapped onto `Job`.
    sa.Column("weight_g", sa.Numeric(9, 2)),
    sa.Column("cost", sa.Numeric(9, 2)),
    sa.Column("printing_printer", sa.String(60)),
    sa.Column("staff_viewed_at", sa.DateTime(timezone=True)),
    sa.Column("rejection_reasons", JSONB, nullable=False, server_default=sa.text("'[]'::jsonb")),
    sa.Column("rejection_custom_reason", sa.Text),
    sa.Column("notes", sa.Text, nullable=False, server_default=""),
    sa.Column("last_updated_by", sa.String(100)),
    sa.Column("lock_workstation", sa.String(64)),
    sa.Column("lock_staff_name", sa.String(100)),
    sa.Column("lock_expires_at", sa.DateTime(timezone=True)),
    sa.Column("confirm_token_hash", sa.String(64), unique=True),
    sa.Column("confirm_expires_at", sa.DateTime(timezone=True)),
    sa.Column("confirm_used_at", sa.DateTime(timezone=True)),
    sa.Column("confirmation_last_sent_at", sa.DateTime(timezone=True)),
    sa.Column("status_changed_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_jobs_status_created", "status", "created_at"),
    sa.Index("ix_jobs_status_changed", "status", "status_changed_at"),
    sa.Index("ix_jobs_email", "student_email"),
    sa.Index("ix_jobs_file_hash", "file_hash"),
    sa.Index("ix_jobs_printer_created", "printer", "created_at"),
)

# Jobs per status, kept exact by a trigger on `jobs` (migration 0008): what the dashboard's tabs show.
job_status_counts = sa.Table(
    "job_status_counts",
    metadata,
    sa.Column("status", sa.String(16), primary_key=True),
    sa.Column("jobs", sa.BigInteger, nullable=False),
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

payments = sa.Table(
    "payments",
    metadata,
    sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
    sa.Column("job_id", sa.String(32), sa.ForeignKey("jobs.id", ondelete="CASCADE"), nullable=False),
    sa.Column("grams", sa.Numeric(9, 2), nullable=False),
    sa.Column("price", sa.Numeric(9, 2), nullable=False),
    sa.Column("txn_no", sa.String(64), nullable=False),
    sa.Column("picked_up_by", sa.String(100), nullable=False),
    sa.Column("recorded_by", sa.String(100), nullable=False),
    sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
    # False once a revert-pickup set it aside: kept as history, no longer the job's charge.
    sa.Column("is_current", sa.Boolean, nullable=False),
    sa.Index("ix_payments_job", "job_id"),
    sa.Index("ix_payments_recorded_at", "recorded_at"),
)

print_failures = sa.Table(
    "print_failures",
    metadata,
    sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
    sa.Column("job_id", sa.String(32), sa.ForeignKey("jobs.id", ondelete="CASCADE"), nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("printer", sa.String(60)),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_print_failures_job", "job_id"),
)

# The append-only, hash-chained trail (domain/audit.py). No foreign key: it outlives a deleted job.
job_events = sa.Table(
    "job_events",
    metadata,
    sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("job_id", sa.String(32), nullable=False),
    sa.Column("event_type", sa.String(40), nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("staff_name", sa.String(100)),
    sa.Column("workstation", sa.String(64)),
    sa.Column("details", JSONB, nullable=False),
    sa.Column("prev_hash", sa.String(64), nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
    sa.Index("ix_job_events_job_seq", "job_id", "seq"),
    sa.Index("ix_job_events_type_at", "event_type", "at"),
)

outbox = outbox_table(metadata)
inbox = inbox_table(metadata)
staff_roster = roster_table(metadata)
rate_limits = rate_limit_table(metadata)

LIFECYCLE_COLUMNS = frozenset({
    "weight_g", "cost", "printing_printer", "staff_viewed_at", "rejection_reasons", "rejection_custom_reason",
    "notes", "last_updated_by", "lock_workstation", "lock_staff_name", "lock_expires_at", "confirm_token_hash",
    "confirm_expires_at", "confirm_used_at", "confirmation_last_sent_at",
})

_mapped = False


def start_mappers() -> None:
    global _mapped
    if _mapped:
        return
    mapper_registry.map_imperatively(Job, jobs, include_properties=[c.name for c in jobs.c if c.name not in LIFECYCLE_COLUMNS])
    _mapped = True


@event.listens_for(Job, "load", propagate=True)
def _fresh_events(job: Job, _context: object) -> None:
    job.events = []
