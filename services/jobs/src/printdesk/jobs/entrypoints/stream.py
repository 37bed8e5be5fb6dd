"""`GET /jobs/stream`: every job change, and every new submission, live, as server-sent events.

Each process of the jobs service listens to `JobChanged` on NATS (the same messages the outbox relay puts on
JetStream, within milliseconds of the commit) and hands each to every open stream. A client that falls too far
behind is disconnected; like any client that reconnects, it gets `ready` first and reloads what it shows.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime

from fastapi import APIRouter, Request
from sse_starlette import EventSourceResponse, ServerSentEvent

from printdesk.contracts.events import subject_for
from printdesk.jobs.entrypoints.errors import ERROR_RESPONSE
from printdesk.kit.auth import StaffPrincipal
from printdesk.kit.runtime import BackgroundLoop, ServiceRuntime

log = logging.getLogger(__name__)

router = APIRouter(prefix="/api/v1", tags=["jobs"])

QUEUE_LIMIT = 1000


class JobFeed:
    """Fan-out of job changes to the open streams of this process."""

    def __init__(self) -> None:
        self._listeners: set[asyncio.Queue[dict | None]] = set()

    def listen(self) -> asyncio.Queue[dict | None]:
        queue: asyncio.Queue[dict | None] = asyncio.Queue(QUEUE_LIMIT)
        self._listeners.add(queue)
        return queue

    def leave(self, queue: asyncio.Queue[dict | None]) -> None:
        self._listeners.discard(queue)

    def publish(self, change: dict) -> None:
        for queue in list(self._listeners):
            try:
                queue.put_nowait(change)
            except asyncio.QueueFull:  # too slow: cut it off; it reconnects and reloads
                self._listeners.discard(queue)
                queue.get_nowait()
                queue.put_nowait(None)

    @property
    def listeners(self) -> int:
        return len(self._listeners)


def as_change(envelope: dict) -> dict:
    """A feed item: a JobChanged as it is, and a new submission in the same shape (action "submit")."""
    data = envelope["data"]
    head = {"event_id": envelope["event_id"], "actor": envelope.get("actor")}
    if envelope["type"] != "JobSubmitted":
        return {**head, **data}
    job = {key: data.get(key) for key in ("short_id", "student_name", "student_email", "original_filename",
                                          "discipline", "class_number", "print_method", "color", "printer")}
    return {**head, "job_id": data["job_id"], "action": "submit", "status": "UPLOADED",
            "previous_status": "UPLOADED", "at": envelope["occurred_at"],
            "job": {**job, "created_at": envelope["occurred_at"], "display_name": None},
            "authoritative_filename": None, "lock": None, "deleted": False}


def feed_loop(feed: JobFeed) -> BackgroundLoop:
    async def run(runtime: ServiceRuntime) -> None:
        assert runtime.nc is not None
        queue: asyncio.Queue = asyncio.Queue()

        async def received(message) -> None:  # noqa: ANN001
            await queue.put(message)

        subscriptions = [await runtime.nc.subscribe(subject_for(name), cb=received)
                         for name in ("JobChanged", "JobSubmitted")]
        try:
            while True:
                message = await queue.get()
                try:
                    feed.publish(as_change(json.loads(message.data)))
                except (ValueError, KeyError):
                    log.warning("unreadable job change on the feed")
        finally:
            for subscription in subscriptions:
                await subscription.unsubscribe()

    return BackgroundLoop("job-feed", run)


@router.get(
    "/jobs/stream",
    responses={200: {"content": {"text/event-stream": {}}, "description": "`ready`, then one `job` event per change"},
               401: ERROR_RESPONSE},
    summary="Every job change, live (server-sent events)",
)
async def stream(principal: StaffPrincipal, request: Request) -> EventSourceResponse:
    feed: JobFeed = request.app.state.job_feed
    queue = feed.listen()

    async def events() -> AsyncIterator[ServerSentEvent]:
        try:
            yield ServerSentEvent(event="ready", data=json.dumps({"at": datetime.now(UTC).isoformat()}), retry=2000)
            while True:
                left = (principal.expires_at - datetime.now(UTC)).total_seconds()
                if left <= 0:
                    yield ServerSentEvent(event="expired", data="{}")
                    return
                try:
                    change = await asyncio.wait_for(queue.get(), timeout=min(left, 30))
                except TimeoutError:
                    continue
                if change is None:
                    return
                yield ServerSentEvent(event="job", id=change["event_id"], data=json.dumps(change))
        finally:
            feed.leave(queue)

    return EventSourceResponse(
        events(), ping=15, headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
    )
