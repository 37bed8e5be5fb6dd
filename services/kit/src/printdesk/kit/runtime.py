"""A service's running parts, composed once: engine, NATS, outbox relay, consumers, background loops,
and the revocation feed that keeps `revocations` (refused tokens) current from the AUTH stream.

`ServiceRuntime.lifespan` starts them with the web app and stops them gracefully (consumers stop
fetching, the NATS connection is drained, the engine disposed). Startup waits (boundedly) until every
revocation already in the stream is known, so a restarted service does not accept a revoked token.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field

import sqlalchemy as sa
from fastapi import FastAPI
from nats.aio.client import Client as NATS
from nats.js import JetStreamContext

from printdesk.kit.db import make_engine, make_session_factory
from printdesk.kit.messaging.consumer import EventConsumer, Handler
from printdesk.kit.messaging.jetstream import connect, ensure_streams
from printdesk.kit.messaging.relay import OutboxRelay
from printdesk.kit.messaging.uow import SqlUnitOfWork
from printdesk.kit.revocation import RevocationFeed, RevocationList
from printdesk.kit.settings import ServiceSettings

log = logging.getLogger(__name__)


@dataclass
class ConsumerSpec:
    durable: str
    stream: str
    handlers: dict[str, Handler]


@dataclass
class BackgroundLoop:
    """A long-running coroutine of the service (e.g. the e-mail sender); restarted if it crashes."""

    name: str
    run: Callable[[ServiceRuntime], Awaitable[None]]
    alive: bool = field(default=False, init=False)


class ServiceRuntime:
    def __init__(
        self,
        service: str,
        settings: ServiceSettings,
        *,
        outbox: sa.Table,
        inbox: sa.Table,
        uow_class: type[SqlUnitOfWork] = SqlUnitOfWork,
        consumers: list[ConsumerSpec] | None = None,
        loops: list[BackgroundLoop] | None = None,
        revocation_catch_up_seconds: float = 10.0,
    ) -> None:
        self.service = service
        self.settings = settings
        self.engine = make_engine(settings.database_url, pool_size=settings.database_pool_size)
        self.session_factory = make_session_factory(self.engine)
        self._outbox = outbox
        self._inbox = inbox
        self._uow_class = uow_class
        self._consumer_specs = consumers or []
        self._loops = loops or []
        self.nc: NATS | None = None
        self.js: JetStreamContext | None = None
        self.relay: OutboxRelay | None = None
        self.consumers: list[EventConsumer] = []
        self._tasks: list[asyncio.Task] = []
        self._stopping = False
        self.revocations = RevocationList()
        self.revocation_feed = RevocationFeed(self.revocations)
        self._revocation_catch_up = revocation_catch_up_seconds

    def uow(self) -> SqlUnitOfWork:
        return self._uow_class(self.session_factory, self._outbox, self._inbox, self.wake_relay)

    def wake_relay(self) -> None:
        if self.relay is not None:
            self.relay.wake()

    async def _connect_nats(self, attempts: int = 60) -> None:
        for attempt in range(attempts):
            try:
                self.nc = await connect(self.settings.nats_url, name=self.service)
                break
            except Exception as exc:
                if attempt == attempts - 1:
                    raise RuntimeError(f"cannot reach NATS at {self.settings.nats_url}: {exc}") from exc
                await asyncio.sleep(0.5)
        self.js = self.nc.jetstream()
        await ensure_streams(self.js)

    async def start(self) -> None:
        await self._connect_nats()
        self._tasks.append(asyncio.create_task(self.revocation_feed.run(self.js), name="revocation-feed"))
        self.relay = OutboxRelay(self.session_factory, self.js, self._outbox)
        self._tasks.append(asyncio.create_task(self.relay.run(), name="outbox-relay"))
        for spec in self._consumer_specs:
            consumer = EventConsumer(
                durable=f"{self.service}-{spec.durable}", stream=spec.stream, handlers=spec.handlers,
                js=self.js, uow_factory=self.uow,
            )
            self.consumers.append(consumer)
            self._tasks.append(asyncio.create_task(consumer.run(), name=consumer.durable))
        for loop in self._loops:
            self._tasks.append(asyncio.create_task(self._supervise(loop), name=loop.name))
        if not await self.revocation_feed.wait_caught_up(self._revocation_catch_up):
            log.warning("revoked sessions not all loaded yet; serving anyway", extra={"service": self.service})
        log.info("service started", extra={"service": self.service, "revocations": len(self.revocations)})

    async def _supervise(self, loop: BackgroundLoop) -> None:
        while not self._stopping:
            loop.alive = True
            try:
                await loop.run(self)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("background loop crashed; restarting", extra={"loop": loop.name})
            loop.alive = False
            await asyncio.sleep(1)

    @property
    def stopping(self) -> bool:
        return self._stopping

    async def stop(self) -> None:
        self._stopping = True
        if self.relay:
            self.relay.stop()
        self.revocation_feed.stop()
        for consumer in self.consumers:
            consumer.stop()
        if self._tasks:
            _, pending = await asyncio.wait(self._tasks, timeout=3)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
        if self.nc is not None and not self.nc.is_closed:
            with contextlib.suppress(Exception):
                await self.nc.drain()  # bounded by the connection's drain_timeout
        await self.engine.dispose()
        log.info("service stopped", extra={"service": self.service})

    @contextlib.asynccontextmanager
    async def lifespan(self, _app: FastAPI) -> AsyncIterator[None]:
        await self.start()
        try:
            yield
        finally:
            await self.stop()

    def health_checks(self) -> dict[str, Callable[[], Awaitable[bool]]]:
        async def database() -> bool:
            async with self.engine.connect() as conn:
                await conn.execute(sa.text("SELECT 1"))
            return True

        async def nats() -> bool:
            return self.nc is not None and self.nc.is_connected

        async def relay() -> bool:
            return any(t.get_name() == "outbox-relay" and not t.done() for t in self._tasks)

        async def consumers() -> bool:
            # The revocation feed is a consumer too: without it, revoked tokens would pass here.
            return self.revocation_feed.running and all(c.running for c in self.consumers)

        checks = {"database": database, "nats": nats, "relay": relay, "consumers": consumers}
        for loop in self._loops:
            async def alive(lp: BackgroundLoop = loop) -> bool:
                return lp.alive

            checks[loop.name] = alive
        return checks
