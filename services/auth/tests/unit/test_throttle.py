"""The sign-in throttle rule: counts inside a sliding window, per workstation name and per client address."""

from datetime import UTC, datetime, timedelta

import pytest

from printdesk.auth.domain.throttle import ThrottlePolicy, attempt_key

NOW = datetime(2025, 3, 3, 8, 0, tzinfo=UTC)
POLICY = ThrottlePolicy()


def _ago(*minutes: float) -> list[datetime]:
    return [NOW - timedelta(minutes=m) for m in minutes]


def test_four_recent_failures_still_allow_an_attempt() -> None:
    assert POLICY.retry_after(_ago(1, 2, 3, 4), [], NOW) is None


def test_five_failures_in_fifteen_minutes_pause_until_the_oldest_of_them_leaves_the_window() -> None:
    assert POLICY.retry_after(_ago(1, 2, 3, 4, 10), [], NOW) == timedelta(minutes=5)


def test_with_more_than_five_it_is_the_fifth_most_recent_that_counts() -> None:
    assert POLICY.retry_after(_ago(1, 2, 3, 4, 6, 12, 14), [], NOW) == timedelta(minutes=9)


def test_failures_older_than_the_window_do_not_count() -> None:
    assert POLICY.retry_after(_ago(1, 2, 3, 4, 15, 16, 30), [], NOW) is None


def test_twenty_failures_from_one_address_pause_it_across_workstation_names() -> None:
    assert POLICY.retry_after([], _ago(*[m / 2 for m in range(1, 20)]), NOW) is None
    assert POLICY.retry_after([], _ago(*[m / 2 for m in range(1, 21)]), NOW) == timedelta(minutes=5)


def test_the_longer_of_the_two_pauses_applies() -> None:
    assert POLICY.retry_after(_ago(1, 1, 1, 1, 2), _ago(*[3] * 20), NOW) == timedelta(minutes=13)


def test_the_limits_and_window_are_a_policy() -> None:
    strict = ThrottlePolicy(per_workstation=2, per_client=3, window=timedelta(minutes=1))
    assert strict.retry_after(_ago(0.5, 0.25), [], NOW) == timedelta(seconds=30)
    assert strict.retry_after(_ago(0.5, 2), [], NOW) is None


@pytest.mark.parametrize(("typed", "key"), [(" Front-Desk ", "front-desk"), ("ghost", "ghost"), ("x" * 80, "x" * 64)])
def test_attempts_count_against_the_name_as_typed_tidied(typed: str, key: str) -> None:
    assert attempt_key(typed) == key
