"""The relay sends a whole batch before awaiting its acknowledgements: the stream still gets the rows in
outbox order, each once, and a row whose publish fails stays unpublished with the rows after it."""

from __future__ import annotations

import json
import uuid

import nats
import pytest
import sqlalchemy as sa
from nats.js.api import ConsumerConfig, DeliverPolicy

from printdesk.contracts.envelope import Actor
from printdesk.contracts.events import StaffMemberAdded, make_event
from printdesk.kit.db import make_engine, make_session_factory
from printdesk.kit.messaging.jetstream import ensure_streams
from printdesk.kit.messaging.relay import OutboxRelay
from printdesk.kit.messaging.tables import outbox_table

metadata = sa.MetaData()
outbox = outbox_table(metadata)


async def _write(factory, name: str, after_ms: int, subject: str | None = None) -> uuid.UUID:
    """One outbox row, `after_ms` after the transaction's start (rows of one transaction share now())."""
    event = make_event(StaffMemberAdded(name=name), producer="auth", actor=Actor.system())
    async with factory() as session, session.begin():
        await session.execute(sa.insert(outbox).values(
            event_id=event.event_id, subject=subject or event.subject, envelope=event.model_dump(mode="json"),
            created_at=sa.func.now() + sa.text(f"interval '{after_ms} milliseconds'")))
    return event.event_id


@pytest.fixture
async def outbox_and_stream(make_database, nats_url):
    """A fresh outbox table and JetStream with the streams: (session factory, JetStream context)."""
    engine = make_engine(make_database("kit_relay"))
    async with engine.begin() as conn:
        await conn.run_sync(metadata.create_all)
    nc = await nats.connect(nats_url)
    try:
        js = nc.jetstream()
        await ensure_streams(js)
        yield make_session_factory(engine), js
    finally:
        await nc.close()
        await engine.dispose()


async def test_a_batch_is_published_in_order_and_marked(outbox_and_stream):
    factory, js = outbox_and_stream
    start = (await js.stream_info("AUTH")).state.last_seq + 1
    names = [f"Batch Member {i:02d}" for i in range(40)]
    for i, name in enumerate(names):
        await _write(factory, name, i)
    relay = OutboxRelay(factory, js, outbox, batch_size=100)

    assert await relay.publish_batch() == 40
    assert await relay.publish_batch() == 0
    sub = await js.subscribe("auth.>", stream="AUTH", config=ConsumerConfig(
        deliver_policy=DeliverPolicy.BY_START_SEQUENCE, opt_start_seq=start))
    received = []
    for _ in names:
        msg = await sub.next_msg(timeout=5)
        received.append(msg.data)
    await sub.unsubscribe()
    assert [json.loads(data)["data"]["name"] for data in received] == names
    async with factory() as session:
        unpublished = await session.scalar(
            sa.select(sa.func.count()).select_from(outbox).where(outbox.c.published_at.is_(None)))
    assert unpublished == 0


async def test_a_failed_publish_leaves_it_and_the_rows_after_it_for_the_next_batch(outbox_and_stream):
    factory, js = outbox_and_stream
    first = await _write(factory, "Fine Member", 0)
    await _write(factory, "Lost Member", 1000, subject="nowhere.at.all")  # no stream takes it: refused
    await _write(factory, "Later Member", 2000)
    relay = OutboxRelay(factory, js, outbox)

    assert await relay.publish_batch() == 1
    async with factory() as session:
        rows = (await session.execute(sa.select(outbox.c.event_id, outbox.c.published_at, outbox.c.attempts)
                                      .order_by(outbox.c.created_at))).all()
    assert rows[0].event_id == first and rows[0].published_at is not None
    assert rows[1].published_at is None and rows[1].attempts == 1
    assert rows[2].published_at is None and rows[2].attempts == 0
