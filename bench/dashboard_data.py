"""The dashboard benchmark's data: N jobs with a campus's status mix, their hash-chained trail and payments,
bulk-loaded with COPY (psycopg 3 `cursor.copy`) with row triggers off for the load's transaction (the
counts per status of migration 0008 are recounted once instead).

Each call appends to what is there: the trail continues from its last row, sealed exactly as the service
seals it (`printdesk.jobs.domain.audit.sealed`), so `printdesk-jobs verify-trail` passes afterwards.
Open jobs (Uploaded … Completed) were submitted in the last two weeks; finished ones over four years.
"""

from __future__ import annotations

import random
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import psycopg

from printdesk.jobs.domain.audit import GENESIS, AuditRecord, sealed

# The mix: about 2 % Uploaded, 1 % Pending, 1 % Ready, 1 % Printing, 2 % Completed, 70 % Paid & picked
# up, 8 % Rejected, 15 % Archived.
STATUS_MIX = {
    "UPLOADED": 0.02, "PENDING": 0.01, "READYTOPRINT": 0.01, "PRINTING": 0.01, "COMPLETED": 0.02,
    "PAIDPICKEDUP": 0.70, "REJECTED": 0.08, "ARCHIVED": 0.15,
}
OPEN = {"UPLOADED", "PENDING", "READYTOPRINT", "PRINTING", "COMPLETED"}
# The trail a job in each status has behind it (optional steps are added at random below).
PATHS = {
    "UPLOADED": ["JobCreated"],
    "PENDING": ["JobCreated", "JobApproved"],
    "READYTOPRINT": ["JobCreated", "JobApproved", "StudentConfirmed"],
    "PRINTING": ["JobCreated", "JobApproved", "StudentConfirmed", "JobMarkedPrinting"],
    "COMPLETED": ["JobCreated", "JobApproved", "StudentConfirmed", "JobMarkedPrinting", "JobMarkedComplete"],
    "PAIDPICKEDUP": ["JobCreated", "JobApproved", "StudentConfirmed", "JobMarkedPrinting", "JobMarkedComplete",
                     "PaymentRecorded"],
    "REJECTED": ["JobCreated", "JobReviewed", "JobRejected"],
    "ARCHIVED": ["JobCreated", "JobApproved", "StudentConfirmed", "JobMarkedPrinting", "JobMarkedComplete",
                 "PaymentRecorded", "JobArchived"],
}
FIRST = (
    "Ada", "Grace", "Alan", "Linus", "Margaret", "Dennis", "Barbara", "Ken", "Frances", "Edsger", "Radia", "Tim",
    "Hedy", "Claude", "Katherine", "John", "Mary", "Donald", "Sophie", "Guido", "Anita", "Bjarne", "Shafi",
    "Leslie", "Jean", "Niklaus", "Adele", "Robin", "Fran", "Whitfield", "Evelyn", "Ivan", "Amara", "Chen",
    "Diego", "Fatima", "Hiro", "Ines", "Jamal", "Kofi", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quinn",
    "Rosa", "Sami", "Tariq", "Uma",
)
LAST = (
    "Lovelace", "Hopper", "Turing", "Torvalds", "Hamilton", "Ritchie", "Liskov", "Thompson", "Allen", "Dijkstra",
    "Perlman", "Berners", "Lamarr", "Shannon", "Johnson", "McCarthy", "Jackson", "Knuth", "Wilson", "Rossum",
    "Borg", "Stroustrup", "Goldwasser", "Lamport", "Sammet", "Wirth", "Goldberg", "Milner", "Diffie", "Berezin",
    "Sutherland", "Okafor", "Nguyen", "Garcia", "Haddad", "Tanaka", "Moreau", "Ibrahim", "Mensah", "Novak",
    "Silva", "Petrova", "Khan", "Patel", "Rivera", "Costa", "Yilmaz", "Osei", "Lindqvist", "Kowalski",
)
CLASSES = ("ARCH 1001", "ARCH 2002", "ART 1300", "ENGR 1050", "ENGR 2710", "ID 3100", "LA 2300", "ME 4200", None)
STAFF = ("Alex Rivera", "Sam Chen", "Jordan Lee", "Taylor Brooks")
DESKS = ("front-desk", "print-room")
TRAIL_COLUMNS = ("seq", "job_id", "event_type", "at", "staff_name", "workstation", "details", "prev_hash", "hash")
JOB_COLUMNS = (
    "id", "short_id", "status", "student_name", "student_email", "upload_id", "original_filename", "file_hash",
    "display_name", "file_path", "created_at", "updated_at", "student_first_name", "student_last_name",
    "discipline", "class_number", "print_method", "color", "printer", "scaling_confirmed", "min_charge_consent",
    "consent_at", "catalog_version", "time_hours", "weight_g", "cost", "printing_printer", "staff_viewed_at",
    "notes", "last_updated_by", "status_changed_at", "rejection_reasons",
)
PAYMENT_COLUMNS = ("job_id", "grams", "price", "txn_no", "picked_up_by", "recorded_by", "recorded_at", "is_current")


@dataclass
class Loaded:
    jobs: int
    events: int
    payments: int
    seconds: float
    seal_seconds: float
    copy_seconds: float


def _statuses(n: int, rng: random.Random, mix: dict[str, float]) -> list[str]:
    names = list(mix)
    counts = {s: int(n * mix[s]) for s in names}
    counts[max(mix, key=mix.__getitem__)] += n - sum(counts.values())
    out = [s for s in names for _ in range(counts[s])]
    rng.shuffle(out)
    return out


def _catalog(conn: psycopg.Connection) -> dict:
    row = conn.execute("SELECT version, data FROM catalog WHERE id = 'active'").fetchone()
    version, data = row
    return {"version": version, "disciplines": data["disciplines"],
            "methods": {m["name"]: m for m in data["methods"]},
            "printers": {p["name"]: p["method"] for p in data["printers"]}}


def _details(event: str, job: dict, rng: random.Random) -> dict:
    if event == "JobCreated":
        return {"short_id": job["short_id"], "original_filename": job["original_filename"], "sha256": job["file_hash"],
                "print_method": job["print_method"], "printer": job["printer"], "catalog_version": job["catalog_version"]}
    if event == "JobApproved":
        return {"weight_g": str(job["weight_g"]), "time_hours": str(job["time_hours"]), "cost": str(job["cost"])}
    if event == "JobMarkedPrinting":
        return {"printer": job["printer"]}
    if event == "PaymentRecorded":
        return {"grams": str(job["weight_g"]), "price": str(job["cost"]), "txn_no": f"T{rng.randrange(10**9):09d}",
                "picked_up_by": job["student_name"]}
    if event == "JobRejected":
        return {"reasons": ["Model is not watertight"], "custom_reason": None}
    return {}


def _job(status: str, now: datetime, catalog: dict, taken: set[str], rng: random.Random) -> dict:
    job_id = uuid.UUID(int=rng.getrandbits(128), version=4).hex
    short_id = job_id[:6] if job_id[:6] not in taken else job_id[:12]
    taken.add(short_id)
    first, last = rng.choice(FIRST), rng.choice(LAST)
    printer = rng.choice(list(catalog["printers"]))
    method = catalog["printers"][printer]
    age = timedelta(seconds=rng.uniform(60, 14 * 86400 if status in OPEN else 4 * 365 * 86400))
    created = (now - age).replace(microsecond=rng.randrange(1_000_000))
    weight = Decimal(rng.randrange(200, 40000)) / 100
    name = f"{rng.choice(('part', 'model', 'bracket', 'vase', 'site', 'gear'))}-{rng.randrange(1000)}.stl"
    return {
        "id": job_id, "short_id": short_id, "status": status, "student_name": f"{first} {last}",
        "student_email": f"{first}.{last}{rng.randrange(1000)}@campus.example.edu".lower(),
        "upload_id": uuid.UUID(int=rng.getrandbits(128), version=4), "original_filename": name,
        "file_hash": f"{rng.getrandbits(256):064x}", "display_name": f"{last}{first}_{short_id}.stl",
        "file_path": f"{status.lower()}/{last}{first}_{short_id}.stl", "created_at": created,
        "student_first_name": first, "student_last_name": last, "discipline": rng.choice(catalog["disciplines"]),
        "class_number": rng.choice(CLASSES), "print_method": method,
        "color": rng.choice(catalog["methods"][method]["colors"]), "printer": printer,
        "catalog_version": catalog["version"], "weight_g": weight,
        "time_hours": round(rng.uniform(0.5, 30), 2), "cost": max(Decimal("3.00"), (weight / 10).quantize(Decimal("0.01"))),
    }


def _trail(job: dict, rng: random.Random) -> list[tuple[str, datetime, str | None, str | None, dict]]:
    steps = list(PATHS[job["status"]])
    if job["status"] not in ("UPLOADED", "REJECTED") and rng.random() < 0.5:
        steps.insert(1, "JobReviewed")
    if len(steps) > 3 and rng.random() < 0.4:
        steps.insert(rng.randrange(2, len(steps)), "NotesUpdated")
    at, out = job["created_at"], []
    for step in steps:
        staff = None if step in ("JobCreated", "StudentConfirmed") else rng.choice(STAFF)
        out.append((step, at, staff, rng.choice(DESKS) if staff else None, _details(step, job, rng)))
        at += timedelta(seconds=rng.uniform(300, 86400 * 2 if job["status"] not in OPEN else 3600))
    return out


def load(dsn: str, n: int, *, seed: int = 9, mix: dict[str, float] = STATUS_MIX) -> Loaded:
    """Append `n` jobs (with trail and payments) to the jobs database at `dsn`, in the statuses of `mix`."""
    rng = random.Random(f"{seed}-{n}-{time.time_ns()}")
    started = time.perf_counter()
    seal_seconds = 0.0
    now = datetime.now(UTC).replace(microsecond=0)
    with psycopg.connect(dsn) as conn:
        catalog = _catalog(conn)
        taken = {r[0] for r in conn.execute("SELECT short_id FROM jobs")}
        last = conn.execute("SELECT seq, hash FROM job_events ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (last[0], last[1]) if last else (0, GENESIS)
        jobs_rows, trail_rows, payment_rows = [], [], []
        for status in _statuses(n, rng, mix):
            job = _job(status, now, catalog, taken, rng)
            trail = _trail(job, rng)
            last_at, last_staff = trail[-1][1], trail[-1][2]
            tick = time.perf_counter()
            for event_type, at, staff, desk, details in trail:
                seq += 1
                record = sealed(AuditRecord(seq=seq, job_id=job["id"], event_type=event_type, at=at, staff_name=staff,
                                            workstation=desk, details=details, prev_hash=prev))
                prev = record.hash
                trail_rows.append((seq, job["id"], event_type, at, staff, desk, psycopg.types.json.Jsonb(details),
                                   record.prev_hash, record.hash))
            seal_seconds += time.perf_counter() - tick
            approved = "JobApproved" in PATHS[status]
            jobs_rows.append((
                job["id"], job["short_id"], status, job["student_name"], job["student_email"], job["upload_id"],
                job["original_filename"], job["file_hash"], job["display_name"], job["file_path"], job["created_at"],
                last_at, job["student_first_name"], job["student_last_name"], job["discipline"], job["class_number"],
                job["print_method"], job["color"], job["printer"], True, True, job["created_at"],
                job["catalog_version"], job["time_hours"] if approved else None, job["weight_g"] if approved else None,
                job["cost"] if approved else None,
                job["printer"] if "JobMarkedPrinting" in PATHS[status] else None,
                job["created_at"] + timedelta(minutes=5) if status != "UPLOADED" else None,
                "", last_staff, last_at,
                psycopg.types.json.Jsonb(["Model is not watertight"] if status == "REJECTED" else []),
            ))
            if "PaymentRecorded" in PATHS[status]:
                paid_at = next(at for event_type, at, *_ in trail if event_type == "PaymentRecorded")
                payment_rows.append((job["id"], job["weight_g"], job["cost"], f"T{rng.randrange(10**9):09d}",
                                     job["student_name"], rng.choice(STAFF), paid_at, True))
        copying = time.perf_counter()
        with conn.cursor() as cur:
            # A bulk load's shortcut: row triggers off for this transaction (the counts per status are
            # recounted once below instead of being bumped 100,000 times at commit).
            cur.execute("SET LOCAL session_replication_role = replica")
            _copy(cur, "jobs", JOB_COLUMNS, jobs_rows)
            _copy(cur, "job_events", TRAIL_COLUMNS, trail_rows)
            _copy(cur, "payments", PAYMENT_COLUMNS, payment_rows)
            if cur.execute("SELECT to_regclass('job_status_counts')").fetchone()[0] is not None:
                cur.execute("LOCK TABLE jobs IN SHARE MODE")
                cur.execute("DELETE FROM job_status_counts")
                cur.execute("INSERT INTO job_status_counts SELECT status, count(*) FROM jobs GROUP BY status")
        conn.commit()
        copy_seconds = time.perf_counter() - copying
        conn.autocommit = True
        conn.execute("VACUUM (ANALYZE) jobs")
        conn.execute("VACUUM (ANALYZE) job_events")
        conn.execute("VACUUM (ANALYZE) payments")
    return Loaded(jobs=len(jobs_rows), events=len(trail_rows), payments=len(payment_rows),
                  seconds=time.perf_counter() - started, seal_seconds=seal_seconds, copy_seconds=copy_seconds)


def _copy(cur: psycopg.Cursor, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
    with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def count_jobs(dsn: str) -> int:
    with psycopg.connect(dsn) as conn:
        return conn.execute("SELECT count(*) FROM jobs").fetchone()[0]
