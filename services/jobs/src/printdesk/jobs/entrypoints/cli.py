"""`printdesk-jobs migrate | serve | verify-trail | rebuild-analytics`."""

from __future__ import annotations

import argparse
import asyncio

import sqlalchemy as sa

from printdesk.jobs.adapters.analytics_store import VACUUM, rebuild_all
from printdesk.jobs.adapters.lifecycle_store import whole_trail
from printdesk.jobs.bootstrap import SERVICE, make_app
from printdesk.jobs.config import JobsSettings
from printdesk.jobs.domain.audit import AuditRecord, ChainBreak, verify_chain
from printdesk.jobs.entrypoints.retention_cli import add_retention_command
from printdesk.kit.cli import Command, service_main
from printdesk.kit.db import make_engine, make_session_factory


async def check_trail(database_url: str) -> tuple[int, list[ChainBreak]]:
    """Walk the whole trail of job events; (rows read, every break found)."""
    engine = make_engine(database_url)
    try:
        async with make_session_factory(engine)() as session:
            records: list[AuditRecord] = [r async for r in whole_trail(session)]
    finally:
        await engine.dispose()
    return len(records), verify_chain(records)


def _verify_trail(_args: argparse.Namespace, settings: JobsSettings) -> int:
    rows, breaks = asyncio.run(check_trail(settings.database_url))
    if not breaks:
        print(f"the trail of job events is intact: {rows} rows, each linked to the one before")
        return 0
    print(f"the trail of job events was tampered with: {len(breaks)} problem(s) in {rows} rows")
    for problem in breaks:
        print(f"  row {problem.seq}: {problem.problem}")
    return 1


async def rebuild_analytics(database_url: str) -> int:
    """Recompute the analytics read model from jobs, their trail and payments; the number of jobs."""
    engine = make_engine(database_url)
    try:
        async with make_session_factory(engine)() as session, session.begin():
            jobs = await rebuild_all(session)
        async with engine.connect() as connection:
            autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
            for statement in VACUUM:
                await autocommit.execute(sa.text(statement))
        return jobs
    finally:
        await engine.dispose()


def _rebuild_analytics(_args: argparse.Namespace, settings: JobsSettings) -> int:
    jobs = asyncio.run(rebuild_analytics(settings.database_url))
    print(f"the analytics read model was rebuilt: {jobs} jobs")
    return 0


def _commands(sub: argparse._SubParsersAction) -> dict[str, Command]:
    sub.add_parser("verify-trail", help="check that no row of the job events' hash chain was edited or deleted")
    sub.add_parser("rebuild-analytics", help="recompute the analytics read model from jobs, trail and payments")
    return {"verify-trail": _verify_trail, "rebuild-analytics": _rebuild_analytics, **add_retention_command(sub)}


def main(argv: list[str] | None = None) -> int:
    return service_main(
        SERVICE, load_settings=JobsSettings, make_app=make_app,
        migrations="printdesk.jobs.adapters:migrations", extra=_commands, argv=argv,
    )


if __name__ == "__main__":
    raise SystemExit(main())
