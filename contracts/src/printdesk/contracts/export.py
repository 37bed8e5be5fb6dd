"""Write the JSON Schema of every event payload, the envelope and the API models to `contracts/schema/`.

`printdesk-contracts export [DIR]` regenerates; `printdesk-contracts check [DIR]` fails if a file is stale.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pydantic import BaseModel

from printdesk.contracts import api
from printdesk.contracts.envelope import EventEnvelope
from printdesk.contracts.events import EVENT_TYPES

DEFAULT_DIR = Path(__file__).resolve().parents[3] / "schema"


def schemas() -> dict[str, dict]:
    out: dict[str, dict] = {"envelope.json": EventEnvelope.model_json_schema()}
    for t in EVENT_TYPES.values():
        schema = t.payload.model_json_schema()
        schema["x-subject"] = t.subject
        out[f"events/{t.subject}.json"] = schema
    for name in sorted(dir(api)):
        obj = getattr(api, name)
        is_model = isinstance(obj, type) and issubclass(obj, BaseModel) and not name.startswith("_")
        if is_model and obj.__module__.startswith(api.__name__ + ".") and obj.__name__ != "Model":
            out[f"api/{name}.json"] = obj.model_json_schema()
    return out


def _render(schema: dict) -> str:
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


def export(target: Path) -> list[Path]:
    written = []
    for rel, schema in schemas().items():
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_render(schema))
        written.append(path)
    return written


def stale(target: Path) -> list[str]:
    return [
        rel
        for rel, schema in schemas().items()
        if not (target / rel).exists() or (target / rel).read_text() != _render(schema)
    ]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    command = argv[0] if argv else "export"
    target = Path(argv[1]) if len(argv) > 1 else DEFAULT_DIR
    if command == "export":
        for path in export(target):
            print(path)
        return 0
    if command == "check":
        bad = stale(target)
        for rel in bad:
            print(f"stale: {rel} (run `printdesk-contracts export`)", file=sys.stderr)
        return 1 if bad else 0
    print("usage: printdesk-contracts [export|check] [DIR]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
