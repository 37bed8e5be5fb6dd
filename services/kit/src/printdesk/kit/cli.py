"""The command line every service shares: `printdesk-<service> migrate | serve`, plus its own commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

import uvicorn
from fastapi import FastAPI

from printdesk.kit.db import NotPostgresError
from printdesk.kit.logs import configure_logging
from printdesk.kit.migrations import upgrade
from printdesk.kit.settings import ServiceSettings

Command = Callable[[argparse.Namespace, ServiceSettings], int]


def service_main(
    service: str,
    *,
    load_settings: Callable[[], ServiceSettings],
    make_app: Callable[[ServiceSettings], FastAPI],
    migrations: str,
    extra: Callable[[argparse._SubParsersAction], dict[str, Command]] | None = None,
    argv: list[str] | None = None,
) -> int:
    parser = argparse.ArgumentParser(prog=f"printdesk-{service}")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("migrate", help="apply database migrations (alembic upgrade head)")
    serve = sub.add_parser("serve", help="run the API, outbox relay and consumers")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    commands: dict[str, Command] = extra(sub) if extra else {}
    args = parser.parse_args(argv)

    try:
        settings = load_settings()
    except NotPostgresError as exc:
        print(f"printdesk-{service}: refusing to start: {exc}", file=sys.stderr)
        return 2
    except ValueError as exc:  # pydantic ValidationError (missing/invalid settings) is a ValueError
        message = str(exc)
        if "PrintDesk stores jobs in PostgreSQL only" in message or "not a valid URL" in message:
            print(f"printdesk-{service}: refusing to start: the database URL is not PostgreSQL.\n{message}",
                  file=sys.stderr)
        else:
            print(f"printdesk-{service}: invalid settings:\n{message}", file=sys.stderr)
        return 2
    configure_logging(service, settings.log_level, stream=sys.stdout if args.command == "serve" else sys.stderr)

    if args.command == "migrate":
        upgrade(migrations, settings.database_url)
        return 0
    if args.command == "serve":
        uvicorn.run(
            make_app(settings), host=args.host, port=args.port, log_config=None,
            proxy_headers=True, forwarded_allow_ips=settings.trusted_proxies, timeout_graceful_shutdown=5,
        )
        return 0
    return commands[args.command](args, settings)
