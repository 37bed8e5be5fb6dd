"""What the operations tests share: a NATS server of their own and admin/staff tokens.

A NATS of their own: these tests run every service's app, whose durable consumers must not share messages
with the apps of the services' own suites running on the session's server.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from printdesk.devstack.servers import running_nats
from printdesk.devstack.testing import TokenMint


@pytest.fixture(scope="session")
def nats_url(scratch_dir: Path):
    with running_nats(scratch_dir, "ops-nats") as url:
        yield url


@pytest.fixture(scope="session")
def mint() -> TokenMint:
    return TokenMint()


@pytest.fixture(scope="session")
def admin_headers(mint: TokenMint) -> dict[str, str]:
    return mint.headers(role="admin", workstation="admin-desk")


@pytest.fixture(scope="session")
def staff_headers(mint: TokenMint) -> dict[str, str]:
    return mint.headers()
