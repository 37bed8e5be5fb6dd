"""`printdesk-notify migrate | serve`."""

from __future__ import annotations

from printdesk.kit.cli import service_main
from printdesk.notify.bootstrap import SERVICE, make_app
from printdesk.notify.config import NotifySettings


def main(argv: list[str] | None = None) -> int:
    return service_main(
        SERVICE, load_settings=NotifySettings, make_app=make_app,
        migrations="printdesk.notify.adapters:migrations", argv=argv,
    )


if __name__ == "__main__":
    raise SystemExit(main())
