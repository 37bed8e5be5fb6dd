"""The edit lock on a job card (SPEC.md §4 "Locking", with our build's fixes).

A staff member opening a card locks it for their workstation *and* name for five minutes; heartbeats
extend it, and it expires on its own. Every mutation checks it: only the holder of an unexpired lock may
change the job, everyone else gets `Locked` naming the holder. An expired lock counts as free.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

LOCK_TTL = timedelta(minutes=5)


@dataclass(frozen=True)
class Actor:
    """Who does something to a job: a staff member at a workstation."""

    staff_name: str
    workstation: str

    def __post_init__(self) -> None:
        if not self.staff_name.strip() or not self.workstation.strip():
            raise ValueError("an actor needs a staff name and a workstation")


@dataclass(frozen=True)
class EditLock:
    workstation: str
    staff_name: str
    expires_at: datetime

    @property
    def holder(self) -> str:
        return f"{self.workstation} · {self.staff_name}"

    def is_held_at(self, now: datetime) -> bool:
        return now < self.expires_at

    def belongs_to(self, workstation: str, staff_name: str) -> bool:
        # Same workstation under another name is someone else: the lock is per person, not per desk.
        return (self.workstation, self.staff_name) == (workstation, staff_name)


class Locked(Exception):
    """Someone else holds an unexpired lock on the job (→ 409 naming the holder)."""

    def __init__(self, lock: EditLock) -> None:
        super().__init__(f"Locked by {lock.holder}")
        self.lock = lock
        self.holder = lock.holder


class NotLockHolder(Exception):
    """Only the holder may extend or release a lock (→ 403)."""

    def __init__(self, workstation: str, staff_name: str) -> None:
        super().__init__(f"{workstation} · {staff_name} does not hold the lock")


def held_lock(lock: EditLock | None, now: datetime) -> EditLock | None:
    """`lock` if it is still in force at `now`, else None."""
    return lock if lock is not None and lock.is_held_at(now) else None


def check(lock: EditLock | None, workstation: str, staff_name: str, now: datetime) -> None:
    """Raise `Locked` unless the job is free or locked by this very staff member at this workstation."""
    current = held_lock(lock, now)
    if current is not None and not current.belongs_to(workstation, staff_name):
        raise Locked(current)


def acquire(
    lock: EditLock | None, workstation: str, staff_name: str, now: datetime, ttl: timedelta = LOCK_TTL
) -> EditLock:
    """A fresh lock for this staff member; re-acquiring one's own lock renews it."""
    check(lock, workstation, staff_name, now)
    return EditLock(workstation=workstation, staff_name=staff_name, expires_at=now + ttl)


def extend(
    lock: EditLock | None, workstation: str, staff_name: str, now: datetime, ttl: timedelta = LOCK_TTL
) -> EditLock:
    """The heartbeat: owner only. An owner's lapsed lock is renewed unless someone else took it since."""
    if lock is None or not lock.belongs_to(workstation, staff_name):
        check(lock, workstation, staff_name, now)
        raise NotLockHolder(workstation, staff_name)
    return EditLock(workstation=workstation, staff_name=staff_name, expires_at=now + ttl)


def release(lock: EditLock | None, workstation: str, staff_name: str, now: datetime) -> None:
    """Owner only; releasing a free (absent or expired) lock is a no-op. Returns the new lock: none."""
    current = held_lock(lock, now)
    if current is not None and not current.belongs_to(workstation, staff_name):
        raise NotLockHolder(workstation, staff_name)
    return None


def force_clear(lock: EditLock | None) -> None:
    """An admin's force-unlock: whoever held it, the job is free now."""
    return None
