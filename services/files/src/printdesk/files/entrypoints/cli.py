"""`printdesk-files migrate | serve`."""

from __future__ import annotations

from printdesk.files.bootstrap import SERVICE, make_app
from printdesk.files.config import FilesSettings
from printdesk.kit.cli import service_main


def main(argv: list[str] | None = None) -> int:
    return service_main(
        SERVICE, load_settings=FilesSettings, make_app=make_app,
        migrations="printdesk.files.adapters:migrations", argv=argv,
    )


if __name__ == "__main__":
    raise SystemExit(main())
