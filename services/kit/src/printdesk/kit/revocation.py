"""Revoked sessions, known locally by every service so a token check never calls the auth service.

`RevocationList` holds two kinds of entry: single tokens (by `jti`, from logout) and per-workstation
cut-offs (every token issued to a workstation before a moment: password rotated, disabled, renamed, role
changed). Entries are forgotten once no token they cover can still be valid, so the list stays as small as
the set of live tokens.

`RevocationFeed` fills the list from the AUTH stream: on startup it replays every revocation event from the
stream's start with an ordered (ephemeral, in-memory, unacknowledged) consumer, so each replica of each
service sees every revocation without sharing a durable consumer with its siblings, then keeps following.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from nats.aio.msg import Msg
from nats.js import JetStreamContext
from nats.js.api import ConsumerConfig, DeliverPolicy
from nats.js.errors import NotFoundError

from printdesk.contracts.envelope import EventEnvelope
from printdesk.contracts.events import TokenRevoked, WorkstationTokensRevoked, parse_payload, subject_for

log = logging.getLogger(__name__)

# No token lives longer than this (the auth service's token lifetime is capped at it), so a workstation
# cut-off older than this covers no token that could still pass the expiry check.
MAX_TOKEN_LIFETIME = timedelta(hours=24)
REVOCATION_STREAM = "AUTH"
REVOCATION_EVENTS = ("TokenRevoked", "WorkstationTokensRevoked")

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class RevocationList:
    """In-memory revocations. Not shared between processes: each fills its own from the stream."""

    def __init__(self, *, clock: Clock = utc_now, max_token_lifetime: timedelta = MAX_TOKEN_LIFETIME,
                 prune_every: timedelta = timedelta(minutes=1)) -> None:
        self._clock = clock
        self._max_lifetime = max_token_lifetime
        self._prune_every = prune_every
        self._tokens: dict[str, datetime] = {}  # jti -> when the token expires anyway
        self._cutoffs: dict[str, datetime] = {}  # workstation -> tokens issued before this are revoked
        self._pruned_at = clock()

    def revoke_token(self, token_id: str, expires_at: datetime) -> None:
        """The token with this `jti` is refused from now until it expires (and then forgotten)."""
        if expires_at > self._clock():
            self._tokens[token_id] = max(expires_at, self._tokens.get(token_id, expires_at))
        self._maybe_prune()

    def revoke_workstation(self, workstation: str, before: datetime) -> None:
        """Every token issued to `workstation` before `before` is refused. A later cut-off replaces an earlier one."""
        current = self._cutoffs.get(workstation)
        if current is None or before > current:
            self._cutoffs[workstation] = before
        self._maybe_prune()

    def apply(self, event: object) -> bool:
        """Take in a revocation event payload; False for any other payload."""
        if isinstance(event, TokenRevoked):
            self.revoke_token(event.token_id, event.expires_at)
            return True
        if isinstance(event, WorkstationTokensRevoked):
            self.revoke_workstation(event.workstation, event.before)
            return True
        return False

    def is_revoked(self, *, token_id: str, workstation: str, issued_at: datetime | None) -> bool:
        """True when the token was revoked by id, or was issued to its workstation before a cut-off.

        A token without an issue time cannot prove it is newer than a cut-off, so a cut-off refuses it.
        """
        self._maybe_prune()
        if token_id in self._tokens:
            return True
        cutoff = self._cutoffs.get(workstation)
        return cutoff is not None and (issued_at is None or issued_at < cutoff)

    def prune(self) -> None:
        """Forget entries that cover no token which could still be valid."""
        now = self._clock()
        self._tokens = {jti: exp for jti, exp in self._tokens.items() if exp > now}
        self._cutoffs = {ws: before for ws, before in self._cutoffs.items() if before + self._max_lifetime > now}
        self._pruned_at = now

    def _maybe_prune(self) -> None:
        if self._clock() - self._pruned_at >= self._prune_every:
            self.prune()

    def __len__(self) -> int:
        return len(self._tokens) + len(self._cutoffs)


class RevocationFeed:
    """Keeps a `RevocationList` current from the AUTH stream (replayed from its start on every startup)."""

    def __init__(self, revocations: RevocationList, *, stream: str = REVOCATION_STREAM,
                 retry_seconds: float = 1.0) -> None:
        self.revocations = revocations
        self._stream = stream
        self._retry_seconds = retry_seconds
        self._subjects = [subject_for(name) for name in REVOCATION_EVENTS]
        self._stopping = asyncio.Event()
        self._caught_up = asyncio.Event()
        self._target_sequence = 0
        self._sub = None
        self._js: JetStreamContext | None = None
        self.received_total = 0
        self.applied_total = 0

    @property
    def running(self) -> bool:
        """Subscribed, connected and caught up with the stream (for health)."""
        nc = getattr(self._js, "_nc", None)
        return self._sub is not None and nc is not None and nc.is_connected and self.caught_up

    @property
    def caught_up(self) -> bool:
        return self._caught_up.is_set()

    async def wait_caught_up(self, timeout: float) -> bool:
        """Wait until every revocation that was in the stream at startup has been applied."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._caught_up.wait(), timeout)
        return self._caught_up.is_set()

    def stop(self) -> None:
        self._stopping.set()

    async def run(self, js: JetStreamContext) -> None:
        self._js = js
        try:
            while not self._stopping.is_set():
                try:
                    await self._subscribe(js)
                    await self._stopping.wait()
                except asyncio.CancelledError:
                    raise
                except Exception as exc:
                    log.warning("revocation feed error; retrying", extra={"error": repr(exc)})
                    await self._unsubscribe()
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._stopping.wait(), self._retry_seconds)
        finally:
            await self._unsubscribe()

    async def _subscribe(self, js: JetStreamContext) -> None:
        self._target_sequence = await self._last_sequence(js)
        if self._target_sequence == 0:
            self._caught_up.set()
        config = ConsumerConfig(filter_subjects=self._subjects, deliver_policy=DeliverPolicy.ALL)
        self._sub = await js.subscribe(
            "", stream=self._stream, config=config, ordered_consumer=True, cb=self._on_message
        )

    async def _last_sequence(self, js: JetStreamContext) -> int:
        last = 0
        for subject in self._subjects:
            with contextlib.suppress(NotFoundError):
                last = max(last, (await js.get_last_msg(self._stream, subject)).seq or 0)
        return last

    async def _unsubscribe(self) -> None:
        sub, self._sub = self._sub, None
        if sub is not None:
            with contextlib.suppress(Exception):
                await sub.unsubscribe()

    async def _on_message(self, msg: Msg) -> None:
        self.received_total += 1
        try:
            envelope = EventEnvelope.model_validate_json(msg.data)
            if self.revocations.apply(parse_payload(envelope)):
                self.applied_total += 1
        except Exception as exc:  # a bad message must not stop the feed; it carries no secret
            log.error("undecodable revocation event skipped", extra={"subject": msg.subject, "error": str(exc)[:300]})
        metadata = msg.metadata
        if metadata.sequence.stream >= self._target_sequence or metadata.num_pending == 0:
            self._caught_up.set()
