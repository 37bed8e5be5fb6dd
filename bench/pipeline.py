"""`python -m bench.pipeline` (or `make bench ONLY=pipeline`): the event pipeline's speed (issue 9, part 3).

Starts PostgreSQL, NATS, the SMTP sink, the jobs and notify services and Traefik (bench/service_stack.py).

1. Latency: N Ready jobs are bulk-loaded; a second workstation holds the live stream open in its own
   process (bench/sse_listener.py); each job is marked printing, then complete, through the gateway, one
   change at a time at `--rate` per second. Per change: from sending the request to (a) the server-sent event read by the other
   client and, for "complete", (b) the "ready for pickup" e-mail written by the SMTP sink (file time).
2. Throughput: M copies of a real `JobChanged` (a mark-printing: it sends no e-mail) are written to the
   outbox in one transaction; the jobs service's relay publishes them to JetStream and notify's consumer
   handles each (its inbox row). Rates from the rows' own times: `published_at` and the inbox `handled_at`.
"""

from __future__ import annotations

import argparse
import asyncio
import email
import json
import statistics
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import httpx
import psycopg
from psycopg.types.json import Jsonb

from bench import dashboard_data
from bench.loadgen import percentile
from bench.results import RESULTS, facts_block, machine_facts, publish, scratch_dir
from bench.service_stack import ServiceStack
from printdesk.devstack.servers import stop_process
from printdesk.devstack.stack import repo_root
from printdesk.devstack.testing import announce_staff
from printdesk.kit.roster import ROSTER_TABLE

STAFF = "Alex Rivera"


def _dsn(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def wait_for_staff(dsn: str, name: str, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    with psycopg.connect(dsn, autocommit=True) as conn:
        while time.monotonic() < deadline:
            if conn.execute(f"SELECT 1 FROM {ROSTER_TABLE} WHERE name_key = %s AND is_active",  # noqa: S608
                            (name.lower(),)).fetchone():
                return
            time.sleep(0.1)
    raise TimeoutError(f"the jobs service did not learn about {name}")


def listen(stack: ServiceStack) -> subprocess.Popen:
    argv = [sys.executable, "-m", "bench.sse_listener", "--url", f"{stack.base_url}/api/v1/jobs/stream"]
    argv += [f"--header={k}: {v}" for k, v in stack.headers().items()]
    process = subprocess.Popen(argv, cwd=repo_root(), stdout=subprocess.PIPE, text=True, start_new_session=True)
    if process.stdout.readline().strip() != "ready":
        raise RuntimeError("the live stream did not open")
    return process


def latency(stack: ServiceStack, jobs: int, rate: float) -> dict:
    dsn = _dsn(stack.database_urls["jobs"])
    dashboard_data.load(dsn, jobs, mix={"READYTOPRINT": 1.0})
    with psycopg.connect(dsn, autocommit=True) as conn:
        # One address per job, so each e-mail at the sink names its job.
        conn.execute("UPDATE jobs SET student_email = 'bench+' || id || '@campus.example.edu' "
                     "WHERE status = 'READYTOPRINT'")
        ids = [r[0] for r in conn.execute("SELECT id FROM jobs WHERE status = 'READYTOPRINT' ORDER BY created_at")]
    asyncio.run(announce_staff(stack.nats_url, STAFF))
    wait_for_staff(dsn, STAFF)
    listener = listen(stack)
    reader = StreamReader(listener)
    reader.start()
    sent: dict[tuple[str, str], float] = {}
    errors = 0
    try:
        with httpx.Client(base_url=stack.base_url, headers=stack.headers(), timeout=30) as client:
            printer = client.get("/api/v1/catalog").json()["printers"][0]["name"]
            for action, path, body in (("mark_printing", "mark-printing", {"staff_name": STAFF, "printer": printer}),
                                       ("mark_complete", "mark-complete", {"staff_name": STAFF})):
                print(f"pipeline: {action} × {len(ids)} at {rate:g}/s …", flush=True)
                due = time.monotonic()
                for job_id in ids:
                    due += 1 / rate
                    time.sleep(max(0.0, due - time.monotonic()))
                    sent[(job_id, action)] = time.time()
                    if client.post(f"/api/v1/jobs/{job_id}/{path}", json=body).status_code != 200:
                        errors += 1
        arrived = reader.wait_for(set(sent), timeout=30)
    finally:
        stop_process(listener)
    mail = _read_mail(stack.mail, {job_id for job_id, _ in sent}, timeout=60)
    sse = [arrived[k] - t for k, t in sent.items() if k in arrived]
    mails = [mail[job_id] - t for (job_id, action), t in sent.items() if action == "mark_complete" and job_id in mail]
    return {"changes": len(sent), "rate": rate, "change_errors": errors, "sse": _stats(sse), "sse_missing": len(sent) - len(sse),
            "email": _stats(mails), "email_missing": len(ids) - len(mails)}


class StreamReader(threading.Thread):
    """Reads the listener's lines as they come (an unread pipe would fill and hold the listener back)."""

    def __init__(self, listener: subprocess.Popen) -> None:
        super().__init__(daemon=True)
        self.listener = listener
        self.arrived: dict[tuple[str, str], float] = {}

    def run(self) -> None:
        for line in self.listener.stdout:
            at, job_id, action = line.split()
            self.arrived.setdefault((job_id, action), float(at))

    def wait_for(self, wanted: set[tuple[str, str]], timeout: float) -> dict[tuple[str, str], float]:
        deadline = time.monotonic() + timeout
        while wanted - set(self.arrived) and time.monotonic() < deadline:
            time.sleep(0.1)
        return dict(self.arrived)


def _read_mail(directory: Path, job_ids: set[str], timeout: float) -> dict[str, float]:
    found: dict[str, float] = {}
    deadline = time.monotonic() + timeout
    while len(found) < len(job_ids) and time.monotonic() < deadline:
        for path in directory.glob("*.eml"):
            message = email.message_from_bytes(path.read_bytes())
            to = str(message.get("To", ""))
            if "bench+" in to:
                job_id = to.split("bench+", 1)[1].split("@", 1)[0]
                found.setdefault(job_id, path.stat().st_mtime_ns / 1e9)
        time.sleep(0.5)
    return found


def _stats(seconds: list[float]) -> dict:
    if not seconds:
        return {"n": 0}
    return {"n": len(seconds), "p50_ms": percentile(seconds, 50) * 1000, "p95_ms": percentile(seconds, 95) * 1000,
            "p99_ms": percentile(seconds, 99) * 1000, "mean_ms": statistics.fmean(seconds) * 1000}


def throughput(stack: ServiceStack, events: int) -> dict:
    jobs_dsn, notify_dsn = _dsn(stack.database_urls["jobs"]), _dsn(stack.database_urls["notify"])
    with psycopg.connect(jobs_dsn) as conn:
        subject, envelope = conn.execute(
            "SELECT subject, envelope FROM outbox WHERE envelope->>'type' = 'JobChanged' "
            "AND envelope->'data'->>'action' = 'mark_printing' LIMIT 1").fetchone()
        ids = [uuid.uuid4() for _ in range(events)]
        with conn.cursor() as cur, cur.copy("COPY outbox (event_id, subject, envelope) FROM STDIN") as copy:
            for event_id in ids:
                copy.write_row((event_id, subject, Jsonb({**envelope, "event_id": str(event_id)})))
        conn.commit()
        committed = time.time()
    print(f"pipeline: {events:,} outbox rows written; waiting for relay and consumer …", flush=True)
    published = _wait_count(jobs_dsn, "SELECT count(*) FROM outbox WHERE published_at IS NOT NULL "
                                      "AND event_id = ANY(%s)", ids, 120)
    handled = _wait_count(notify_dsn, "SELECT count(*) FROM inbox WHERE event_id = ANY(%s)", ids, 120)
    with psycopg.connect(jobs_dsn) as conn:
        first_pub, last_pub = conn.execute("SELECT extract(epoch FROM min(published_at)), "
                                           "extract(epoch FROM max(published_at)) FROM outbox "
                                           "WHERE event_id = ANY(%s)", (ids,)).fetchone()
    with psycopg.connect(notify_dsn) as conn:
        (last_in,) = conn.execute("SELECT extract(epoch FROM max(handled_at)) FROM inbox "
                                  "WHERE event_id = ANY(%s)", (ids,)).fetchone()
    return {
        "events": events, "published": published, "handled": handled,
        # From the commit to the last publication: the relay's whole time, its first batch included (timing from
        # the first `published_at` left the first batch out, and a run of one batch printed a meaningless rate).
        "relay_rate": events / max(float(last_pub) - committed, 1e-3) if published == events else None,
        "relay_from_commit_s": float(last_pub) - committed if published else None,
        # From the first event the consumer could read to the last it handled.
        "consumer_rate": events / max(float(last_in - first_pub), 1e-3) if handled == events else None,
        "consumer_from_commit_s": float(last_in) - committed if handled else None,
    }


def _wait_count(dsn: str, sql: str, ids: list[uuid.UUID], timeout: float) -> int:
    deadline = time.monotonic() + timeout
    with psycopg.connect(dsn, autocommit=True) as conn:
        while True:
            count = conn.execute(sql, (ids,)).fetchone()[0]
            if count >= len(ids) or time.monotonic() > deadline:
                return count
            time.sleep(0.2)


def report(lat: dict, thr: dict, facts: dict[str, str]) -> str:
    def row(label: str, s: dict, target: str, ok: bool | None) -> str:
        if not s.get("n"):
            return f"| {label} | 0 | — | — | — | {target} | **NO** |"
        met = "—" if ok is None else ("yes" if ok else "**NO**")
        return (f"| {label} | {s['n']:,} | {s['p50_ms']:.0f} | {s['p95_ms']:.0f} | {s['p99_ms']:.0f} "
                f"| {target} | {met} |")

    sse, mail = lat["sse"], lat["email"]
    lines = [
        "## Event pipeline (issue 9)", "",
        "Written by `python -m bench.pipeline` (see README.md). Latency is from sending the change to the gateway "
        "to the other client reading the event / the sink writing the e-mail; changes are made one at a time, "
        "at a steady rate (a busy lab makes a few a minute).", "",
        "| measure | samples | p50 ms | p95 ms | p99 ms | target | met |", "|---|---|---|---|---|---|---|",
        row("state change → server-sent event on another client", sse, "p95 < 1 s (aim 200 ms)",
            bool(sse.get("n")) and sse["p95_ms"] < 1000),
        row("mark complete → e-mail at the SMTP sink", mail, "p95 < 500 ms", bool(mail.get("n")) and mail["p95_ms"] < 500),
        "",
        f"Changes sent: {lat['changes']:,}, {lat['rate']:g} per second ({lat['change_errors']} refused); events not seen on the stream: "
        f"{lat['sse_missing']}; e-mails not at the sink within 60 s: {lat['email_missing']}.", "",
        "| throughput | events | rate | all done after the commit | target | met |", "|---|---|---|---|---|---|",
    ]
    relay, consumer = thr["relay_rate"], thr["consumer_rate"]
    lines.append(f"| outbox → JetStream (relay, commit → last `published_at`) | {thr['published']:,} / {thr['events']:,} "
                 f"| {relay or 0:,.0f} events/s | {thr['relay_from_commit_s'] or 0:.2f} s | ≥ 1,000 events/s "
                 f"| {'yes' if relay and relay >= 1000 else '**NO**'} |")
    lines.append(f"| JetStream → notify's consumer (first `published_at` → last inbox `handled_at`) | {thr['handled']:,} / "
                 f"{thr['events']:,} | {consumer or 0:,.0f} events/s | {thr['consumer_from_commit_s'] or 0:.2f} s "
                 "| — | — |")
    return "\n".join(lines) + "\n\n" + facts_block(facts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.pipeline", description=__doc__)
    parser.add_argument("--jobs", type=int, default=1000, help="jobs marked printing then complete (default 1000)")
    parser.add_argument("--rate", type=float, default=20, help="changes per second (one at a time; default 20)")
    parser.add_argument("--events", type=int, default=5000, help="outbox rows for the throughput run")
    parser.add_argument("--results", type=Path, default=RESULTS,
                        help="the results file whose `pipeline` section this run replaces; '-' for none")
    parser.add_argument("--keep", action="store_true", help="keep the scratch directory (logs, data)")
    args = parser.parse_args(argv)
    with scratch_dir("pipeline", keep=args.keep) as scratch:
        with ServiceStack(scratch / "stack", services=("jobs", "notify")) as stack:
            facts = machine_facts(postgresql=stack.postgres_version)
            lat = latency(stack, args.jobs, args.rate)
            thr = throughput(stack, args.events)
        print(json.dumps({"latency": lat, "throughput": thr}, default=str))
        publish("pipeline", report(lat, thr, facts), args.results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
