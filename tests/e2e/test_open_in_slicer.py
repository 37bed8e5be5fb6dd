"""The workstation handler against the running stack: the dashboard's link for a job, fetched through the
gateway, is opened by the installed `printdesk-open` (configured as a workstation is, with the storage mounted
at its own base), which starts the slicer with exactly the job's file and reports the opening; the job's
history then says where and with what it was opened. A tampered link opens nothing and records nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from printdesk.devstack.testing import stub_slicer, wait_for

pytestmark = pytest.mark.e2e

OPENER = Path(sys.prefix) / "bin" / "printdesk-open"


def _workstation(stack, tmp_path: Path, public_key: str) -> tuple[dict[str, str], Path, Path]:
    """A workstation's config.ini and a stub slicer that writes down the arguments it was started with."""
    slicer, received = stub_slicer(tmp_path)
    log = tmp_path / "handler.log"
    config = tmp_path / "config.ini"
    config.write_text(
        "[main]\n"
        f"STORAGE_BASE = {stack.var / 'storage'}\n"
        f"PUBLIC_KEYS = {public_key}\n"
        f"API_URL = {stack.url}\n"
        "WORKSTATION = front-desk\n"
        f"LOG_PATH = {log}\n\n"
        f"[slicer_prusa]\nname = PrusaSlicer\npath = {slicer}\nextensions = .stl, .3mf, .obj\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.update({"PRINTDESK_HANDLER_CONFIG": str(config), "PRINTDESK_HANDLER_UI": "console"})
    return env, received, log


def _opened_events(stack, client: httpx.Client, job_id: str, headers: dict[str, str]) -> list[dict]:
    response = client.get(f"{stack.url}/api/v1/jobs/{job_id}/events", headers=headers)
    assert response.status_code == 200, response.text
    return [e for e in response.json()["events"] if e["event_type"] == "FileOpenedInSlicer"]


def test_the_handler_opens_the_jobs_file_and_the_jobs_history_records_it(stack, tmp_path):
    with httpx.Client(timeout=30) as client:
        headers = stack.login(client)
        job, _ = stack.submit(client, "Ada", "Lovelace")
        job_id = job["job_id"]

        def link() -> dict | None:
            response = client.get(f"{stack.url}/api/v1/files/jobs/{job_id}/open-link", headers=headers)
            return response.json() if response.status_code == 200 else None

        issued = wait_for(link)
        assert issued, "the files service never issued a link for the stored file"
        key = client.get(f"{stack.url}/api/v1/files/link-key", headers=headers)
        assert key.status_code == 200, key.text
        env, received, log = _workstation(stack, tmp_path, key.json()["public_key"])

        opened = subprocess.run([str(OPENER), issued["url"]], env=env, capture_output=True, text=True, timeout=60)
        assert opened.returncode == 0, opened.stderr + log.read_text()
        assert wait_for(lambda: received.exists() and received.read_text(), timeout=10), "the slicer was not started"
        assert received.read_text().splitlines() == [str((stack.var / "storage" / issued["relative_path"]).resolve())]

        events = wait_for(lambda: _opened_events(stack, client, job_id, headers))
        assert len(events) == 1, "the opening never reached the job's history"
        assert events[0]["workstation"] == "front-desk" and events[0]["staff_name"] is None
        assert events[0]["details"] == {"file": issued["relative_path"], "slicer": "PrusaSlicer"}

        # The same link with another file named in it: refused by the handler, nothing launched or recorded.
        received.unlink()
        tampered = issued["url"].replace("path=Uploaded", "path=Pending")
        refused = subprocess.run([str(OPENER), tampered], env=env, capture_output=True, text=True, timeout=60)
        assert refused.returncode == 2
        assert "signature does not match" in refused.stderr
        assert not received.exists()
        assert len(_opened_events(stack, client, job_id, headers)) == 1
