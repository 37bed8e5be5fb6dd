"""Settings: the database and the retry delays under PRINTDESK_NOTIFY_, the mail server under shared PRINTDESK_ names."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from printdesk.notify.config import NotifySettings


def test_settings_come_from_the_prefixed_and_the_shared_variables(monkeypatch):
    monkeypatch.setenv("PRINTDESK_NOTIFY_DATABASE_URL", "postgresql://u:p@db:5432/notify")
    monkeypatch.setenv("PRINTDESK_SMTP_HOST", "smtp.example.edu")
    monkeypatch.setenv("PRINTDESK_SMTP_PORT", "587")
    monkeypatch.setenv("PRINTDESK_SMTP_STARTTLS", "true")
    monkeypatch.setenv("PRINTDESK_SMTP_USERNAME", "printdesk")
    settings = NotifySettings()
    assert settings.database_url.startswith("postgresql+psycopg://")
    assert (settings.smtp_host, settings.smtp_port, settings.smtp_starttls) == ("smtp.example.edu", 587, True)
    assert settings.smtp_username == "printdesk" and settings.smtp_password is None


def test_the_defaults_point_at_the_local_mail_sink(monkeypatch):
    monkeypatch.setenv("PRINTDESK_NOTIFY_DATABASE_URL", "postgresql://u:p@db:5432/notify")
    for name in ("HOST", "PORT", "FROM", "USERNAME", "PASSWORD", "STARTTLS"):
        monkeypatch.delenv(f"PRINTDESK_SMTP_{name}", raising=False)
    settings = NotifySettings()
    assert (settings.smtp_host, settings.smtp_port, settings.smtp_starttls) == ("127.0.0.1", 2525, False)
    assert settings.smtp_from == "PrintDesk <printdesk@localhost>"
    assert settings.retry_delays_seconds == (5, 30, 120, 600, 3600)


def test_a_database_that_is_not_postgresql_is_refused():
    with pytest.raises(ValidationError, match="PostgreSQL only"):
        NotifySettings(database_url="sqlite:///notify.db")


def test_the_lab_is_not_a_setting_but_comes_from_the_catalog(monkeypatch):
    monkeypatch.setenv("PRINTDESK_NOTIFY_DATABASE_URL", "postgresql://u:p@db:5432/notify")
    monkeypatch.setenv("PRINTDESK_LAB_NAME", "FabLab CoAD")  # an old variable does no harm
    assert not hasattr(NotifySettings(), "lab_name")


def test_the_retry_delays_can_be_set_and_must_be_positive(monkeypatch):
    monkeypatch.setenv("PRINTDESK_NOTIFY_DATABASE_URL", "postgresql://u:p@db:5432/notify")
    monkeypatch.setenv("PRINTDESK_NOTIFY_RETRY_DELAYS_SECONDS", "[1, 2.5]")
    assert NotifySettings().retry_delays_seconds == (1, 2.5)
    monkeypatch.setenv("PRINTDESK_NOTIFY_RETRY_DELAYS_SECONDS", "[1, 0]")
    with pytest.raises(ValidationError, match="positive"):
        NotifySettings()
