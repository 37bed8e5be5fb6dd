"""The same slice through the pages, in Debian's Chromium (Playwright, web/e2e), with screenshots."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "test-results" / "screenshots"


def test_submit_sign_in_and_see_the_job_in_chromium(stack):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for old in SCREENSHOTS.glob("*.png"):  # only pictures of this run may satisfy the checks below
        old.unlink()
    env = dict(
        os.environ,
        PRINTDESK_BASE_URL=stack.url,
        PRINTDESK_E2E_WORKSTATION="admin",
        PRINTDESK_E2E_PASSWORD=stack.admin_password,
        PRINTDESK_E2E_MAIL_DIR=str(stack.mail_dir),
        PRINTDESK_SCREENSHOT_DIR=str(SCREENSHOTS),
    )
    result = subprocess.run(
        [str(ROOT / "web" / "node_modules" / ".bin" / "playwright"), "test", "--reporter=line"],
        cwd=ROOT / "web", env=env, capture_output=True, text=True, timeout=900,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    for name in ("submit-success.png", "login.png", "dashboard.png",
                 # lifecycle.spec.ts: an approval watched from two workstations, then the student confirms
                 "lifecycle-approve-dialog.png", "lifecycle-approve-review.png", "lifecycle-board-b-after-approval.png",
                 "lifecycle-confirm-quote.png", "lifecycle-confirmed.png", "lifecycle-ready-to-print.png",
                 "lifecycle-board-b-locked.png",
                 # lifecycle-finish.spec.ts: print, complete and pay; and a rejection
                 "happy-picked-up.png", "happy-track-picked-up.png", "rejected-board.png", "rejected-track.png",
                 # admin-pages.spec.ts, analytics.spec.ts, quality.spec.ts
                 "admin-catalog-real.png", "admin-overrides-real.png", "admin-files-real.png",
                 "admin-diagnostics-real.png", "analytics-1280.png", "analytics-390.png", "quality-keyboard-focus.png"):
        shot = Path(SCREENSHOTS / name)
        assert shot.exists() and shot.stat().st_size > 1000, name
