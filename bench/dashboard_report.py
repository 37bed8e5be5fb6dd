"""The dashboard benchmark's section of bench/RESULTS.md: one table per size, the targets checked."""

from __future__ import annotations

from bench.results import facts_block

LABELS = {
    "uploaded_list": "Uploaded list, page 1 of 50",
    "tab_counts": "tab counts",
    "job_detail": "a job's detail",
    "job_events": "a job's events",
    "search": "search by name (Paid tab)",
    "analytics_overview": "analytics overview (last 30 days)",
    "analytics_overview_year": "analytics overview (last 365 days)",
    "analytics_trends_year": "analytics trends per day (365 days)",
    "analytics_resources_year": "analytics resources (365 days)",
    "analytics_financial_year": "analytics financial (365 days)",
}
TARGETED = ("uploaded_list", "tab_counts")
REFRESH_LIMIT = 50 * 1024


def _ms(value: float) -> str:
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"


def _mark(ok: bool) -> str:
    return "yes" if ok else "**NO**"


def _checks(name: str, c: int, http: dict, floor: dict | None) -> str:
    if name not in TARGETED:
        return "—"
    found = []
    if c == 1:
        found.append(f"p95 ≤ 25 ms: {_mark(http['p95_ms'] <= 25)}")
    else:
        found.append(f"≥ 150 req/s: {_mark(http['rps'] >= 150)}")
        found.append(f"p95 ≤ 150 ms: {_mark(http['p95_ms'] <= 150)}")
    if floor:
        found.append(f"≤ 2× floor: {_mark(http['p95_ms'] <= 2 * floor['p95_ms'])}")
    return "; ".join(found)


def size_table(measured: dict) -> list[str]:
    lines = [
        f"### {measured['size']:,} jobs",
        "",
        f"Loaded {measured['loaded'].jobs:,} more jobs, {measured['loaded'].events:,} trail rows and "
        f"{measured['loaded'].payments:,} payments in {measured['loaded'].seconds:.1f} s "
        f"(sealing the hash chain {measured['loaded'].seal_seconds:.1f} s, COPY and commit "
        f"{measured['loaded'].copy_seconds:.1f} s)."
        + (f" `printdesk-jobs rebuild-analytics`: {measured['analytics_rebuild_s']:.1f} s."
           if measured["analytics_rebuild_s"] is not None else " (`printdesk-jobs rebuild-analytics` not present.)"),
        "",
        "| request | conc. | req/s | p50 ms | p95 ms | p99 ms | errors | bytes/resp | DB floor p50 / p95 ms "
        "| floor req/s | p95 ÷ floor p95 | CPU ms/req jobs · traefik · pg | targets |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    rows = measured["rows"]
    for name, row in rows.items():
        if row.get("not_available"):
            lines.append(f"| {LABELS[name]} | 1, 16 | not available (HTTP 404: the route is not there) "
                         "| — | — | — | — | — | — | — | — | — | — |")
            continue
        for c, http in row["http"].items():
            floor = row["floor"].get(c)
            cpu = row["cpu"][c]
            floor_text = f"{_ms(floor['p50_ms'])} / {_ms(floor['p95_ms'])}" if floor else "—"
            ratio = f"{http['p95_ms'] / floor['p95_ms']:.1f}" if floor else "—"
            lines.append(
                f"| {LABELS[name]} | {c} | {http['rps']:.0f} | {_ms(http['p50_ms'])} | {_ms(http['p95_ms'])} "
                f"| {_ms(http['p99_ms'])} | {http['errors']} | {http['bytes_per_response']:,.0f} | {floor_text} "
                f"| {floor['rps']:.0f} | {ratio} | "
                f"{cpu.get('jobs', 0):.1f} · {cpu.get('gateway', 0):.1f} · {cpu.get('postgres', 0):.1f} "
                f"| {_checks(name, c, http, floor)} |"
                if floor else
                f"| {LABELS[name]} | {c} | {http['rps']:.0f} | {_ms(http['p50_ms'])} | {_ms(http['p95_ms'])} "
                f"| {_ms(http['p99_ms'])} | {http['errors']} | {http['bytes_per_response']:,.0f} | — | — | — | "
                f"{cpu.get('jobs', 0):.1f} · {cpu.get('gateway', 0):.1f} · {cpu.get('postgres', 0):.1f} "
                f"| {_checks(name, c, http, None)} |"
            )
    refresh = rows["tab_counts"]["http"][1]["bytes_per_response"] + rows["uploaded_list"]["http"][1]["bytes_per_response"]
    lines += ["", f"A dashboard refresh (tab counts + one Uploaded page) is {refresh / 1024:.1f} KB "
              f"(target ≤ 50 KB: {_mark(refresh <= REFRESH_LIMIT)})."]
    plans = [(name, plan) for name, row in rows.items() for plan in row.get("plans", [])]
    if plans:
        lines += ["", "<details><summary>EXPLAIN (ANALYZE, BUFFERS) of each statement, in this run</summary>", ""]
        for name, plan in plans:
            lines += [f"{LABELS[name]}:", "```", plan, "```"]
        lines += ["</details>"]
    return lines


def overhead_table(overhead: dict) -> list[str]:
    lines = ["### The load client's own cost", "",
             "| target | conc. | req/s | p50 ms | p95 ms | errors |", "|---|---|---|---|---|---|"]
    for label, key in (("trivial asyncio server (the client's ceiling)", "trivial"),
                       ("gateway → jobs `/api/v1/jobs/health` (no database, no token)", "health")):
        for c, r in overhead[key].items():
            lines.append(f"| {label} | {c} | {r['rps']:.0f} | {_ms(r['p50_ms'])} | {_ms(r['p95_ms'])} | {r['errors']} |")
    return lines


def profile_tables(sampled: dict[str, dict], size: int) -> list[str]:
    if not sampled:
        return []
    lines = [f"### Where the jobs service's CPU goes ({size:,} jobs, concurrency 16)", "",
             "py-spy sampled the jobs process from outside during a further run of the row (200 samples/s, idle "
             "time not counted); each sample is charged to the package of the innermost frame running.", ""]
    for name, found in sampled.items():
        if "unavailable" in found:
            lines += [f"{LABELS[name]}: profile not available ({found['unavailable']}).", ""]
            continue
        lines += [f"**{LABELS[name]}** ({found['samples']:,} samples)", "",
                  "| package | share | | top functions | share |", "|---|---|---|---|---|"]
        packages, functions = found["by_package"], found["top_functions"]
        for i in range(max(len(packages), len(functions))):
            left = f"{packages[i][0]} | {packages[i][1]:.0%}" if i < len(packages) else " | "
            right = f"`{functions[i][0]}` | {functions[i][1]:.0%}" if i < len(functions) else " | "
            lines.append(f"| {left} | | {right} |")
        lines.append("")
    return lines


def report(measured: list[dict], overhead: dict, facts: dict[str, str], seconds: float,
           sampled: dict[str, dict] | None = None) -> str:
    lines = [
        "## Dashboard at a campus's scale (issue 9)",
        "",
        "Written by `python -m bench.dashboard` (see README.md). Every request goes through Traefik to the jobs "
        f"service with a staff token, from a separate client process; {seconds:.0f} s measured per row after a "
        "warm-up. The DB floor is the same SQL the route sends (captured from SQLAlchemy, pre-ping included), "
        "replayed from psycopg at the same concurrency in the same run. CPU ms/req: CPU time each part of the "
        "stack spent during the row, per request (PostgreSQL with all its backends).",
        "",
        "Targets (100k jobs): Uploaded list and tab counts p95 ≤ 25 ms at concurrency 1; ≥ 150 req/s with "
        "p95 ≤ 150 ms at concurrency 16; p95 within 2× of the DB floor's; a dashboard refresh ≤ 50 KB.",
        "",
    ]
    for size in measured:
        lines += size_table(size) + [""]
    lines += profile_tables(sampled or {}, measured[-1]["size"])
    lines += overhead_table(overhead) + ["", facts_block(facts)]
    return "\n".join(lines)
