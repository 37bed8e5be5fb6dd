"""Outbox → JetStream → inbox-deduplicated consumer, against a real PostgreSQL and NATS."""

from __future__ import annotations

import asyncio
import uuid

import nats
import pytest
import sqlalchemy as sa

from printdesk.contracts.envelope import Actor
from printdesk.contracts.events import StaffMemberAdded, make_event
from printdesk.devstack.testing import eventually
from printdesk.kit.db import make_engine, make_session_factory
from printdesk.kit.messaging.consumer import EventConsumer
from printdesk.kit.messaging.jetstream import ensure_streams
from printdesk.kit.messaging.relay import OutboxRelay
from printdesk.kit.messaging.tables import inbox_table, outbox_table
from printdesk.kit.messaging.uow import SqlUnitOfWork

metadata = sa.MetaData()
outbox = outbox_table(metadata)
inbox = inbox_table(metadata)
effects = sa.Table("effects", metadata, sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
                   sa.Column("name", sa.Text, nullable=False))


@pytest.fixture(scope="module")
async def plumbing(make_database, nats_url):
    url = make_database("kit")
    engine = make_engine(url)
    async with engine.begin() as conn:
        await conn.run_sync(metadata.create_all)
    factory = make_session_factory(engine)
    nc = await nats.connect(nats_url)
    js = nc.jetstream()
    await ensure_streams(js)
    relay = OutboxRelay(factory, js, outbox, idle_seconds=0.1)
    handled: list[str] = []

    async def on_staff_added(payload, envelope, uow):
        handled.append(payload.name)
        await uow.session.execute(sa.insert(effects).values(name=payload.name))
        if payload.name == "explodes":
            raise RuntimeError("transient failure")

    consumer = EventConsumer(
        durable=f"kit-test-{uuid.uuid4().hex[:6]}", stream="AUTH", handlers={"StaffMemberAdded": on_staff_added},
        js=js, uow_factory=lambda: SqlUnitOfWork(factory, outbox, inbox, relay.wake), max_deliver=3,
    )
    tasks = [asyncio.create_task(relay.run()), asyncio.create_task(consumer.run())]
    yield factory, js, relay, consumer, handled
    relay.stop()
    consumer.stop()
    await asyncio.wait(tasks, timeout=5)
    await nc.close()
    await engine.dispose()


async def _effects(factory, name: str) -> int:
    async with factory() as session:
        return await session.scalar(sa.select(sa.func.count()).select_from(effects).where(effects.c.name == name))


async def test_an_event_written_with_its_change_is_published_and_handled_once(plumbing):
    factory, js, relay, _, _ = plumbing
    event = make_event(StaffMemberAdded(name="Alex"), producer="auth", actor=Actor.system())
    async with SqlUnitOfWork(factory, outbox, inbox, relay.wake) as uow:
        await uow.add_event(event)
        await uow.commit()
    assert await eventually(lambda: _effects(factory, "Alex"))
    async with factory() as session:
        published = await session.scalar(sa.select(outbox.c.published_at).where(outbox.c.event_id == event.event_id))
    assert published is not None

    # The relay republishing (e.g. after a crash) is dropped by the stream's duplicate window…
    ack = await js.publish(event.subject, event.model_dump_json().encode(), headers={"Nats-Msg-Id": str(event.event_id)})
    assert ack.duplicate is True
    # …and a copy that slips past it is dropped by the inbox.
    await js.publish(event.subject, event.model_dump_json().encode(), headers={"Nats-Msg-Id": str(uuid.uuid4())})
    await asyncio.sleep(0.5)
    assert await _effects(factory, "Alex") == 1


async def test_a_rolled_back_change_publishes_nothing(plumbing):
    factory, _, relay, _, _ = plumbing
    event = make_event(StaffMemberAdded(name="Ghost"), producer="auth", actor=Actor.system())
    async with SqlUnitOfWork(factory, outbox, inbox, relay.wake) as uow:
        await uow.add_event(event)  # no commit: leaving the block rolls back
    await asyncio.sleep(0.3)
    async with factory() as session:
        assert await session.scalar(sa.select(sa.func.count()).select_from(outbox).where(outbox.c.event_id == event.event_id)) == 0


async def test_an_event_added_once_is_written_once_whatever_the_retries(plumbing):
    factory, _, relay, _, _ = plumbing
    event = make_event(StaffMemberAdded(name="Once"), producer="auth", actor=Actor.system())
    for expected in (True, False, False):
        async with SqlUnitOfWork(factory, outbox, inbox, relay.wake) as uow:
            assert await uow.add_event_once(event) is expected
            await uow.commit()
    async with factory() as session:
        rows = await session.scalar(sa.select(sa.func.count()).select_from(outbox).where(outbox.c.event_id == event.event_id))
    assert rows == 1
    assert await eventually(lambda: _effects(factory, "Once"))


async def test_poison_and_failing_messages_do_not_stop_the_consumer(plumbing):
    factory, js, _, consumer, handled = plumbing
    await js.publish("auth.staff.added.v1", b"this is not json", headers={"Nats-Msg-Id": str(uuid.uuid4())})
    failing = make_event(StaffMemberAdded(name="explodes"), producer="auth", actor=Actor.system())
    await js.publish(failing.subject, failing.model_dump_json().encode(), headers={"Nats-Msg-Id": str(failing.event_id)})
    later = make_event(StaffMemberAdded(name="Blair"), producer="auth", actor=Actor.system())
    await js.publish(later.subject, later.model_dump_json().encode(), headers={"Nats-Msg-Id": str(later.event_id)})
    assert await eventually(lambda: _effects(factory, "Blair"))
    # the failing handler's effect was rolled back each time; it was retried, never committed
    assert await eventually(lambda: handled.count("explodes") >= 2)
    assert await _effects(factory, "explodes") == 0
    assert consumer.running

