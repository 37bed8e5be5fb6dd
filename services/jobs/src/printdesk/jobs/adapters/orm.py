"""Tables of the jobs database, mapped imperatively so the domain's Job stays a plain dataclass."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.dialects.postgresql import UUID
from sqlalchemy.orm import registry

from printdesk.jobs.domain.model import Job, JobStatus
from printdesk.kit.messaging.tables import inbox_table, outbox_table

metadata = sa.MetaData()
mapper_registry = registry(metadata=metadata)

jobs = sa.Table(
    "jobs",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("short_id", sa.String(12), nullable=False, unique=True),
    sa.Column("status", sa.Enum(JobStatus, name="job_status", native_enum=False, length=16), nullable=False),
    sa.Column("student_name", sa.String(100), nullable=False),
    sa.Column("student_email", sa.String(100), nullable=False),
    sa.Column("upload_id", UUID(as_uuid=True), nullable=False, unique=True),
    sa.Column("original_filename", sa.String(255), nullable=False),
    sa.Column("file_hash", sa.String(64), nullable=False),
    sa.Column("display_name", sa.String(255)),
    sa.Column("file_path", sa.Text),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_jobs_status_created", "status", "created_at"),
    sa.Index("ix_jobs_email", "student_email"),
    sa.Index("ix_jobs_file_hash", "file_hash"),
)

outbox = outbox_table(metadata)
inbox = inbox_table(metadata)

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
