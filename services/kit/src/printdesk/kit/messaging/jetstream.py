"""Connecting to NATS and making sure every stream exists with a duplicate window."""

from __future__ import annotations

import logging

import nats
from nats.aio.client import Client as NATS
from nats.js import JetStreamContext
from nats.js.api import StreamConfig
from nats.js.errors import NotFoundError

from printdesk.contracts.events import STREAMS

log = logging.getLogger(__name__)

DUPLICATE_WINDOW_SECONDS = 120.0


async def connect(url: str, *, name: str) -> NATS:
    async def _disconnected() -> None:
        log.warning("nats disconnected", extra={"nats_url": url})

    async def _reconnected() -> None:
        log.info("nats reconnected", extra={"nats_url": url})

    return await nats.connect(
        url,
        name=name,
        max_reconnect_attempts=-1,
        reconnect_time_wait=0.5,
        drain_timeout=3,
        disconnected_cb=_disconnected,
        reconnected_cb=_reconnected,
    )


async def ensure_streams(js: JetStreamContext, streams: dict[str, str] = STREAMS) -> None:
    """Create each stream if missing; existing ones keep their data (limits are only widened later)."""
    for name, subject in streams.items():
        config = StreamConfig(
            name=name, subjects=[subject], duplicate_window=DUPLICATE_WINDOW_SECONDS
        )
        try:
            await js.stream_info(name)
        except NotFoundError:
            await js.add_stream(config)
            log.info("stream created", extra={"stream": name, "subjects": subject})
