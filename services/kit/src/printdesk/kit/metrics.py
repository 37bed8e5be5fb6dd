"""Prometheus metrics of a service, served at `GET /metrics` on the service's own port.

`/metrics` is deliberately public on the service port and absent from the gateway's routes: a scraper on
the machine (or the container network) reads it directly, students and browsers never reach it, and it
carries counts only (no job, student or file data). It is left out of the OpenAPI document, so it is not
part of the API and the generated authorization tests do not expect a token there.

What is measured: HTTP requests by route template, method and status (counter) and their latency
(histogram); events published from the outbox and the backlog still waiting; events each consumer handled
or failed. Services add their own with `ServiceMetrics.counter` / `gauge`, and `on_scrape` for values read
when scraped (files: bytes uploaded; notify: e-mails by status).
Each app keeps its own registry, so several services can run in one process (the tests do).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import TYPE_CHECKING

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily
from prometheus_client.registry import Collector
from starlette.types import ASGIApp, Message, Receive, Scope, Send

if TYPE_CHECKING:
    from printdesk.kit.runtime import ServiceRuntime

METRICS_PATH = "/metrics"
_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)


class _RuntimeCollector(Collector):
    """Counters the runtime already keeps (relay and consumers), read at scrape time."""

    def __init__(self, runtime: ServiceRuntime) -> None:
        self._runtime = runtime

    def collect(self) -> Iterator[CounterMetricFamily]:
        runtime = self._runtime
        published = CounterMetricFamily("printdesk_outbox_published", "Events the outbox relay published.",
                                        labels=["service"])
        published.add_metric([runtime.service], runtime.relay.published_total if runtime.relay else 0)
        yield published
        handled = CounterMetricFamily("printdesk_inbox_processed", "Events a consumer handled and acknowledged.",
                                      labels=["service", "consumer"])
        failed = CounterMetricFamily("printdesk_inbox_failed",
                                     "Events a consumer could not handle (retried later, or terminated).",
                                     labels=["service", "consumer"])
        for consumer in runtime.consumers:
            handled.add_metric([runtime.service, consumer.durable], consumer.handled_total)
            failed.add_metric([runtime.service, consumer.durable], getattr(consumer, "failed_total", 0))
        yield handled
        yield failed


class ServiceMetrics:
    def __init__(self, runtime: ServiceRuntime) -> None:
        self.service = runtime.service
        self.runtime = runtime
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter("printdesk_http_requests", "HTTP requests answered.",
                                ["service", "method", "route", "status"], registry=self.registry)
        self.latency = Histogram("printdesk_http_request_duration_seconds", "Time to answer an HTTP request.",
                                 ["service", "method", "route"], buckets=_BUCKETS, registry=self.registry)
        self.outbox_backlog = Gauge("printdesk_outbox_backlog", "Events written but not yet published.",
                                    ["service"], registry=self.registry)
        self.outbox_oldest = Gauge("printdesk_outbox_oldest_age_seconds",
                                   "Age of the oldest unpublished event (0 when none).", ["service"],
                                   registry=self.registry)
        self.registry.register(_RuntimeCollector(runtime))
        self._on_scrape: list[Callable[[], Awaitable[None]]] = [self.refresh_outbox]

    def counter(self, name: str, documentation: str, labels: tuple[str, ...] = ()) -> Counter:
        """A service-specific counter (labelled by service too), e.g. `printdesk_files_upload_bytes`."""
        return Counter(name, documentation, ["service", *labels], registry=self.registry)

    def gauge(self, name: str, documentation: str, labels: tuple[str, ...] = ()) -> Gauge:
        return Gauge(name, documentation, ["service", *labels], registry=self.registry)

    def on_scrape(self, refresh: Callable[[], Awaitable[None]]) -> None:
        """Run `refresh` (bounded, failures ignored) before each scrape, e.g. to set a gauge from the database."""
        self._on_scrape.append(refresh)

    async def refresh(self) -> None:
        for refresh in self._on_scrape:
            with contextlib.suppress(Exception):  # a database that is down keeps the last values
                await asyncio.wait_for(refresh(), 2.0)

    async def refresh_outbox(self) -> None:
        if self.runtime.relay is None:
            return
        backlog, age = await self.runtime.relay.backlog()
        self.outbox_backlog.labels(self.service).set(backlog)
        self.outbox_oldest.labels(self.service).set(age or 0)

    def render(self) -> bytes:
        return generate_latest(self.registry)


class _RequestMetrics:
    """Plain ASGI middleware (streamed uploads and event streams pass through untouched)."""

    def __init__(self, app: ASGIApp, metrics: ServiceMetrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] == METRICS_PATH:
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_recording(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_recording)
        finally:
            route = scope.get("route")
            # The template, never the raw path: job ids and tokens would make a series per request.
            template = getattr(route, "path", None) or "unmatched"
            method = scope["method"]
            self.metrics.requests.labels(self.metrics.service, method, template, str(status)).inc()
            self.metrics.latency.labels(self.metrics.service, method, template).observe(
                time.perf_counter() - started
            )


def install_metrics(app: FastAPI, runtime: ServiceRuntime) -> ServiceMetrics:
    metrics = ServiceMetrics(runtime)
    app.state.metrics = metrics
    app.add_middleware(_RequestMetrics, metrics=metrics)
    router = APIRouter()

    # Public on the service port only (see the module's docstring); not in the OpenAPI document.
    @router.get(METRICS_PATH, include_in_schema=False)
    async def scrape(request: Request) -> Response:
        current: ServiceMetrics = request.app.state.metrics
        await current.refresh()
        return Response(current.render(), media_type=CONTENT_TYPE_LATEST, headers={"Cache-Control": "no-store"})

    app.include_router(router)
    return metrics
