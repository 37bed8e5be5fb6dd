"""The roster projection other services keep: fed from auth's events through the inbox (real PostgreSQL and
NATS), asked on every staff mutation."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta

import nats
import pytest
import sqlalchemy as sa
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext

from printdesk.contracts.envelope import Actor, ActorKind
from printdesk.contracts.events import (
    StaffMemberAdded,
    StaffMemberDeactivated,
    StaffMemberReactivated,
    make_event,
)
from printdesk.devstack.testing import eventually
from printdesk.kit.auth import Principal
from printdesk.kit.db import make_engine, make_session_factory, require_postgres
from printdesk.kit.errors import ApiError
from printdesk.kit.messaging.consumer import EventConsumer
from printdesk.kit.messaging.jetstream import ensure_streams
from printdesk.kit.messaging.tables import inbox_table, outbox_table
from printdesk.kit.messaging.uow import SqlUnitOfWork
from printdesk.kit.roster import (
    active_staff_name,
    create_roster_table,
    drop_roster_table,
    require_active_staff,
    roster_consumer_spec,
    roster_table,
    staff_actor,
)

metadata = sa.MetaData()
outbox = outbox_table(metadata)
inbox = inbox_table(metadata)
staff_roster = roster_table(metadata)


@pytest.fixture(scope="module")
async def projection(make_database, nats_url):
    url = make_database("kit_roster")
    engine = make_engine(url)
    async with engine.begin() as conn:
        await conn.run_sync(metadata.create_all)
    factory = make_session_factory(engine)
    nc = await nats.connect(nats_url)
    js = nc.jetstream()
    await ensure_streams(js)
    spec = roster_consumer_spec()
    assert spec.stream == "AUTH"
    consumer = EventConsumer(
        durable=f"kit-roster-{uuid.uuid4().hex[:6]}", stream=spec.stream, handlers=spec.handlers, js=js,
        uow_factory=lambda: SqlUnitOfWork(factory, outbox, inbox),
    )
    task = asyncio.create_task(consumer.run())
    yield factory, js, consumer
    consumer.stop()
    await asyncio.wait_for(task, 5)
    await nc.close()
    await engine.dispose()


async def _publish(js, payload, *, occurred_at: datetime | None = None):  # noqa: ANN001, ANN202
    event = make_event(payload, producer="auth", actor=Actor.system())
    if occurred_at is not None:
        event = event.model_copy(update={"occurred_at": occurred_at})
    await js.publish(event.subject, event.model_dump_json().encode(), headers={"Nats-Msg-Id": str(event.event_id)})
    return event


async def _active(factory, name: str) -> str | None:  # noqa: ANN001
    async with factory() as session:
        return await active_staff_name(session, name)


def _unique(first: str) -> str:
    return f"{first} {uuid.uuid4().hex[:6].upper()}"


async def test_an_added_member_becomes_active_under_the_rosters_spelling(projection) -> None:
    factory, js, _ = projection
    name = _unique("Jane")
    await _publish(js, StaffMemberAdded(name=name))
    assert await eventually(lambda: _active(factory, name)) == name
    async with factory() as session:
        assert await require_active_staff(session, f"  {name.lower()}  ") == name


async def test_an_unknown_or_deactivated_member_is_a_422_naming_them(projection) -> None:
    factory, js, _ = projection
    name = _unique("Sam")
    await _publish(js, StaffMemberAdded(name=name))
    assert await eventually(lambda: _active(factory, name))
    await _publish(js, StaffMemberDeactivated(name=name))
    assert await eventually(lambda: _inactive(factory, name))
    for typed in (name, "Nobody At All", "", "x" * 101):
        async with factory() as session:
            with pytest.raises(ApiError) as caught:
                await require_active_staff(session, typed)
        error = caught.value
        assert (error.status, error.code) == (422, "unknown_staff")
        assert set(error.fields) == {"staff_name"}
    async with factory() as session:
        with pytest.raises(ApiError) as caught:
            await require_active_staff(session, name)
    assert caught.value.message == f'"{name}" is not an active staff member.'


async def _inactive(factory, name: str) -> bool:  # noqa: ANN001
    async with factory() as session:
        row = (await session.execute(sa.select(staff_roster.c.is_active).where(
            staff_roster.c.name_key == name.lower()))).first()
    return row is not None and not row.is_active


async def test_a_reactivated_member_is_active_again(projection) -> None:
    factory, js, _ = projection
    name = _unique("Alex")
    await _publish(js, StaffMemberAdded(name=name))
    await _publish(js, StaffMemberDeactivated(name=name))
    assert await eventually(lambda: _inactive(factory, name))
    await _publish(js, StaffMemberReactivated(name=name))
    assert await eventually(lambda: _active(factory, name)) == name


async def test_an_older_event_arriving_late_does_not_undo_a_newer_one(projection) -> None:
    factory, js, _ = projection
    name = _unique("Kim")
    now = datetime.now(UTC)
    await _publish(js, StaffMemberDeactivated(name=name), occurred_at=now)
    await _publish(js, StaffMemberAdded(name=name), occurred_at=now - timedelta(minutes=1))
    marker = _unique("Marker")
    await _publish(js, StaffMemberAdded(name=marker))
    assert await eventually(lambda: _active(factory, marker)), "events after it were handled"
    assert await _inactive(factory, name)


async def test_a_redelivered_event_changes_nothing_twice(projection) -> None:
    factory, js, consumer = projection
    name = _unique("Robin")
    added = await _publish(js, StaffMemberAdded(name=name))
    assert await eventually(lambda: _active(factory, name))
    await _publish(js, StaffMemberDeactivated(name=name))
    assert await eventually(lambda: _inactive(factory, name))
    # The same StaffMemberAdded again (a redelivery: outside the stream's duplicate window, say).
    await js.publish(added.subject, added.model_dump_json().encode(), headers={"Nats-Msg-Id": uuid.uuid4().hex})
    marker = _unique("Marker")
    await _publish(js, StaffMemberAdded(name=marker))
    assert await eventually(lambda: _active(factory, marker))
    assert await _inactive(factory, name), "the inbox dropped the repeated event"


def test_staff_actor_names_the_member_and_the_tokens_workstation() -> None:
    principal = Principal(workstation="front-desk", role="staff", token_id="t", expires_at=datetime.now(UTC))
    actor = staff_actor(principal, "Jane Doe")
    assert actor == Actor(kind=ActorKind.STAFF, staff_name="Jane Doe", workstation_id="front-desk")


def test_the_migration_helpers_create_and_drop_the_table(make_database) -> None:
    engine = sa.create_engine(require_postgres(make_database("kit_roster_migration")))
    with engine.begin() as conn:
        op = Operations(MigrationContext.configure(conn))
        create_roster_table(op)
        assert {"name_key", "name", "is_active", "changed_at"} <= {c["name"] for c in sa.inspect(conn).get_columns("staff_roster")}
        drop_roster_table(op)
        assert not sa.inspect(conn).has_table("staff_roster")
    engine.dispose()
