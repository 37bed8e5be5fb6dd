"""Which backups to keep when they are taken every day: the newest of each of the last days, weeks and months.

`make backup ROTATE=1` (from cron, say at 02:00) keeps by default the newest backup of each of the last 14 days
that have one, of each of the last 8 weeks and of each of the last 12 months, and deletes the other backups in
the same folder. Only folders named like a backup (`20260101T020000Z`) that hold a `manifest.json` are
considered, so nothing else in the folder is ever touched, and a backup that failed half-way (no manifest)
is left for a person to look at.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

STAMP = re.compile(r"^\d{8}T\d{6}Z$")
MANIFEST = "manifest.json"


@dataclass(frozen=True)
class Keep:
    daily: int = 14
    weekly: int = 8
    monthly: int = 12


def _taken_at(name: str) -> datetime:
    return datetime.strptime(name, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)


def to_remove(names: list[str], keep: Keep) -> list[str]:
    """Of the backups named `names` (their UTC timestamps), those the policy does not keep, oldest first."""
    newest_first = sorted((n for n in names if STAMP.match(n)), reverse=True)
    kept: set[str] = set()
    periods: dict[str, set[object]] = {"daily": set(), "weekly": set(), "monthly": set()}
    for name in newest_first:
        at = _taken_at(name)
        for kind, period in (("daily", at.date()), ("weekly", at.isocalendar()[:2]), ("monthly", (at.year, at.month))):
            seen = periods[kind]
            if period not in seen and len(seen) < getattr(keep, kind):
                seen.add(period)
                kept.add(name)
    return sorted(n for n in newest_first if n not in kept)


def prune_backups(root: Path, keep: Keep, *, protect: Path | None = None) -> list[Path]:
    """Delete the complete backups in `root` the policy does not keep (never `protect`); the ones deleted."""
    complete = [p.name for p in root.iterdir() if p.is_dir() and not p.is_symlink() and STAMP.match(p.name)
                and (p / MANIFEST).is_file()] if root.is_dir() else []
    removed = []
    for name in to_remove(complete, keep):
        path = root / name
        if protect is not None and path.resolve() == protect.resolve():
            continue
        shutil.rmtree(path)
        removed.append(path)
    return removed
