"""`printdesk-jobs migrate | serve`."""

from __future__ import annotations

from printdesk.jobs.bootstrap import SERVICE, make_app
from printdesk.jobs.config import JobsSettings
from printdesk.kit.cli import service_main


def main(argv: list[str] | None = None) -> int:
    return service_main(
        SERVICE, load_settings=JobsSettings, make_app=make_app,
        migrations="printdesk.jobs.adapters:migrations", argv=argv,
    )


if __name__ == "__main__":
    raise SystemExit(main())
