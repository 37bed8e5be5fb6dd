"""`printdesk-stack up | down | status | admin | backup | restore` (what `make up`, `make down`, `make backup`
and `make restore` run)."""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time

import httpx

from printdesk.devstack.servers import EmbeddedPostgres, database_url, venv_bin
from printdesk.devstack.stack import SERVICES, StackConfig, run_foreground


def _running_pid(config: StackConfig) -> int | None:
    try:
        pid = json.loads(config.state_file.read_text())["pid"]
        os.kill(pid, 0)
        return pid
    except (FileNotFoundError, KeyError, ValueError, ProcessLookupError, PermissionError):
        return None


def run_auth_command(config: StackConfig, rest: list[str], *, running: bool) -> int:
    """Run `printdesk-auth <rest>` against the auth database `make up` uses (starting PostgreSQL if needed)."""
    env = dict(os.environ)
    postgres = None
    if not env.get("PRINTDESK_AUTH_DATABASE_URL"):
        if admin_url := env.get("PRINTDESK_POSTGRES_URL"):
            env["PRINTDESK_AUTH_DATABASE_URL"] = database_url(admin_url, "printdesk_auth")
        else:
            postgres = EmbeddedPostgres(config.var / "postgres", config.port("postgres"), config.var / "log" / "postgres.log")
            if not (config.var / "postgres" / "PG_VERSION").exists():
                print("Run `make up` once first: it creates the databases.", file=sys.stderr)
                return 1
            if not running:
                postgres.start()
            env["PRINTDESK_AUTH_DATABASE_URL"] = database_url(postgres.url(), "printdesk_auth")
    try:
        return subprocess.run([venv_bin("printdesk-auth"), *rest], env=env).returncode
    finally:
        if postgres is not None and not running:
            postgres.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="printdesk-stack", description="Run PrintDesk on this machine")
    parser.add_argument("command", choices=["up", "down", "status", "admin", "backup", "restore"])
    parser.add_argument("rest", nargs=argparse.REMAINDER,
                        help="for `admin`: a printdesk-auth command; for `backup`/`restore`: see their --help")
    args = parser.parse_args(argv)
    config = StackConfig.from_env()
    pid = _running_pid(config)

    if args.command == "up":
        if pid:
            print(f"PrintDesk is already running (pid {pid}) at {config.public_url}; `make down` stops it.")
            return 1
        return run_foreground(config)

    if args.command == "admin":
        return run_auth_command(config, args.rest, running=pid is not None)

    if args.command in ("backup", "restore"):
        from printdesk.devstack.backup_cli import run_backup_command

        return run_backup_command(config, args.command, args.rest)

    if args.command == "down":
        if not pid:
            print("PrintDesk is not running.")
            return 0
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and _running_pid(config):
            time.sleep(0.2)
        print("PrintDesk stopped." if not _running_pid(config) else "PrintDesk is still stopping; check var/log/.")
        return 0

    if not pid:
        print("PrintDesk is not running.")
        return 1
    for svc in SERVICES:
        url = f"{config.public_url}/api/v1/{svc}/health"
        try:
            body = httpx.get(url, timeout=3).json()
            print(f"{svc:8} {body.get('status', '?'):5} {body.get('components', {})}")
        except Exception as exc:  # noqa: BLE001 - reported, not raised
            print(f"{svc:8} down  ({exc})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
