"""bench/RESULTS.md holds one section per benchmark; each run replaces its own section and keeps the others.

A section sits between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`; a new one is added at the end.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import platform
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psutil

from printdesk.devstack.stack import repo_root

RESULTS = repo_root() / "bench" / "RESULTS.md"
HEADER = "# Benchmark results\n\nEach section is written by its benchmark (see README.md); `make bench` runs them all.\n"


def write_section(name: str, text: str, path: Path = RESULTS) -> None:
    begin, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    block = f"{begin}\n{text.rstrip()}\n{end}"
    current = path.read_text() if path.exists() else HEADER
    if begin in current and end in current:
        head, rest = current.split(begin, 1)
        _, tail = rest.split(end, 1)
        current = head + block + tail
    else:
        current = current.rstrip() + "\n\n" + block + "\n"
    path.write_text(current)


def publish(name: str, text: str, path: Path) -> None:
    """Print the run's section and write it to `path` (a `--results` of '-' writes nothing)."""
    print("\n" + text)
    if str(path) != "-":
        write_section(name, text, path)
        print(f"written to {path} (section {name})")


@contextlib.contextmanager
def scratch_dir(name: str, *, keep: bool) -> Iterator[Path]:
    """A scratch directory for one benchmark run, removed afterwards unless `keep` (`--keep`)."""
    scratch = Path(tempfile.mkdtemp(prefix=f"printdesk-bench-{name}-"))
    scratch.chmod(0o755)  # the embedded PostgreSQL runs as its own user and must reach its data below
    try:
        yield scratch
    finally:
        if keep:
            print(f"scratch kept in {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


def machine_facts(**extra: str) -> dict[str, str]:
    """The machine the numbers came from (compare runs on the same machine only)."""
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": f"{cpu} × {os.cpu_count()} logical cores",
        "memory": f"{psutil.virtual_memory().total / 1024**3:.1f} GiB",
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "load average at the start (1, 5, 15 min)": load,
        **extra,
    }


def facts_block(facts: dict[str, str]) -> str:
    return "Machine:\n" + "\n".join(f"- {k}: {v}" for k, v in facts.items()) + "\n"
