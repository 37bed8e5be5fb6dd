"""Signing in under throttling, signing out, and the auth service's own session check (fakes, no I/O)."""

from datetime import UTC, datetime, timedelta

import pytest

from printdesk.auth.service_layer import handlers
from printdesk.auth.service_layer.errors import InvalidCredentials, TooManyAttempts

T0 = datetime(2025, 3, 3, 8, 0, tzinfo=UTC)
TTL = timedelta(hours=10)
PASSWORD = "correct horse"


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def desk(uow, hasher, clock) -> None:
    await handlers.create_workstation(handlers.CreateWorkstation("front-desk", PASSWORD), uow, hasher, clock)


async def _login(uow, hasher, clock, password: str = PASSWORD, workstation: str = "front-desk",
                 client: str | None = "10.0.0.1"):
    return await handlers.login(handlers.Login(workstation, password, TTL, client=client), uow, hasher, clock)


async def _fail(uow, hasher, clock, times: int, **kwargs) -> None:
    for _ in range(times):
        with pytest.raises(InvalidCredentials):
            await _login(uow, hasher, clock, password="wrong password", **kwargs)
        clock.advance(seconds=1)


async def test_five_failures_pause_sign_in_even_with_the_right_password(uow, hasher, clock, desk) -> None:
    await _fail(uow, hasher, clock, 5)
    hasher.verified.clear()
    with pytest.raises(TooManyAttempts) as caught:
        await _login(uow, hasher, clock)
    assert hasher.verified == [], "a paused attempt is not even checked"
    assert caught.value.retry_after_seconds == 15 * 60 - 5
    assert caught.value.message == "Too many failed sign-ins; try again in 15 minutes."


async def test_the_pause_ends_when_the_window_has_passed(uow, hasher, clock, desk) -> None:
    await _fail(uow, hasher, clock, 5)
    clock.advance(minutes=15)
    assert (await _login(uow, hasher, clock)).workstation == "front-desk"


async def test_attempts_while_paused_do_not_prolong_the_pause(uow, hasher, clock, desk) -> None:
    await _fail(uow, hasher, clock, 5)
    for _ in range(10):
        with pytest.raises(TooManyAttempts):
            await _login(uow, hasher, clock, password="still wrong")
        clock.advance(seconds=30)
    clock.now = T0 + timedelta(minutes=15, seconds=1)
    await _login(uow, hasher, clock)


async def test_a_success_resets_the_workstations_count(uow, hasher, clock, desk) -> None:
    await _fail(uow, hasher, clock, 4)
    await _login(uow, hasher, clock)
    await _fail(uow, hasher, clock, 4)
    await _login(uow, hasher, clock)


async def test_an_unknown_name_is_paused_exactly_like_a_real_one(uow, hasher, clock) -> None:
    await _fail(uow, hasher, clock, 5, workstation="ghost")
    with pytest.raises(TooManyAttempts):
        await _login(uow, hasher, clock, workstation="ghost")


async def test_failures_against_one_name_do_not_pause_another(uow, hasher, clock, desk) -> None:
    await _fail(uow, hasher, clock, 5, workstation="ghost")
    await _login(uow, hasher, clock)


async def test_twenty_failures_from_one_address_pause_it_for_every_name(uow, hasher, clock, desk) -> None:
    for name in ("a1", "a2", "a3", "a4"):
        await _fail(uow, hasher, clock, 5, workstation=name, client="10.9.9.9")
    with pytest.raises(TooManyAttempts):
        await _login(uow, hasher, clock, client="10.9.9.9")
    await _login(uow, hasher, clock, client="10.0.0.2")


async def test_a_success_does_not_reset_the_addresss_count(uow, hasher, clock, desk) -> None:
    for name in ("a1", "a2", "a3", "a4"):
        await _fail(uow, hasher, clock, 4, workstation=name, client="10.9.9.9")
    await _login(uow, hasher, clock, client="10.9.9.9")
    await _fail(uow, hasher, clock, 4, workstation="a5", client="10.9.9.9")
    with pytest.raises(TooManyAttempts):
        await _login(uow, hasher, clock, client="10.9.9.9")


async def test_without_a_client_address_only_the_workstation_count_applies(uow, hasher, clock, desk) -> None:
    await _fail(uow, hasher, clock, 4, client=None)
    await _login(uow, hasher, clock, client=None)


async def test_a_disabled_workstation_with_the_right_password_counts_as_a_failure(uow, hasher, clock, desk) -> None:
    uow.workstations.rows["front-desk"].active = False
    for _ in range(5):
        with pytest.raises(InvalidCredentials):
            await _login(uow, hasher, clock)
    with pytest.raises(TooManyAttempts):
        await _login(uow, hasher, clock)


async def test_signing_out_revokes_the_token_once_and_publishes_token_revoked(uow, clock) -> None:
    cmd = handlers.SignOut(token_id="t1", workstation="front-desk", expires_at=T0 + TTL)
    assert await handlers.sign_out(cmd, uow, clock)
    assert not await handlers.sign_out(cmd, uow, clock)
    [event] = uow.outbox
    assert (event.type, event.data) == ("TokenRevoked", {"token_id": "t1", "expires_at": "2025-03-03T18:00:00Z"})
    assert (event.actor.kind, event.actor.workstation_id) == ("staff", "front-desk")


def _session(token_id: str = "t2", workstation: str = "front-desk", role: str = "staff",
             issued_at: datetime | None = T0) -> handlers.Session:
    return handlers.Session(token_id=token_id, workstation=workstation, role=role, issued_at=issued_at)


async def test_a_session_is_live_until_signed_out(uow, clock, desk) -> None:
    assert await handlers.session_is_live(_session(), uow)
    await handlers.sign_out(handlers.SignOut("t2", "front-desk", T0 + TTL), uow, clock)
    assert not await handlers.session_is_live(_session(), uow)


async def test_a_session_ends_with_its_workstations_password_role_name_or_status(uow, hasher, clock, desk) -> None:
    admin = handlers.Acting.command_line()
    clock.advance(seconds=1)
    await handlers.update_workstation(handlers.UpdateWorkstation("front-desk", password="a new password"),
                                      uow, hasher, clock, admin)
    assert not await handlers.session_is_live(_session(issued_at=T0), uow)
    clock.advance(seconds=1)
    assert await handlers.session_is_live(_session(issued_at=clock.now), uow)
    assert not await handlers.session_is_live(_session(role="admin", issued_at=clock.now), uow)
    await handlers.update_workstation(handlers.UpdateWorkstation("front-desk", new_name="desk-1"),
                                      uow, hasher, clock, admin)
    assert not await handlers.session_is_live(_session(issued_at=clock.now + timedelta(seconds=1)), uow)
    assert not await handlers.session_is_live(_session(workstation="ghost"), uow)
