"""`printdesk-open <link>`: placeholder entry point that refuses every link until link signing lands."""

from __future__ import annotations

import sys

EXIT_REFUSED = 2


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    print("printdesk-open: this workstation's handler is not set up yet; no link was opened.", file=sys.stderr)
    return EXIT_REFUSED


if __name__ == "__main__":
    raise SystemExit(main())
