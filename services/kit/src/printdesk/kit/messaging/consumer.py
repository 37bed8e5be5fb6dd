"""Durable pull consumers with explicit ack, deduplicated through the inbox table.

The effect of an event and its inbox row commit in one transaction, so a redelivered event does
nothing twice. Undecodable messages are terminated (and logged); transient failures are nak'ed with a
growing delay; an event that keeps failing is terminated after `max_deliver` attempts.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from nats.aio.msg import Msg
from nats.js import JetStreamContext
from nats.js.api import AckPolicy, ConsumerConfig, DeliverPolicy
from pydantic import ValidationError

from printdesk.contracts.envelope import EventEnvelope
from printdesk.contracts.events import UnknownEventType, parse_payload, subject_for
from printdesk.kit.messaging.uow import SqlUnitOfWork

log = logging.getLogger(__name__)

Handler = Callable[[Any, EventEnvelope, SqlUnitOfWork], Awaitable[None]]


class PoisonEvent(Exception):
    """Raised by a handler for an event that can never succeed; the message is terminated."""


class EventConsumer:
    def __init__(
        self,
        *,
        durable: str,
        stream: str,
        handlers: dict[str, Handler],
        js: JetStreamContext,
        uow_factory: Callable[[], SqlUnitOfWork],
        max_deliver: int = 20,
        ack_wait_seconds: float = 60.0,
        batch: int = 20,
    ) -> None:
        self.durable = durable
        self.stream = stream
        self._handlers = handlers
        self._js = js
        self._uow_factory = uow_factory
        self._max_deliver = max_deliver
        self._ack_wait = ack_wait_seconds
        self._batch = batch
        self._stopping = False
        self.handled_total = 0
        self.failed_total = 0  # nak'ed or terminated (metrics)
        self.running = False

    def stop(self) -> None:
        self._stopping = True

    async def _subscribe(self):  # noqa: ANN202
        config = ConsumerConfig(
            durable_name=self.durable,
            ack_policy=AckPolicy.EXPLICIT,
            deliver_policy=DeliverPolicy.ALL,
            max_deliver=self._max_deliver,
            ack_wait=self._ack_wait,
            filter_subjects=[subject_for(name) for name in self._handlers],
        )
        await self._js.add_consumer(self.stream, config)
        return await self._js.pull_subscribe_bind(self.durable, stream=self.stream)

    async def run(self) -> None:
        sub = None
        try:
            while not self._stopping:
                try:
                    if sub is None:
                        sub = await self._subscribe()
                        self.running = True
                    try:
                        # One per pull: nats-py's fetch(n) holds a first message that arrives alone until n
                        # are there or the timeout passes (up to 1 s late); a pull costs one loopback trip.
                        messages = await sub.fetch(1, timeout=1)
                    except TimeoutError:
                        continue
                    for msg in messages:
                        await self.handle(msg)
                except asyncio.CancelledError:
                    raise
                except Exception as exc:
                    self.running = False
                    sub = None
                    log.warning("consumer loop error", extra={"consumer": self.durable, "error": repr(exc)})
                    await asyncio.sleep(1)
        finally:
            self.running = False
            if sub is not None:  # lets the connection drain promptly on shutdown
                with contextlib.suppress(Exception):
                    await sub.unsubscribe()

    async def handle(self, msg: Msg) -> None:
        try:
            envelope = EventEnvelope.model_validate_json(msg.data)
            payload = parse_payload(envelope)
        except (ValidationError, UnknownEventType, ValueError) as exc:
            log.error("undecodable event terminated", extra={"consumer": self.durable, "subject": msg.subject, "error": str(exc)[:500]})
            self.failed_total += 1
            await msg.term()
            return
        handler = self._handlers.get(envelope.type)
        try:
            async with self._uow_factory() as uow:
                if await uow.claim_inbox(self.durable, envelope.event_id) and handler is not None:
                    await handler(payload, envelope, uow)
                await uow.commit()
        except PoisonEvent as exc:
            log.error("poison event terminated", extra={"consumer": self.durable, "event_id": str(envelope.event_id), "error": str(exc)})
            self.failed_total += 1
            await msg.term()
            return
        except Exception as exc:
            delivered = msg.metadata.num_delivered if msg.metadata else 1
            delay = min(30.0, 0.5 * 2 ** (delivered - 1))
            log.warning(
                "event handling failed, will retry",
                extra={"consumer": self.durable, "event_id": str(envelope.event_id), "attempt": delivered, "error": repr(exc)},
            )
            self.failed_total += 1
            await msg.nak(delay=delay)
            return
        await msg.ack()
        self.handled_total += 1
