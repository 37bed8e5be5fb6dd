"""deploy/systemd/printdesk.service, for this checkout: systemd accepts every line, and it runs what `make up`
runs with the stop that leaves PostgreSQL consistent (SIGTERM to printdesk-stack alone, time to stop)."""

from __future__ import annotations

import configparser
import getpass
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
UNIT = REPO / "deploy" / "systemd" / "printdesk.service"


def _for_this_checkout(tmp_path: Path) -> Path:
    text = UNIT.read_text().replace("/srv/printdesk", str(REPO)).replace("User=printdesk", f"User={getpass.getuser()}")
    unit = tmp_path / "printdesk.service"
    unit.write_text(text)
    return unit


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="needs systemd-analyze (Debian's systemd)")
def test_systemd_accepts_the_unit_without_a_warning(tmp_path):
    result = subprocess.run(["systemd-analyze", "verify", str(_for_this_checkout(tmp_path))],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "", result.stderr  # an unknown key is only a warning: none is allowed


def test_the_unit_runs_the_stack_in_the_foreground_and_stops_it_gently():
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.read_string(UNIT.read_text())
    service = unit["Service"]
    assert service["ExecStart"] == "/srv/printdesk/.venv/bin/printdesk-stack up"
    assert service["ExecStartPre"] == "/usr/bin/make install web"
    assert service["KillMode"] == "mixed" and service["KillSignal"] == "SIGTERM"
    # Eight parts stopped one after another, each given up to 15 s, PostgreSQL last: never cut that short.
    assert int(service["TimeoutStopSec"]) >= 8 * 15
    assert service["Restart"] == "on-failure"
    assert unit["Install"]["WantedBy"] == "multi-user.target"
