"""Revocations reach every process through the AUTH stream (real NATS): live, and replayed on startup."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import nats
import pytest

from printdesk.contracts.envelope import Actor
from printdesk.contracts.events import StaffMemberAdded, TokenRevoked, WorkstationTokensRevoked, make_event
from printdesk.devstack.testing import eventually
from printdesk.kit.messaging.jetstream import ensure_streams
from printdesk.kit.revocation import RevocationFeed, RevocationList

SOON = datetime.now(UTC) + timedelta(hours=1)


@pytest.fixture(scope="module")
async def js(nats_url: str):
    nc = await nats.connect(nats_url)
    jetstream = nc.jetstream()
    await ensure_streams(jetstream)
    yield jetstream
    await nc.close()


async def _publish(js, payload) -> None:  # noqa: ANN001
    event = make_event(payload, producer="auth", actor=Actor.system())
    await js.publish(event.subject, event.model_dump_json().encode(), headers={"Nats-Msg-Id": str(event.event_id)})


@pytest.fixture
async def start_feed(js) -> AsyncIterator:
    feeds: list[tuple[RevocationFeed, asyncio.Task]] = []

    async def start() -> RevocationFeed:
        feed = RevocationFeed(RevocationList())
        feeds.append((feed, asyncio.create_task(feed.run(js))))
        return feed

    yield start
    for feed, task in feeds:
        feed.stop()
        await asyncio.wait_for(task, 5)


def _revoked(feed: RevocationFeed, token_id: str) -> bool:
    return feed.revocations.is_revoked(token_id=token_id, workstation="nobody", issued_at=datetime.now(UTC))


async def test_revocations_already_in_the_stream_are_all_known_once_the_feed_has_caught_up(js, start_feed) -> None:
    earlier = [uuid.uuid4().hex for _ in range(3)]
    for token_id in earlier:
        await _publish(js, TokenRevoked(token_id=token_id, expires_at=SOON))
    feed = await start_feed()
    assert await feed.wait_caught_up(10)
    assert all(_revoked(feed, token_id) for token_id in earlier), "no polling needed: startup replays the stream"


async def test_a_revocation_published_later_reaches_every_running_feed(js, start_feed) -> None:
    replicas = [await start_feed(), await start_feed()]
    for feed in replicas:
        assert await feed.wait_caught_up(10)
    token_id = uuid.uuid4().hex
    await _publish(js, TokenRevoked(token_id=token_id, expires_at=SOON))
    for feed in replicas:
        assert await eventually(lambda f=feed: _revoked(f, token_id))
    assert all(feed.running for feed in replicas)


async def test_a_workstation_cut_off_arrives_as_well(js, start_feed) -> None:
    feed = await start_feed()
    assert await feed.wait_caught_up(10)
    name = f"desk-{uuid.uuid4().hex[:6]}"
    cut = datetime.now(UTC)
    await _publish(js, WorkstationTokensRevoked(workstation=name, before=cut))
    assert await eventually(
        lambda: feed.revocations.is_revoked(token_id="t", workstation=name, issued_at=cut - timedelta(seconds=1))
    )
    assert not feed.revocations.is_revoked(token_id="t", workstation=name, issued_at=cut + timedelta(seconds=1))


async def test_an_undecodable_revocation_message_is_skipped_and_the_feed_goes_on(js, start_feed) -> None:
    feed = await start_feed()
    assert await feed.wait_caught_up(10)
    await js.publish("auth.token.revoked.v1", b"{not json", headers={"Nats-Msg-Id": uuid.uuid4().hex})
    token_id = uuid.uuid4().hex
    await _publish(js, TokenRevoked(token_id=token_id, expires_at=SOON))
    assert await eventually(lambda: _revoked(feed, token_id))


async def test_other_auth_events_are_not_even_delivered_to_the_feed(js, start_feed) -> None:
    feed = await start_feed()
    assert await feed.wait_caught_up(10)
    before = feed.received_total
    await _publish(js, StaffMemberAdded(name=f"Someone {uuid.uuid4().hex[:4]}"))
    token_id = uuid.uuid4().hex
    await _publish(js, TokenRevoked(token_id=token_id, expires_at=SOON))
    assert await eventually(lambda: _revoked(feed, token_id))
    assert feed.received_total == before + 1
