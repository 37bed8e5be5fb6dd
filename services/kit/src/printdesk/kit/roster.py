"""The staff roster as every service other than auth knows it: a projection fed by auth's events.

A staff mutation anywhere must name an active roster member (`staff_name`), and writes never call another
service, so each service keeps its own copy of the roster, filled from the AUTH stream through the inbox
(a redelivered event changes nothing twice). Wiring, in a service:

    # adapters/orm.py
    staff_roster = roster_table(metadata)
    # a migration
    create_roster_table(op)      # downgrade: drop_roster_table(op)
    # bootstrap.py
    ServiceRuntime(..., consumers=[..., roster_consumer_spec()])
    # a route or use case, inside its transaction
    name = await require_active_staff(uow.session, body.staff_name)
    actor = staff_actor(principal, name)
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from printdesk.contracts.envelope import Actor, ActorKind, EventEnvelope
from printdesk.contracts.events import StaffMemberAdded, StaffMemberDeactivated, StaffMemberReactivated
from printdesk.kit.auth import Principal
from printdesk.kit.errors import ApiError
from printdesk.kit.messaging.uow import SqlUnitOfWork
from printdesk.kit.runtime import ConsumerSpec

ROSTER_TABLE = "staff_roster"
STAFF_NAME_MAX = 100


def roster_table(metadata: sa.MetaData) -> sa.Table:
    """One row per member, keyed by the name in lower case ("Jane Doe" and "jane doe" are one person)."""
    return sa.Table(
        ROSTER_TABLE,
        metadata,
        sa.Column("name_key", sa.String(STAFF_NAME_MAX), primary_key=True),
        sa.Column("name", sa.String(STAFF_NAME_MAX), nullable=False),
        sa.Column("is_active", sa.Boolean, nullable=False),
        # When auth changed the member (the event's `occurred_at`): an older event never overwrites a newer one.
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
    )


# The statements below only need the table's name and columns; this copy belongs to no service's metadata.
_roster = roster_table(sa.MetaData())


def create_roster_table(op) -> None:  # noqa: ANN001 - alembic's `op` proxy
    """Alembic helper: create the roster projection table."""
    metadata = sa.MetaData()
    metadata.create_all(op.get_bind(), tables=[roster_table(metadata)])


def drop_roster_table(op) -> None:  # noqa: ANN001
    op.drop_table(ROSTER_TABLE)


def _tidy(name: str) -> str:
    return " ".join(name.split())


async def _upsert(session: AsyncSession, name: str, *, is_active: bool, changed_at: datetime) -> None:
    name = _tidy(name)
    statement = insert(_roster).values(name_key=name.lower(), name=name, is_active=is_active, changed_at=changed_at)
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=[_roster.c.name_key],
            set_={"name": statement.excluded.name, "is_active": statement.excluded.is_active,
                  "changed_at": statement.excluded.changed_at},
            where=_roster.c.changed_at <= statement.excluded.changed_at,
        )
    )


async def on_staff_member_added(event: StaffMemberAdded, envelope: EventEnvelope, uow: SqlUnitOfWork) -> None:
    await _upsert(uow.session, event.name, is_active=True, changed_at=envelope.occurred_at)


async def on_staff_member_deactivated(
    event: StaffMemberDeactivated, envelope: EventEnvelope, uow: SqlUnitOfWork
) -> None:
    await _upsert(uow.session, event.name, is_active=False, changed_at=envelope.occurred_at)


async def on_staff_member_reactivated(
    event: StaffMemberReactivated, envelope: EventEnvelope, uow: SqlUnitOfWork
) -> None:
    await _upsert(uow.session, event.name, is_active=True, changed_at=envelope.occurred_at)


def roster_consumer_spec(durable: str = "auth-roster") -> ConsumerSpec:
    """A durable consumer on AUTH that keeps `staff_roster` current (the runtime prefixes the service name)."""
    return ConsumerSpec(
        durable=durable,
        stream="AUTH",
        handlers={
            "StaffMemberAdded": on_staff_member_added,
            "StaffMemberDeactivated": on_staff_member_deactivated,
            "StaffMemberReactivated": on_staff_member_reactivated,
        },
    )


async def active_staff_name(session: AsyncSession, name: str) -> str | None:
    """The roster's spelling of `name` (letter case and extra spaces ignored) if it is an active member."""
    tidy = _tidy(name)
    if not 1 <= len(tidy) <= STAFF_NAME_MAX:
        return None
    query = sa.select(_roster.c.name, _roster.c.is_active).where(_roster.c.name_key == tidy.lower())
    row = (await session.execute(query)).first()
    return row.name if row is not None and row.is_active else None


async def require_active_staff(session: AsyncSession, name: str) -> str:
    """The canonical name of the active member `name`, or a 422 `unknown_staff` naming the problem."""
    canonical = await active_staff_name(session, name)
    if canonical is None:
        shown = _tidy(name) or name
        raise ApiError(422, "unknown_staff", f'"{shown}" is not an active staff member.',
                       {"staff_name": "not an active staff member"})
    return canonical


def staff_actor(principal: Principal, staff_name: str) -> Actor:
    """The envelope actor of a staff action: the member (canonical name) at the token's workstation."""
    return Actor(kind=ActorKind.STAFF, staff_name=staff_name, workstation_id=principal.workstation)
