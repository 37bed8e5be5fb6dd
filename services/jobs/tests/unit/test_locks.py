"""The edit lock: per workstation and staff member, five minutes, owner-only extend/release, free once expired."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from printdesk.jobs.domain import locks
from printdesk.jobs.domain.locks import EditLock, Locked, NotLockHolder

NOW = datetime(2025, 9, 1, 10, 0, tzinfo=UTC)
ALEX = ("front-desk", "Alex")
SAM = ("back-room", "Sam")
KIM_AT_FRONT_DESK = ("front-desk", "Kim")


def alex_lock(expires_in: timedelta = timedelta(minutes=3)) -> EditLock:
    return EditLock(workstation="front-desk", staff_name="Alex", expires_at=NOW + expires_in)


def test_a_free_job_can_be_locked_for_five_minutes():
    lock = locks.acquire(None, *ALEX, NOW)
    assert lock == EditLock("front-desk", "Alex", NOW + timedelta(minutes=5))


def test_someone_else_cannot_lock_a_locked_job_and_is_told_who_holds_it():
    with pytest.raises(Locked, match="Locked by front-desk · Alex") as raised:
        locks.acquire(alex_lock(), *SAM, NOW)
    assert raised.value.holder == "front-desk · Alex"


def test_the_same_workstation_under_another_name_is_someone_else():
    with pytest.raises(Locked):
        locks.acquire(alex_lock(), *KIM_AT_FRONT_DESK, NOW)
    with pytest.raises(Locked):
        locks.check(alex_lock(), *KIM_AT_FRONT_DESK, NOW)


def test_the_holder_may_lock_again_which_renews_it():
    assert locks.acquire(alex_lock(), *ALEX, NOW).expires_at == NOW + timedelta(minutes=5)


def test_an_expired_lock_counts_as_free():
    expired = alex_lock(expires_in=timedelta(seconds=-1))
    locks.check(expired, *SAM, NOW)
    assert locks.acquire(expired, *SAM, NOW).staff_name == "Sam"
    assert locks.release(expired, *SAM, NOW) is None


def test_a_lock_expires_exactly_at_its_time():
    locks.check(alex_lock(expires_in=timedelta(0)), *SAM, NOW)


def test_check_lets_the_holder_and_anyone_on_a_free_job_through():
    locks.check(alex_lock(), *ALEX, NOW)
    locks.check(None, *SAM, NOW)


def test_check_stops_everyone_but_the_holder():
    with pytest.raises(Locked, match="front-desk · Alex"):
        locks.check(alex_lock(), *SAM, NOW)


def test_the_heartbeat_extends_the_owners_lock():
    later = NOW + timedelta(minutes=4)
    assert locks.extend(alex_lock(), *ALEX, later).expires_at == later + timedelta(minutes=5)


def test_an_owner_whose_lock_lapsed_gets_it_back_on_the_next_heartbeat():
    lapsed = alex_lock(expires_in=timedelta(minutes=-1))
    assert locks.extend(lapsed, *ALEX, NOW).expires_at == NOW + timedelta(minutes=5)


def test_only_the_owner_may_extend():
    with pytest.raises(Locked):
        locks.extend(alex_lock(), *SAM, NOW)
    with pytest.raises(NotLockHolder):
        locks.extend(None, *SAM, NOW)
    with pytest.raises(NotLockHolder):
        locks.extend(alex_lock(expires_in=timedelta(minutes=-1)), *SAM, NOW)


def test_only_the_owner_may_release():
    assert locks.release(alex_lock(), *ALEX, NOW) is None
    assert locks.release(None, *SAM, NOW) is None
    with pytest.raises(NotLockHolder):
        locks.release(alex_lock(), *SAM, NOW)


def test_force_clear_frees_anyones_lock():
    assert locks.force_clear(alex_lock()) is None
