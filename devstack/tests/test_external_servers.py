"""Given PostgreSQL, NATS and SMTP settings, the stack uses those servers instead of starting its own."""

from __future__ import annotations

from pathlib import Path

import psycopg

from printdesk.devstack.stack import SERVICES, Stack, StackConfig


def test_configured_servers_replace_the_embedded_ones(pg_admin_url, nats_url, smtp_sink, tmp_path: Path):
    var = tmp_path / "var"
    env = {"PRINTDESK_POSTGRES_URL": pg_admin_url, "NATS_URL": nats_url,
           "PRINTDESK_SMTP_HOST": "127.0.0.1", "PRINTDESK_SMTP_PORT": str(smtp_sink[0])}
    stack = Stack(StackConfig(root=tmp_path, var=var, gateway_port=1, base_port=1, env=env))
    stack.start_postgres()
    stack.start_nats()
    stack.start_smtp()

    assert [p.name for p in stack.parts if p.external] == ["postgres", "nats", "smtp"]
    assert all(p.process is None for p in stack.parts)
    assert not (var / "postgres").exists() and not (var / "nats").exists()
    with psycopg.connect(pg_admin_url) as conn:
        names = {row[0] for row in conn.execute("SELECT datname FROM pg_database")}
    assert {f"printdesk_{svc}" for svc in SERVICES} <= names
    service_env = stack.service_env()
    assert service_env["NATS_URL"] == nats_url
    assert service_env["PRINTDESK_SMTP_PORT"] == str(smtp_sink[0])
    assert service_env["PRINTDESK_JOBS_DATABASE_URL"].endswith("/printdesk_jobs")


def test_a_service_database_url_wins_over_the_server_url(pg_admin_url, make_database, tmp_path: Path):
    jobs_url = make_database("explicit_jobs")
    env = {"PRINTDESK_POSTGRES_URL": pg_admin_url, "PRINTDESK_JOBS_DATABASE_URL": jobs_url}
    stack = Stack(StackConfig(root=tmp_path, var=tmp_path / "var", gateway_port=1, base_port=1, env=env))
    stack.start_postgres()
    assert stack.database_urls["jobs"] == jobs_url
    assert stack.database_urls["auth"].endswith("/printdesk_auth")
