"""Export each service's OpenAPI document to `contracts/openapi/<service>.json` (the web app's types come from them).

`python -m printdesk.devstack.openapi` writes them; `--check` fails when a committed one is stale.
"""

from __future__ import annotations

import importlib
import json
import sys
import tempfile
from pathlib import Path

from printdesk.devstack.stack import SERVICES, repo_root

# Building an app connects to nothing: engines and NATS connect at startup, which never happens here.
_PLACEHOLDER_DB = "postgresql://openapi@127.0.0.1:1/openapi"


_SCRATCH: list[tempfile.TemporaryDirectory] = []


def _scratch_root() -> Path:
    """One storage root for every app built in this process, removed when the process ends."""
    if not _SCRATCH:
        _SCRATCH.append(tempfile.TemporaryDirectory(prefix="printdesk-openapi-"))
    return Path(_SCRATCH[0].name)


def build_app(service: str):  # noqa: ANN201 - a FastAPI app
    """The service's app from its own bootstrap, with a placeholder database (nothing connects)."""
    bootstrap = importlib.import_module(f"printdesk.{service}.bootstrap")
    config = importlib.import_module(f"printdesk.{service}.config")
    settings_class = next(
        getattr(config, name) for name in dir(config)
        if name.endswith("Settings") and name != "ServiceSettings" and getattr(config, name).__module__ == config.__name__
    )
    extra = {"storage_root": _scratch_root()} if service == "files" else {}
    return bootstrap.make_app(settings_class(database_url=_PLACEHOLDER_DB, **extra))


def document(service: str) -> dict:
    return build_app(service).openapi()


def render(service: str) -> str:
    return json.dumps(document(service), indent=2, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    target = repo_root() / "contracts" / "openapi"
    target.mkdir(parents=True, exist_ok=True)
    stale = []
    for service in SERVICES:
        path = target / f"{service}.json"
        text = render(service)
        if "--check" in argv:
            if not path.exists() or path.read_text() != text:
                stale.append(path.name)
        else:
            path.write_text(text)
            print(path)
    for name in stale:
        print(f"stale: contracts/openapi/{name} (run `make contracts`)", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
