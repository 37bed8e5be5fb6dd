"""`python -m bench.dashboard` (or `make bench ONLY=dashboard`): the staff dashboard at a campus's scale (issue 9).

Starts PostgreSQL, NATS, the jobs service and Traefik (bench/service_stack.py), bulk-loads 10,000 then
100,000 jobs (bench/dashboard_data.py; `printdesk-jobs rebuild-analytics` afterwards when the command exists),
and for each size drives the gateway from a separate process (bench/loadgen.py) at concurrency 1 and 16:
the Uploaded list page, tab counts, a job's detail and its events, a search by name and the analytics
reports (the overview over 30 days, and each report over a year). In the same run it replays the SQL
those routes send straight from psycopg (bench/dbfloor.py): the database's floor. Writes the `dashboard` section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import psutil
import psycopg

from bench import dashboard_data, dbfloor, profile
from bench.dashboard_report import report
from bench.results import RESULTS, machine_facts, publish, scratch_dir
from bench.service_stack import ServiceStack
from printdesk.devstack.servers import free_port, port_open, stop_process, wait_until
from printdesk.devstack.stack import repo_root

SEARCH_TERMS = ("okafor", "lovelace", "nguyen", "garcia", "hopper", "mensah", "tanaka", "patel")
CONCURRENCY = (1, 16)
PROFILED = ("uploaded_list", "tab_counts")  # the targeted rows, sampled at concurrency 16 at the largest size


def run_loadgen(base: str, paths: list[str], headers: dict[str, str], concurrency: int, seconds: float,
                warmup: float) -> dict:
    argv = [sys.executable, "-m", "bench.loadgen", "--base", base, "--concurrency", str(concurrency),
            "--seconds", str(seconds), "--warmup", str(warmup)]
    for path in paths:
        argv += ["--path", path]
    for name, value in headers.items():
        argv += ["--header", f"{name}: {value}"]
    done = subprocess.run(argv, capture_output=True, text=True, cwd=repo_root(), timeout=seconds + warmup + 60)
    if done.returncode != 0:
        raise RuntimeError(f"load client failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout)


class CpuMeter:
    """CPU seconds spent by each part of the stack (a process and its children) between two readings."""

    def __init__(self, pids: dict[str, int]) -> None:
        self.processes = {name: psutil.Process(pid) for name, pid in pids.items()}

    def reading(self) -> dict[str, float]:
        found = {}
        for name, process in self.processes.items():
            own = process.cpu_times()  # with its reaped children: PostgreSQL's backends that closed meanwhile
            total = own.user + own.system + own.children_user + own.children_system
            for p in process.children(recursive=True):
                try:
                    t = p.cpu_times()
                    total += t.user + t.system
                except psutil.NoSuchProcess:
                    pass
            found[name] = total
        return found

    @staticmethod
    def spent(before: dict[str, float], after: dict[str, float]) -> dict[str, float]:
        return {name: after[name] - before[name] for name in before}


def client_overhead(stack: ServiceStack, seconds: float, warmup: float) -> dict:
    """The load client against the cheapest server (its own ceiling), and the gateway → jobs health check."""
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "bench.loadgen", "--serve-trivial", str(port)],
                              cwd=repo_root(), stdout=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_until(lambda: port_open(port), 10, "trivial server", server)
        trivial = {c: run_loadgen(f"http://127.0.0.1:{port}", ["/"], {}, c, seconds, warmup) for c in CONCURRENCY}
    finally:
        stop_process(server)
    health = {c: run_loadgen(stack.base_url, ["/api/v1/jobs/health"], {}, c, seconds, warmup) for c in CONCURRENCY}
    return {"trivial": trivial, "health": health}


def has_command(stack: ServiceStack, command: str) -> bool:
    return command in stack.run_cli("jobs", "--help", check=False).stdout


def scenarios(dsn: str) -> tuple[dict[str, list[str]], dict[str, dbfloor.Reader]]:
    """The paths each row cycles through, and what the same requests read from the database."""
    with psycopg.connect(dsn) as conn:
        ids = [r[0] for r in conn.execute(
            "SELECT id FROM jobs WHERE status = 'PAIDPICKEDUP' ORDER BY random() LIMIT 200")]
    year_ago = (date.today() - timedelta(days=365)).isoformat()
    paths = {
        "uploaded_list": ["/api/v1/jobs?status=UPLOADED&page=1&page_size=50"],
        "tab_counts": ["/api/v1/jobs/counts"],
        "job_detail": [f"/api/v1/jobs/{i}" for i in ids],
        "job_events": [f"/api/v1/jobs/{i}/events" for i in ids],
        "search": [f"/api/v1/jobs?status=PAIDPICKEDUP&search={t}&page=1&page_size=50" for t in SEARCH_TERMS],
        "analytics_overview": ["/api/v1/analytics/overview"],
        # A lab manager's "how did the year go": a quarter of the 4 years of generated jobs.
        "analytics_overview_year": [f"/api/v1/analytics/overview?from={year_ago}"],
        "analytics_trends_year": [f"/api/v1/analytics/trends?from={year_ago}"],
        "analytics_resources_year": [f"/api/v1/analytics/resources?from={year_ago}"],
        "analytics_financial_year": [f"/api/v1/analytics/financial?from={year_ago}"],
    }
    return paths, dbfloor.readers(ids[0], SEARCH_TERMS[0])


def measure_size(stack: ServiceStack, size: int, seconds: float, warmup: float) -> dict:
    dsn = stack.database_urls["jobs"]
    have = dashboard_data.count_jobs(dsn)
    print(f"dashboard: loading {size - have:,} jobs (to {size:,}) …", flush=True)
    loaded = dashboard_data.load(dsn, size - have)
    rebuilt = None
    if has_command(stack, "rebuild-analytics"):
        started = time.perf_counter()
        stack.run_cli("jobs", "rebuild-analytics")
        rebuilt = time.perf_counter() - started
    with psycopg.connect(dsn, autocommit=True) as conn:  # a settled database: no autovacuum catching up mid-run
        conn.execute("VACUUM (ANALYZE)")
        conn.execute("CHECKPOINT")
    paths, readers = scenarios(dsn)
    headers = stack.headers()
    meter = CpuMeter({k: v for k, v in stack.pids().items() if k in ("jobs", "gateway", "postgres")})
    rows: dict[str, dict] = {}
    for name, cycle in paths.items():
        rows[name] = {"http": {}, "floor": {}, "cpu": {}}
        for c in CONCURRENCY:
            print(f"dashboard {size:,}: {name} at concurrency {c} …", flush=True)
            before = meter.reading()
            rows[name]["http"][c] = result = run_loadgen(stack.base_url, cycle, headers, c, seconds, warmup)
            rows[name]["cpu"][c] = {k: v / max(result["requests"], 1) * 1000
                                    for k, v in CpuMeter.spent(before, meter.reading()).items()}
            if result["requests"] and result["statuses"].get("404", 0) == result["requests"]:
                rows[name]["not_available"] = True  # the route is not there (yet): reported as such
        if name in readers and not rows[name].get("not_available"):
            statements = asyncio.run(dbfloor.capture(dsn, readers[name]))
            rows[name]["statements"] = len(statements)
            rows[name]["plans"] = asyncio.run(dbfloor.explain(dsn, statements))
            for c in CONCURRENCY:
                rows[name]["floor"][c] = asyncio.run(dbfloor.replay(dsn, statements, c, min(seconds, 3.0)))
    return {"size": size, "loaded": loaded, "analytics_rebuild_s": rebuilt, "rows": rows, "paths": paths}


def profiles(stack: ServiceStack, paths: dict[str, list[str]], seconds: float, warmup: float) -> dict[str, dict]:
    """A further run of each targeted row at concurrency 16 with py-spy sampling the jobs service."""
    found = {}
    for name in PROFILED:
        print(f"dashboard: profiling the jobs service during {name} at concurrency 16 …", flush=True)
        found[name] = profile.profile(
            stack.pids()["jobs"], seconds,
            lambda cycle=paths[name]: run_loadgen(stack.base_url, cycle, stack.headers(), 16, seconds, warmup),
        )
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.dashboard", description=__doc__)
    parser.add_argument("--jobs", default="10000,100000", help="sizes to load and measure, ascending")
    parser.add_argument("--seconds", type=float, default=5.0, help="measured seconds per row and concurrency")
    parser.add_argument("--warmup", type=float, default=1.0)
    parser.add_argument("--results", type=Path, default=RESULTS,
                        help="the results file whose `dashboard` section this run replaces; '-' for none")
    parser.add_argument("--keep", action="store_true", help="keep the scratch directory (logs, data)")
    parser.add_argument("--no-profile", action="store_true", help="skip sampling the jobs service with py-spy")
    args = parser.parse_args(argv)
    sizes = sorted(int(s) for s in args.jobs.split(",") if s)
    with scratch_dir("dashboard", keep=args.keep) as scratch:
        with ServiceStack(scratch / "stack", services=("jobs",)) as stack:
            facts = machine_facts(postgresql=stack.postgres_version)
            print("dashboard: the load client's own overhead …", flush=True)
            overhead = client_overhead(stack, min(args.seconds, 3), args.warmup)
            measured = [measure_size(stack, size, args.seconds, args.warmup) for size in sizes]
            sampled = {} if args.no_profile else profiles(stack, measured[-1]["paths"], args.seconds, args.warmup)
            facts["jobs service"] = "printdesk-jobs serve (one uvicorn process), Traefik with gateway/dynamic.yml"
        publish("dashboard", report(measured, overhead, facts, args.seconds, sampled), args.results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
