"""The fixed-window rate limit, counted in a real PostgreSQL (the table made by the migration helper)."""

from __future__ import annotations

import asyncio
import time

import pytest
import sqlalchemy as sa
from alembic.migration import MigrationContext
from alembic.operations import Operations
from starlette.requests import Request

from printdesk.kit.db import make_engine, make_session_factory, require_postgres
from printdesk.kit.errors import ApiError
from printdesk.kit.ratelimit import create_rate_limit_table, drop_rate_limit_table, enforce, hit, rate_limit_table

limits = rate_limit_table(sa.MetaData())


@pytest.fixture(scope="module")
async def sessions(make_database):
    url = make_database("ratelimit")
    sync_engine = sa.create_engine(require_postgres(url))
    with sync_engine.begin() as connection:
        create_rate_limit_table(Operations(MigrationContext.configure(connection)))
    sync_engine.dispose()
    engine = make_engine(url)
    yield make_session_factory(engine)
    await engine.dispose()


async def count(sessions, key: str, limit: int, window: int) -> tuple[bool, int]:
    async with sessions() as session, session.begin():
        return await hit(session, key, limit, window)


async def test_requests_are_allowed_up_to_the_limit_then_refused_until_the_window_ends(sessions):
    results = [await count(sessions, "submit:10.0.0.1", 3, 3600) for _ in range(5)]
    assert [allowed for allowed, _ in results] == [True, True, True, False, False]
    assert all(retry == 0 for _, retry in results[:3])
    seconds_left_in_this_hour = 3600 - int(time.time()) % 3600
    assert all(abs(retry - seconds_left_in_this_hour) <= 2 for _, retry in results[3:])


async def test_each_key_has_its_own_count(sessions):
    assert (await count(sessions, "submit:10.0.0.2", 1, 3600))[0]
    assert not (await count(sessions, "submit:10.0.0.2", 1, 3600))[0]
    assert (await count(sessions, "submit:10.0.0.3", 1, 3600))[0]
    assert (await count(sessions, "track:10.0.0.2", 1, 3600))[0]


async def test_a_new_window_starts_a_new_count(sessions):
    await asyncio.sleep(2 - time.time() % 2 + 0.02)  # windows of 2 s start on even seconds: begin one
    assert (await count(sessions, "burst:10.0.0.4", 1, 2))[0]
    allowed, retry_after = await count(sessions, "burst:10.0.0.4", 1, 2)
    assert not allowed and retry_after in (1, 2)
    await asyncio.sleep(2.0)
    assert (await count(sessions, "burst:10.0.0.4", 1, 2))[0]


async def test_concurrent_requests_never_slip_past_the_limit(sessions):
    results = await asyncio.gather(*(count(sessions, "crowd:10.0.0.5", 5, 3600) for _ in range(20)))
    assert sum(allowed for allowed, _ in results) == 5


async def test_expired_windows_are_cleared_away(sessions):
    async with sessions() as session, session.begin():
        await session.execute(sa.insert(limits).values(
            key="old:10.0.0.6", window_start=sa.text("now() - interval '2 hours'"),
            expires_at=sa.text("now() - interval '1 hour'"), hits=9,
        ))
    await count(sessions, "other:10.0.0.7", 10, 60)
    async with sessions() as session:
        left = await session.scalar(sa.select(sa.func.count()).select_from(limits).where(limits.c.key == "old:10.0.0.6"))
    assert left == 0


async def test_enforce_answers_a_json_429_with_retry_after_for_the_callers_address(sessions):
    def request_from(address: str) -> Request:
        return Request({"type": "http", "method": "POST", "path": "/x", "headers": [], "client": (address, 5000)})

    await enforce(sessions, request_from("192.0.2.1"), name="login", limit=1, window_seconds=3600)
    with pytest.raises(ApiError) as caught:
        await enforce(sessions, request_from("192.0.2.1"), name="login", limit=1, window_seconds=3600)
    assert (caught.value.status, caught.value.code) == (429, "too_many_requests")
    assert 0 < int(caught.value.headers["Retry-After"]) <= 3600
    assert "try again in" in caught.value.message
    await enforce(sessions, request_from("192.0.2.2"), name="login", limit=1, window_seconds=3600)


async def test_a_limit_must_allow_something(sessions):
    async with sessions() as session:
        with pytest.raises(ValueError):
            await hit(session, "k", 0, 60)


def test_the_migration_helpers_create_and_drop_the_table(make_database):
    engine = sa.create_engine(require_postgres(make_database("ratelimit")))
    with engine.begin() as connection:
        op = Operations(MigrationContext.configure(connection))
        create_rate_limit_table(op)
        assert sa.inspect(connection).has_table("rate_limits")
        drop_rate_limit_table(op)
        assert not sa.inspect(connection).has_table("rate_limits")
    engine.dispose()
