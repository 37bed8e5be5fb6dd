"""The tamper-evident trail of job events: each row's hash covers its content and the previous row's hash.

Rows are numbered 1, 2, 3 … without gaps; editing a row breaks its own hash, deleting one breaks the next
row's link (and the numbering), so `verify_chain` names the first row that does not add up.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditRecord:
    seq: int
    job_id: str
    event_type: str
    at: datetime
    staff_name: str | None
    workstation: str | None
    details: dict[str, Any]
    prev_hash: str
    hash: str = ""


def record_hash(record: AuditRecord) -> str:
    """SHA-256 (hex) of the row's content in a canonical JSON form, chained to `prev_hash`."""
    body = {
        "seq": record.seq, "job_id": record.job_id, "event_type": record.event_type,
        "at": record.at.astimezone(UTC).isoformat(), "staff_name": record.staff_name, "workstation": record.workstation,
        "details": record.details, "prev_hash": record.prev_hash,
    }
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def sealed(record: AuditRecord) -> AuditRecord:
    """`record` with its hash filled in."""
    return replace(record, hash=record_hash(record))


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    problem: str


def verify_chain(records: Iterable[AuditRecord]) -> list[ChainBreak]:
    """Every problem in the trail, in order (empty: intact). `records` in ascending `seq`."""
    problems: list[ChainBreak] = []
    expected_seq, prev_hash = 1, GENESIS
    for record in records:
        if record.seq != expected_seq:
            problems.append(ChainBreak(record.seq, f"rows {expected_seq}–{record.seq - 1} are missing"))
        if record.prev_hash != prev_hash:
            problems.append(ChainBreak(record.seq, "does not link to the row before it"))
        if record_hash(record) != record.hash:
            problems.append(ChainBreak(record.seq, "its content was changed after it was written"))
        expected_seq, prev_hash = record.seq + 1, record.hash
    return problems
