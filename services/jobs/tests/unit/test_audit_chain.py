"""The trail's hash chain: any edit, deletion or reordering of a row is found and located."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

from printdesk.jobs.domain.audit import GENESIS, AuditRecord, record_hash, sealed, verify_chain

T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def chain(n: int) -> list[AuditRecord]:
    records, prev = [], GENESIS
    for i in range(1, n + 1):
        record = sealed(AuditRecord(
            seq=i, job_id=f"job{i % 3}", event_type="JobApproved", at=T0 + timedelta(minutes=i),
            staff_name="Alex Kim", workstation="front-desk", details={"cost": f"{i}.00", "reasons": ["a", "b"]},
            prev_hash=prev,
        ))
        records.append(record)
        prev = record.hash
    return records


def test_an_untouched_trail_verifies():
    assert verify_chain(chain(10)) == []
    assert verify_chain([]) == []


def test_an_edited_row_is_named():
    records = chain(5)
    records[2] = replace(records[2], details={"cost": "0.01", "reasons": ["a", "b"]})
    assert [(b.seq, b.problem) for b in verify_chain(records)] == [(3, "its content was changed after it was written")]


def test_an_edited_row_with_a_recomputed_hash_breaks_the_next_link():
    records = chain(5)
    records[2] = sealed(replace(records[2], staff_name="Someone Else"))
    assert [b.seq for b in verify_chain(records)] == [4]


def test_a_deleted_row_is_found_by_the_gap_and_the_broken_link():
    records = chain(5)
    del records[1]
    problems = verify_chain(records)
    assert [b.seq for b in problems] == [3, 3]
    assert "rows 2–2 are missing" in problems[0].problem


def test_the_hash_does_not_depend_on_the_time_zone_the_database_answers_in():
    record = chain(1)[0]
    elsewhere = replace(record, at=record.at.astimezone(timezone(timedelta(hours=-6))))
    assert record_hash(elsewhere) == record.hash
