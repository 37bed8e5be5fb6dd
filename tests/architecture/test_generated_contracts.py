"""Generated artefacts match their sources: OpenAPI documents match the services, TypeScript types match them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_openapi_documents_are_current():
    result = subprocess.run([sys.executable, "-m", "printdesk.devstack.openapi", "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_web_types_are_generated_from_the_current_openapi():
    result = subprocess.run(["node", "scripts/gen-api.mjs", "--check"], cwd=ROOT / "web", capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
