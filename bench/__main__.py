"""`python -m bench [--only uploads,dashboard,pipeline] [-- ARGS]` (what `make bench` runs).

Runs the benchmarks one after the other, each in its own process with its own scratch stack, and each
replaces its own section of bench/RESULTS.md. ARGS go to the one benchmark chosen with `--only`.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

from printdesk.devstack.stack import repo_root

BENCHMARKS = ("uploads", "dashboard", "pipeline")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--only", default=",".join(BENCHMARKS),
                        help=f"comma-separated, from {', '.join(BENCHMARKS)} (default: all)")
    parser.add_argument("args", nargs=argparse.REMAINDER, help="after --: options of the one benchmark chosen")
    args = parser.parse_args(argv)
    chosen = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = [name for name in chosen if name not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    extra = args.args[1:] if args.args[:1] == ["--"] else args.args
    if extra and len(chosen) != 1:
        parser.error("options after -- need exactly one benchmark in --only")
    failed = []
    for name in chosen:
        print(f"=== bench: {name} ===", flush=True)
        started = time.monotonic()
        code = subprocess.run([sys.executable, "-m", f"bench.{name}", *extra], cwd=repo_root()).returncode
        print(f"=== bench: {name} {'done' if code == 0 else f'FAILED ({code})'} in "
              f"{time.monotonic() - started:.0f} s ===", flush=True)
        if code != 0:
            failed.append(name)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
