"""The hexagonal rules of ARCHITECTURE.md, enforced by import-linter over every service."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_hold():
    result = subprocess.run(
        [str(Path(sys.prefix) / "bin" / "lint-imports"), "--no-cache"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


def test_no_sqlite_anywhere_in_the_code():
    offenders = []
    for path in ROOT.glob("**/*.py"):
        if any(part in {".venv", "node_modules", "var"} for part in path.parts) or path == Path(__file__):
            continue
        text = path.read_text(errors="ignore").lower()
        if "sqlite:" in text or "import sqlite3" in text or "aiosqlite" in text:
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == [] or all("tests" in o for o in offenders), offenders
