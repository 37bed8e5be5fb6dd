"""Tables of the auth database, mapped imperatively so Workstation and StaffMember stay plain dataclasses."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import registry

from printdesk.auth.domain.model import STAFF_NAME_MAX, WORKSTATION_NAME_MAX, StaffMember, Workstation
from printdesk.kit.messaging.tables import inbox_table, outbox_table

metadata = sa.MetaData()
mapper_registry = registry(metadata=metadata)

workstations = sa.Table(
    "workstations",
    metadata,
    sa.Column("name", sa.String(WORKSTATION_NAME_MAX), primary_key=True),
    sa.Column("is_admin", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("password_hash", sa.Text, nullable=False),
    sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    # Tokens this workstation was issued before this moment are refused (password rotated, disabled, ...).
    sa.Column("tokens_revoked_before", sa.DateTime(timezone=True)),
)

staff_members = sa.Table(
    "staff_members",
    metadata,
    sa.Column("name", sa.String(STAFF_NAME_MAX), primary_key=True),
    sa.Column("is_active", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("deactivated_at", sa.DateTime(timezone=True)),
)
# "Jane Doe" and "jane doe" are one person on the roster.
sa.Index("uq_staff_members_name_ci", sa.func.lower(staff_members.c.name), unique=True)

signing_keys = sa.Table(
    "signing_keys",
    metadata,
    sa.Column("kid", sa.String(16), primary_key=True),
    sa.Column("private_pem", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("retired_at", sa.DateTime(timezone=True)),
)

# Tokens ended one by one (logout); a row is useless once its token has expired anyway.
revoked_tokens = sa.Table(
    "revoked_tokens",
    metadata,
    sa.Column("token_id", sa.String(64), primary_key=True),
    sa.Column("workstation", sa.String(WORKSTATION_NAME_MAX), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_revoked_tokens_expires_at", "expires_at"),
)

# Sign-in attempts inside the throttle window: stored when they start, deleted on success, kept on failure.
login_attempts = sa.Table(
    "login_attempts",
    metadata,
    sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
    sa.Column("workstation", sa.String(WORKSTATION_NAME_MAX), nullable=False),
    sa.Column("client", sa.String(64)),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_login_attempts_workstation", "workstation", "id"),
    sa.Index("ix_login_attempts_client", "client", "id"),
    sa.Index("ix_login_attempts_at", "at"),
)

# Append-only (a trigger refuses UPDATE, DELETE and TRUNCATE): who changed which account, and how.
audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("action", sa.String(64), nullable=False),
    sa.Column("target", sa.Text, nullable=False),
    sa.Column("staff_name", sa.String(STAFF_NAME_MAX), nullable=False),
    sa.Column("workstation", sa.String(WORKSTATION_NAME_MAX)),
    sa.Column("details", JSONB, nullable=False, server_default=sa.text("'{}'::jsonb")),
    sa.Index("ix_audit_log_at", "at"),
)

outbox = outbox_table(metadata)
inbox = inbox_table(metadata)

_mapped = False


def start_mappers() -> None:
    global _mapped
    if _mapped:
        return
    mapper_registry.map_imperatively(Workstation, workstations)
    mapper_registry.map_imperatively(StaffMember, staff_members)
    _mapped = True


@event.listens_for(Workstation, "load", propagate=True)
@event.listens_for(StaffMember, "load", propagate=True)
def _fresh_events(aggregate: Workstation | StaffMember, _context: object) -> None:
    aggregate.events = []
