"""The database's own time for what an endpoint asks of it: the floor under the HTTP numbers.

`capture` runs the service's own read code (the repository and lifecycle-store functions the routes call)
on an engine made the way the service makes it, and records every statement and its parameters as the
driver sends them (SQLAlchemy's `before_cursor_execute`), plus the pool's pre-ping (`SELECT 1`) when the
engine pings on checkout. `replay` sends exactly those
statements from psycopg, in one transaction per request as the service does, at the same concurrency, and
reports the same percentiles.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

import psycopg
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession

from bench.loadgen import percentile
from printdesk.jobs.adapters import orm
from printdesk.jobs.adapters.lifecycle_store import SqlLifecycleStore, trail_of
from printdesk.jobs.adapters.repository import JobFilters, SqlJobQueries
from printdesk.jobs.domain.model import JobStatus
from printdesk.kit.db import make_engine, make_session_factory

Statement = tuple[str, object]
Reader = Callable[[AsyncSession], Awaitable[object]]


def readers(detail_id: str, search: str) -> dict[str, Reader]:
    """What each benchmarked endpoint reads, as its route reads it (entrypoints/api.py, lifecycle_routes.py)."""
    return {
        "uploaded_list": lambda s: SqlJobQueries(s).page(JobStatus.UPLOADED, 1, 50, JobFilters()),
        "tab_counts": lambda s: SqlJobQueries(s).counts(JobFilters()),
        "job_detail": lambda s: SqlLifecycleStore(s).load(detail_id),
        "job_events": lambda s: trail_of(s, detail_id),
        "search": lambda s: SqlJobQueries(s).page(JobStatus.PAIDPICKEDUP, 1, 50, JobFilters(search=search)),
    }


async def capture(database_url: str, reader: Reader) -> list[Statement]:
    orm.start_mappers()
    engine = make_engine(database_url)
    seen: list[Statement] = []

    def record(_conn, _cursor, statement, parameters, _context, _executemany) -> None:  # noqa: ANN001
        seen.append((statement, parameters))

    try:
        async with make_session_factory(engine)() as session:
            event.listen(engine.sync_engine, "before_cursor_execute", record)
            await reader(session)
            event.remove(engine.sync_engine, "before_cursor_execute", record)
    finally:
        await engine.dispose()
    if engine.pool._pre_ping:  # each checkout pings the connection first (outside the cursor events)
        seen.insert(0, ("SELECT 1", None))
    return seen


def _dsn(database_url: str) -> str:
    return database_url.replace("postgresql+psycopg://", "postgresql://", 1)


async def replay(database_url: str, statements: list[Statement], concurrency: int, seconds: float,
                 warmup: float = 0.5) -> dict:
    """The statements, as one transaction per request, from `concurrency` connections for `seconds`."""
    connections = [await psycopg.AsyncConnection.connect(_dsn(database_url)) for _ in range(concurrency)]
    latencies: list[float] = []
    now = time.perf_counter()
    measure_from, stop_at = now + warmup, now + warmup + seconds

    async def worker(conn: psycopg.AsyncConnection) -> None:
        while time.perf_counter() < stop_at:
            started = time.perf_counter()
            async with conn.cursor() as cur:
                for sql, params in statements:
                    await cur.execute(sql, params or None)
                    if cur.description is not None:
                        await cur.fetchall()
            await conn.rollback()  # the service's read sessions end the same way (no commit)
            ended = time.perf_counter()
            if started >= measure_from and ended <= stop_at:
                latencies.append(ended - started)

    try:
        await asyncio.gather(*(worker(c) for c in connections))
    finally:
        for conn in connections:
            await conn.close()
    return {"concurrency": concurrency, "requests": len(latencies), "rps": len(latencies) / seconds,
            "p50_ms": percentile(latencies, 50) * 1000, "p95_ms": percentile(latencies, 95) * 1000,
            "p99_ms": percentile(latencies, 99) * 1000}


async def explain(database_url: str, statements: list[Statement]) -> list[str]:
    """EXPLAIN (ANALYZE, BUFFERS) of each captured statement (not the pre-ping), for the notes."""
    plans = []
    async with await psycopg.AsyncConnection.connect(_dsn(database_url)) as conn, conn.cursor() as cur:
        for sql, params in statements:
            if not sql.lstrip().upper().startswith("SELECT") or sql.strip() == "SELECT 1":
                continue
            await cur.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params or None)
            plans.append("\n".join(r[0] for r in await cur.fetchall()))
        await conn.rollback()
    return plans
