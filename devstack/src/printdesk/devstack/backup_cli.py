"""The command line of `printdesk-stack backup` and `printdesk-stack restore`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from printdesk.devstack.backup import BackupError, backup
from printdesk.devstack.backup_rotation import Keep, prune_backups
from printdesk.devstack.restore import restore
from printdesk.devstack.stack import StackConfig


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a count (0 or more)")
    return int(text)


def run_backup_command(config: StackConfig, command: str, rest: list[str]) -> int:
    if command == "backup":
        parser = argparse.ArgumentParser(
            prog="printdesk-stack backup",
            description="Dump every service's database and the storage root (the stack may be running).",
        )
        parser.add_argument("--to", type=Path, help="directory to write (default: var/backups/<UTC timestamp>/)")
        parser.add_argument("--rotate", action="store_true",
                            help="then delete the older backups beside it that the --keep-* counts do not keep")
        defaults = Keep()
        for kind in ("daily", "weekly", "monthly"):
            parser.add_argument(f"--keep-{kind}", type=_count, default=getattr(defaults, kind), metavar="N",
                                help=f"with --rotate: the newest backup of each of the last N {kind} periods "
                                     f"(default {getattr(defaults, kind)})")
    else:
        parser = argparse.ArgumentParser(
            prog="printdesk-stack restore",
            description="Restore a backup into this stack's var/ (the stack must be stopped).",
        )
        parser.add_argument("source", type=Path, help="a backup directory, e.g. var/backups/20260101T020000Z")
        parser.add_argument("--force", action="store_true", help="replace the data the target already holds")
    args = parser.parse_args(rest)
    try:
        if command == "backup":
            where = backup(config, args.to)
            print(f"Backup written to {where}")
            if args.rotate:
                keep = Keep(args.keep_daily, args.keep_weekly, args.keep_monthly)
                removed = prune_backups(where.parent, keep, protect=where)
                print(f"Kept the newest backup of each of the last {keep.daily} days, {keep.weekly} weeks and "
                      f"{keep.monthly} months in {where.parent}; removed {len(removed)}: "
                      + (", ".join(p.name for p in removed) or "none"))
            return 0
        manifest = restore(config, args.source, force=args.force)
    except BackupError as exc:
        print(f"{command} failed: {exc}", file=sys.stderr)
        return 1
    jobs = manifest["databases"]["jobs"]["counts"].get("jobs", 0)
    print(f"Restored the backup of {manifest['created_at']} into {config.var}: {jobs} jobs, "
          f"{manifest['storage']['files']} files. `make up` starts PrintDesk on it.")
    return 0
