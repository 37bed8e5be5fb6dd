"""The in-memory revocation list: what it refuses, and that it forgets what can no longer matter."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from printdesk.contracts.events import StaffMemberAdded, TokenRevoked, WorkstationTokensRevoked
from printdesk.kit.revocation import MAX_TOKEN_LIFETIME, RevocationList

T0 = datetime(2025, 3, 3, 8, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def _list(clock: Clock) -> RevocationList:
    return RevocationList(clock=clock, prune_every=timedelta(0))


def test_a_revoked_token_is_refused_and_others_are_not() -> None:
    revocations = _list(Clock())
    revocations.revoke_token("t1", T0 + timedelta(hours=1))
    assert revocations.is_revoked(token_id="t1", workstation="front-desk", issued_at=T0)
    assert not revocations.is_revoked(token_id="t2", workstation="front-desk", issued_at=T0)


def test_a_revoked_token_is_forgotten_once_it_has_expired_anyway() -> None:
    clock = Clock()
    revocations = _list(clock)
    revocations.revoke_token("t1", T0 + timedelta(hours=1))
    clock.now = T0 + timedelta(hours=1, seconds=1)
    revocations.prune()
    assert len(revocations) == 0


def test_a_token_that_has_already_expired_is_not_even_stored() -> None:
    revocations = _list(Clock())
    revocations.revoke_token("old", T0 - timedelta(seconds=1))
    assert len(revocations) == 0


def test_a_workstation_cut_off_refuses_tokens_issued_before_it_only() -> None:
    revocations = _list(Clock())
    revocations.revoke_workstation("front-desk", T0)
    assert revocations.is_revoked(token_id="a", workstation="front-desk", issued_at=T0 - timedelta(microseconds=1))
    assert not revocations.is_revoked(token_id="b", workstation="front-desk", issued_at=T0)
    assert not revocations.is_revoked(token_id="c", workstation="front-desk", issued_at=T0 + timedelta(seconds=1))
    assert not revocations.is_revoked(token_id="d", workstation="desk-2", issued_at=T0 - timedelta(hours=1))


def test_a_token_without_an_issue_time_cannot_prove_it_is_newer_than_a_cut_off() -> None:
    revocations = _list(Clock())
    revocations.revoke_workstation("front-desk", T0)
    assert revocations.is_revoked(token_id="a", workstation="front-desk", issued_at=None)
    assert not revocations.is_revoked(token_id="a", workstation="desk-2", issued_at=None)


def test_a_later_cut_off_wins_and_an_earlier_one_arriving_late_changes_nothing() -> None:
    revocations = _list(Clock())
    revocations.revoke_workstation("front-desk", T0 + timedelta(minutes=5))
    revocations.revoke_workstation("front-desk", T0)
    assert revocations.is_revoked(token_id="a", workstation="front-desk", issued_at=T0 + timedelta(minutes=1))


def test_a_cut_off_is_forgotten_once_no_token_issued_before_it_can_still_be_valid() -> None:
    clock = Clock()
    revocations = _list(clock)
    revocations.revoke_workstation("front-desk", T0)
    clock.now = T0 + MAX_TOKEN_LIFETIME - timedelta(seconds=1)
    revocations.prune()
    assert len(revocations) == 1
    clock.now = T0 + MAX_TOKEN_LIFETIME + timedelta(seconds=1)
    revocations.prune()
    assert len(revocations) == 0


def test_pruning_happens_by_itself_as_the_list_is_used() -> None:
    clock = Clock()
    revocations = RevocationList(clock=clock, prune_every=timedelta(minutes=1))
    revocations.revoke_token("t1", T0 + timedelta(seconds=30))
    clock.now = T0 + timedelta(minutes=2)
    revocations.is_revoked(token_id="other", workstation="w", issued_at=T0)
    assert len(revocations) == 0


def test_revocation_events_are_applied_and_other_events_ignored() -> None:
    revocations = _list(Clock())
    assert revocations.apply(TokenRevoked(token_id="t1", expires_at=T0 + timedelta(hours=1)))
    assert revocations.apply(WorkstationTokensRevoked(workstation="desk-2", before=T0))
    assert not revocations.apply(StaffMemberAdded(name="Jane Doe"))
    assert revocations.is_revoked(token_id="t1", workstation="x", issued_at=T0)
    assert revocations.is_revoked(token_id="t9", workstation="desk-2", issued_at=T0 - timedelta(seconds=1))
