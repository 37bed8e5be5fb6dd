"""Per-client rate limits for public endpoints: a fixed-window counter in the service's own PostgreSQL.

Every replica of a service shares the counters (they live in its database, not in process memory), and
the window is taken from the database clock, so replicas with drifting clocks still agree.

A service adds the table with `create_rate_limit_table(op)` in a migration and `rate_limit_table(metadata)`
in its ORM module; routes call `enforce(...)` (429 JSON with `Retry-After`) or `hit(...)` directly.
The client is `request.client.host`, which uvicorn takes from `X-Forwarded-For` only when the request
comes from the trusted gateway (`trusted_proxies` in the settings, handed to uvicorn by `printdesk.kit.cli`).
"""

from __future__ import annotations

import math

import sqlalchemy as sa
from fastapi import Request
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from printdesk.kit.errors import ApiError

TABLE = "rate_limits"
# Each hit also removes up to this many expired windows, so the table stays about as large as the live ones.
_PRUNE_BATCH = 50


def rate_limit_table(metadata: sa.MetaData) -> sa.Table:
    return sa.Table(
        TABLE,
        metadata,
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("window_start", sa.DateTime(timezone=True), primary_key=True),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("hits", sa.Integer, nullable=False),
        sa.Index("ix_rate_limits_expires_at", "expires_at"),
    )


def create_rate_limit_table(op) -> None:  # noqa: ANN001 - alembic's `op` proxy
    """Alembic helper: create the rate-limit table (and its index) in a service's migration."""
    metadata = sa.MetaData()
    metadata.create_all(op.get_bind(), tables=[rate_limit_table(metadata)])


def drop_rate_limit_table(op) -> None:  # noqa: ANN001
    op.drop_table(TABLE)


_table = rate_limit_table(sa.MetaData())


async def hit(session: AsyncSession, key: str, limit: int, window_seconds: int) -> tuple[bool, int]:
    """Count one request for `key` in the current window: `(allowed, retry_after_seconds)`.

    `retry_after` is 0 when allowed, else the whole seconds until the window ends. The caller commits
    (a refused request counts too: hammering does not reset the window).
    """
    if limit < 1 or window_seconds < 1:
        raise ValueError("a rate limit needs limit >= 1 and window_seconds >= 1")
    now = sa.func.now()  # the transaction's start: one instant for the whole statement
    window = sa.literal(window_seconds, sa.Integer)
    bucket = sa.func.floor(sa.extract("epoch", now) / window) * window
    statement = (
        insert(_table)
        .values(key=key, window_start=sa.func.to_timestamp(bucket), expires_at=sa.func.to_timestamp(bucket + window), hits=1)
        .on_conflict_do_update(index_elements=["key", "window_start"], set_={"hits": _table.c.hits + 1})
        .returning(_table.c.hits, sa.extract("epoch", _table.c.expires_at - now).label("remaining"))
    )
    hits, remaining = (await session.execute(statement)).one()
    expired = (
        sa.select(_table.c.key, _table.c.window_start)
        .where(_table.c.expires_at < now)
        .limit(_PRUNE_BATCH)
        .with_for_update(skip_locked=True)
    )
    await session.execute(sa.delete(_table).where(sa.tuple_(_table.c.key, _table.c.window_start).in_(expired)))
    if hits <= limit:
        return True, 0
    return False, max(1, math.ceil(float(remaining)))


def client_address(request: Request) -> str:
    """The caller's address as uvicorn resolved it (the forwarded one only behind the trusted gateway)."""
    return request.client.host if request.client else "unknown"


async def enforce(
    session_factory: async_sessionmaker[AsyncSession],
    request: Request,
    *,
    name: str,
    limit: int,
    window_seconds: int,
) -> None:
    """Count this request against `name` for its client; over the limit raise a JSON 429 with `Retry-After`.

    Runs in its own short transaction, so the count holds whatever the request does next.
    """
    async with session_factory() as session, session.begin():
        allowed, retry_after = await hit(session, f"{name}:{client_address(request)}", limit, window_seconds)
    if not allowed:
        raise ApiError(
            429, "too_many_requests",
            f"Too many requests from your address; please try again in {_in_words(retry_after)}.",
            headers={"Retry-After": str(retry_after)},
        )


def _in_words(seconds: int) -> str:
    if seconds < 90:
        return f"{seconds} seconds" if seconds != 1 else "1 second"
    if seconds < 90 * 60:
        return f"{math.ceil(seconds / 60)} minutes"
    return f"{math.ceil(seconds / 3600)} hours"
