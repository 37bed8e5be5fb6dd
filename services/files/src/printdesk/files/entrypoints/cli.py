"""`printdesk-files migrate | serve | link-key`."""

from __future__ import annotations

import argparse
import asyncio

from printdesk.files.adapters.link_keys import signing_key
from printdesk.files.bootstrap import SERVICE, make_app
from printdesk.files.config import FilesSettings
from printdesk.handler import links
from printdesk.kit.cli import service_main
from printdesk.kit.db import make_engine, make_session_factory


async def _public_key(settings: FilesSettings) -> str:
    engine = make_engine(settings.database_url, pool_size=1)
    try:
        async with make_session_factory(engine)() as session, session.begin():
            key = await signing_key(session)
    finally:
        await engine.dispose()
    return links.public_key_text(key.public_key())


def _link_key(_args: argparse.Namespace, settings: FilesSettings) -> int:
    print(f"PUBLIC_KEYS = {asyncio.run(_public_key(settings))}")
    return 0


def _extra(sub: argparse._SubParsersAction) -> dict:
    sub.add_parser("link-key", help="print the line workstations put in config.ini to trust print3d:// links")
    return {"link-key": _link_key}


def main(argv: list[str] | None = None) -> int:
    return service_main(
        SERVICE, load_settings=FilesSettings, make_app=make_app,
        migrations="printdesk.files.adapters:migrations", extra=_extra, argv=argv,
    )


if __name__ == "__main__":
    raise SystemExit(main())
