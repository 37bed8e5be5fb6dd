"""Signing in (throttled), signing out (the token is revoked everywhere), checking a session, signing keys."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from printdesk.auth.domain.model import InvalidAccount, Role, workstation_name
from printdesk.auth.domain.throttle import ThrottlePolicy, attempt_key
from printdesk.auth.service_layer.acting import PRODUCER, Clock, utc_now
from printdesk.auth.service_layer.errors import InvalidCredentials, TooManyAttempts
from printdesk.auth.service_layer.ports import PasswordHasher, TokenSigner, UnitOfWork
from printdesk.contracts import events as contract
from printdesk.contracts.envelope import Actor, ActorKind

DEFAULT_THROTTLE = ThrottlePolicy()


@dataclass(frozen=True)
class Login:
    workstation: str
    password: str
    ttl: timedelta
    client: str | None = None


@dataclass(frozen=True)
class SignedIn:
    workstation: str
    role: Role
    access_token: str
    token_id: str
    expires_at: datetime
    key_id: str


@dataclass(frozen=True)
class SignOut:
    token_id: str
    workstation: str
    expires_at: datetime


@dataclass(frozen=True)
class Session:
    """What a presented (correctly signed, unexpired) token claims."""

    token_id: str
    workstation: str
    role: str
    issued_at: datetime | None


async def login(
    cmd: Login, uow: UnitOfWork, hasher: PasswordHasher, clock: Clock = utc_now,
    throttle: ThrottlePolicy = DEFAULT_THROTTLE,
) -> SignedIn:
    """A workstation's name and password become a signed token carrying its role.

    Unknown names, wrong passwords and inactive workstations fail alike, and an unknown name is still
    checked against a dummy hash, so neither the answer nor its timing tells which names exist. After too
    many failures for the name (or from the client) attempts are refused unchecked until the window passes.
    The attempt is stored before the password check, so attempts racing on several replicas count too.
    """
    now = clock()
    key = attempt_key(cmd.workstation)
    async with uow:
        await uow.login_attempts.prune(now - throttle.window)
        attempt = await uow.login_attempts.start(workstation=key, client=cmd.client, at=now)
        await uow.commit()
    async with uow:
        try:
            name: str | None = workstation_name(cmd.workstation.lower())
        except InvalidAccount:
            name = None
        workstation = await uow.workstations.get(name) if name else None
        known = workstation.name if workstation else None
        earlier = await uow.login_attempts.before(attempt, workstation=key, client=cmd.client,
                                                  since=now - throttle.window)
        if (wait := throttle.retry_after(earlier.workstation, earlier.client, now)) is not None:
            await uow.login_attempts.discard(attempt)
            await uow.commit()
            raise TooManyAttempts(wait, known)
        password_hash = workstation.password_hash if workstation else hasher.dummy_hash
        found = (workstation.name, workstation.role, workstation.can_sign_in) if workstation else None
    # The slow check runs outside any transaction: no connection is held while it hashes.
    matches = await hasher.verify(password_hash, cmd.password)
    if found is None:
        raise InvalidCredentials("unknown workstation")
    signed_in_as, role, can_sign_in = found
    if not matches:
        raise InvalidCredentials("wrong password", signed_in_as)
    if not can_sign_in:
        raise InvalidCredentials("workstation deactivated", signed_in_as)
    async with uow:
        await uow.login_attempts.clear_workstation(key)
        await uow.commit()
    key_ = await current_signing_key(uow, clock)
    issued = key_.issue(workstation=signed_in_as, role=role, ttl=cmd.ttl, now=clock())
    return SignedIn(
        workstation=signed_in_as, role=role, access_token=issued.token,
        token_id=issued.token_id, expires_at=issued.expires_at, key_id=key_.kid,
    )


async def sign_out(cmd: SignOut, uow: UnitOfWork, clock: Clock = utc_now) -> bool:
    """Revoke one token: stored (so every auth replica refuses it at once) and published as TokenRevoked
    (so every other service refuses it too). False if it was revoked already."""
    async with uow:
        added = await uow.revoked_tokens.add(
            token_id=cmd.token_id, workstation=cmd.workstation, expires_at=cmd.expires_at, revoked_at=clock()
        )
        if not added:
            return False
        event = contract.make_event(
            contract.TokenRevoked(token_id=cmd.token_id, expires_at=cmd.expires_at), producer=PRODUCER,
            actor=Actor(kind=ActorKind.STAFF, workstation_id=cmd.workstation),
        )
        await uow.add_event(event)
        await uow.commit()
    return True


async def session_is_live(session: Session, uow: UnitOfWork) -> bool:
    """The auth service's own, authoritative check: not signed out, and its workstation still exists under
    that name, is active, has the token's role, and has not revoked tokens issued at that time."""
    async with uow:
        if await uow.revoked_tokens.contains(session.token_id):
            return False
        workstation = await uow.workstations.get(session.workstation)
        return workstation is not None and workstation.accepts_token(role=session.role, issued_at=session.issued_at)


async def current_signing_key(uow: UnitOfWork, clock: Clock = utc_now) -> TokenSigner:
    """The key that signs new tokens: the newest active one, created and stored on first use."""
    async with uow:
        if keys := await uow.keys.active():
            return keys[0]
        await uow.keys.lock()
        if keys := await uow.keys.active():  # another process created one while we waited
            return keys[0]
        key = await uow.keys.create(clock())
        await uow.commit()
    return key


async def verification_keys(uow: UnitOfWork) -> list[TokenSigner]:
    """Every key a token in circulation may be signed with (all non-retired keys)."""
    async with uow:
        return await uow.keys.active()
