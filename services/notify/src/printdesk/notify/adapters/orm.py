"""Tables of the notify database, mapped imperatively so the domain's Message stays a plain dataclass."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import UUID
from sqlalchemy.orm import registry

from printdesk.kit.catalog_copy import catalog_copy_table
from printdesk.kit.messaging.tables import inbox_table, outbox_table
from printdesk.kit.roster import roster_table
from printdesk.notify.domain.model import Message, MessageStatus

metadata = sa.MetaData()
mapper_registry = registry(metadata=metadata)

messages = sa.Table(
    "messages",
    metadata,
    sa.Column("id", UUID(as_uuid=True), primary_key=True),
    sa.Column("kind", sa.String(50), nullable=False),
    sa.Column("job_id", sa.String(32)),
    sa.Column("source_event_id", UUID(as_uuid=True)),
    sa.Column("recipient", sa.String(320), nullable=False),
    sa.Column("subject", sa.Text, nullable=False),
    sa.Column("text_body", sa.Text, nullable=False),
    sa.Column("html_body", sa.Text, nullable=False),
    sa.Column(
        "status", sa.Enum(MessageStatus, name="message_status", native_enum=False, length=16,
                          values_callable=lambda e: [m.value for m in e]),
        nullable=False,
    ),
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("last_error", sa.Text),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("sent_at", sa.DateTime(timezone=True)),
    sa.Column("requested_by", sa.String(100)),
    sa.Column("resent_from", UUID(as_uuid=True)),
    # One e-mail of a kind per event, whatever the consumer does.
    sa.UniqueConstraint("source_event_id", "kind", name="uq_messages_source_event_kind"),
    sa.Index("ix_messages_due", "next_attempt_at", postgresql_where=sa.text("status = 'pending'")),
    sa.Index("ix_messages_job", "job_id", "created_at"),
)

# The latest lab catalog the jobs service announced (one row); e-mails use the seed until it exists.
catalog_copy = catalog_copy_table(metadata)

outbox = outbox_table(metadata)
inbox = inbox_table(metadata)
staff_roster = roster_table(metadata)

_mapped = False


def start_mappers() -> None:
    global _mapped
    if _mapped:
        return
    mapper_registry.map_imperatively(Message, messages, properties={"to": messages.c.recipient})
    _mapped = True
