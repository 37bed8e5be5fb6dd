"""`printdesk-jobs migrate | serve | verify-trail`."""

from __future__ import annotations

import argparse
import asyncio

from printdesk.jobs.adapters.lifecycle_store import whole_trail
from printdesk.jobs.bootstrap import SERVICE, make_app
from printdesk.jobs.config import JobsSettings
from printdesk.jobs.domain.audit import AuditRecord, ChainBreak, verify_chain
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


def _commands(sub: argparse._SubParsersAction) -> dict[str, Command]:
    sub.add_parser("verify-trail", help="check that no row of the job events' hash chain was edited or deleted")
    return {"verify-trail": _verify_trail}


def main(argv: list[str] | None = None) -> int:
    return service_main(
        SERVICE, load_settings=JobsSettings, make_app=make_app,
        migrations="printdesk.jobs.adapters:migrations", extra=_commands, argv=argv,
    )


if __name__ == "__main__":
    raise SystemExit(main())
