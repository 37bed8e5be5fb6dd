from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def files_app(files_service):
    return files_service[0]


@pytest.fixture(scope="session")
def files_client(files_service):
    return files_service[1]


@pytest.fixture(scope="session")
def files_settings(files_service):
    return files_service[2]
