"""`printdesk-jobs retention archive|prune [--apply] [--older-than-days N]`: retention from the command line
(a cron job or a systemd timer, where the service's own daily schedule is not wanted). A dry run by default."""

from __future__ import annotations

import argparse
import asyncio

from printdesk.jobs.bootstrap import build_runtime
from printdesk.jobs.config import JobsSettings
from printdesk.jobs.entrypoints.retention_runs import SCHEDULE_ACTOR, RetentionBusy, perform
from printdesk.kit.cli import Command


def add_retention_command(sub: argparse._SubParsersAction) -> dict[str, Command]:
    parser = sub.add_parser("retention", help="archive or prune what is due (a dry run unless --apply)")
    parser.add_argument("kind", choices=("archive", "prune"))
    parser.add_argument("--apply", action="store_true", help="really do it (default: only show what is due)")
    parser.add_argument("--older-than-days", type=int, default=None,
                        help="the age that makes a job due (default: the catalog's)")
    return {"retention": _retention}


async def run_from_command_line(settings: JobsSettings, kind: str, *, apply: bool, older_than_days: int | None) -> str:
    runtime = build_runtime(settings)  # the database only: the running service's relay publishes the events
    try:
        report = await perform(runtime, kind, older_than_days=older_than_days, dry_run=not apply,
                               actor=SCHEDULE_ACTOR, scheduled=True)
    finally:
        await runtime.engine.dispose()
    verb = {"archive": "archived", "prune": "pruned"}[kind]
    head = (f"{report.matched} job(s) unchanged for {report.older_than_days} days or more "
            f"(since {report.cutoff:%Y-%m-%d %H:%M} UTC)")
    if report.dry_run:
        return f"{head}; this batch would take {len(report.job_ids)}. Nothing changed (add --apply)."
    skipped = "".join(f"\n  skipped {job_id}: {why}" for job_id, why in report.skipped.items())
    return f"{head}; {report.done} {verb}, {len(report.skipped)} skipped.{skipped}"


def _retention(args: argparse.Namespace, settings: JobsSettings) -> int:
    if args.older_than_days is not None and not 1 <= args.older_than_days <= 36500:
        print("--older-than-days must be between 1 and 36500")
        return 2
    try:
        print(asyncio.run(run_from_command_line(settings, args.kind, apply=args.apply,
                                                older_than_days=args.older_than_days)))
    except RetentionBusy:
        print("another retention run is in progress; nothing done")
        return 1
    return 0
