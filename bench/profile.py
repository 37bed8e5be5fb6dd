"""Where a service's CPU goes under load: py-spy samples the running process (from outside, without
changing it) while the load client drives one row again, and the samples are summed by the package
that was running (the innermost frame) and by function.

py-spy is a bench-only tool (`make bench` installs it, pinned in constraints.txt). It needs to read the
process's memory (ptrace); where it may not, the profile is reported as unavailable and nothing else changes.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from printdesk.devstack.servers import venv_bin

# The innermost frame's file decides the bucket; the first pattern that matches wins.
PACKAGES: tuple[tuple[str, str], ...] = (
    (r"/sqlalchemy/", "SQLAlchemy (ORM, Core, pool)"),
    (r"/psycopg(_pool|_binary|_c)?/", "psycopg (PostgreSQL driver)"),
    (r"/pydantic(_core)?/", "pydantic (validation, serialisation)"),
    (r"/fastapi/", "FastAPI (routing, dependencies, response)"),
    (r"/starlette/", "Starlette (requests, middleware)"),
    (r"/uvicorn/|/httptools/", "uvicorn (HTTP protocol)"),
    (r"/asyncio/|/uvloop/|selectors\.py|/concurrent/|threading\.py", "asyncio / event loop / threads"),
    (r"/jwt/|/cryptography/|/joserfc/|/authlib/", "token verification (JWT, crypto)"),
    (r"/json/|orjson", "JSON"),
    (r"/logging/|pythonjsonlogger", "logging"),
    (r"/prometheus_client/", "metrics"),
    (r"/printdesk/", "PrintDesk's own code"),
)
_FRAME = re.compile(r"^(?P<func>.*) \((?P<file>[^()]*?)(?::(?P<line>\d+))?\)$")


def available() -> str | None:
    """The py-spy executable, if installed."""
    try:
        return venv_bin("py-spy")
    except FileNotFoundError:
        return None


def package_of(path: str) -> str:
    for pattern, name in PACKAGES:
        if re.search(pattern, path):
            return name
    return "other (stdlib, C extensions)"


def summarise(raw: str) -> dict:
    """py-spy's `raw` output (one `frame;frame;…;innermost count` line per distinct stack) summed up."""
    by_package: Counter[str] = Counter()
    by_function: Counter[str] = Counter()
    total = 0
    for line in raw.splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        frames = [f for f in stack.split(";") if f and not f.startswith(("process ", "thread "))]
        if not frames:
            continue
        n = int(count)
        total += n
        match = _FRAME.match(frames[-1])
        func, file = (match["func"], match["file"]) if match else (frames[-1], "")
        by_package[package_of(file)] += n
        by_function[f"{func} ({Path(file).name})" if file else func] += n
    share = (lambda n: n / total) if total else (lambda n: 0.0)
    return {
        "samples": total,
        "by_package": [(name, share(n)) for name, n in by_package.most_common()],
        "top_functions": [(name, share(n)) for name, n in by_function.most_common(10)],
    }


def profile(pid: int, seconds: float, drive: Callable[[], object], rate: int = 200) -> dict:
    """Sample `pid` for `seconds` while `drive()` (a load run of about as long) runs; the summary, or why not."""
    spy = available()
    if spy is None:
        return {"unavailable": "py-spy is not installed (make bench installs it)"}
    with tempfile.TemporaryDirectory(prefix="printdesk-profile-") as scratch:
        out = Path(scratch) / "profile.txt"
        recorder = subprocess.Popen(
            [spy, "record", "--pid", str(pid), "--duration", str(max(1, round(seconds))), "--rate", str(rate),
             "--format", "raw", "--output", str(out), "--nonblocking", "--full-filenames"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )
        drive()
        try:
            _, err = recorder.communicate(timeout=seconds + 60)
        except subprocess.TimeoutExpired:
            recorder.kill()
            return {"unavailable": "py-spy did not finish"}
        if recorder.returncode != 0 or not out.exists():
            return {"unavailable": f"py-spy could not sample the process: {err.strip()[-300:]}"}
        return summarise(out.read_text())
