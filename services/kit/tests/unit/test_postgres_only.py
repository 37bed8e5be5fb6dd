"""PrintDesk refuses any database but PostgreSQL, with a message that says what to do."""

from __future__ import annotations

import pytest

from printdesk.jobs.entrypoints.cli import main as jobs_main
from printdesk.kit.db import NotPostgresError, require_postgres


@pytest.mark.parametrize("url", ["sqlite:///app.db", "sqlite+aiosqlite:///:memory:", "mysql://u:p@h/db", "not a url"])
def test_non_postgres_urls_are_refused(url):
    with pytest.raises(NotPostgresError) as caught:
        require_postgres(url)
    assert "postgresql://" in str(caught.value)


def test_postgres_urls_are_normalised_to_psycopg3():
    assert require_postgres("postgresql://u:p@h:5432/db") == "postgresql+psycopg://u:p@h:5432/db"
    assert require_postgres("postgresql+psycopg://u:p@h/db") == "postgresql+psycopg://u:p@h/db"


def test_a_service_given_sqlite_refuses_to_start(monkeypatch, capsys):
    monkeypatch.setenv("PRINTDESK_JOBS_DATABASE_URL", "sqlite:///jobs.db")
    assert jobs_main(["serve"]) == 2
    err = capsys.readouterr().err
    assert "refusing to start" in err and "PostgreSQL" in err


def test_a_service_without_a_database_url_says_so(monkeypatch, capsys):
    monkeypatch.delenv("PRINTDESK_JOBS_DATABASE_URL", raising=False)
    assert jobs_main(["migrate"]) == 2
    assert "database_url" in capsys.readouterr().err


def test_only_the_gateway_on_loopback_is_trusted_for_client_addresses_unless_configured(monkeypatch):
    from printdesk.jobs.config import JobsSettings

    monkeypatch.setenv("PRINTDESK_JOBS_DATABASE_URL", "postgresql://u:p@h/db")
    assert JobsSettings().trusted_proxies == "127.0.0.1"
    monkeypatch.setenv("PRINTDESK_TRUSTED_PROXIES", "*")
    assert JobsSettings().trusted_proxies == "*"
