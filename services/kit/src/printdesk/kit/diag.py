"""`GET /api/v1/<service>/diag` (admin): the parts of a service an operator looks at when something seems off.

Every service answers the same document (`printdesk.contracts.api.ops.ServiceDiag`): its database (sanitised
URL, round-trip latency, migration revision against the newest one this build ships), NATS, its outbox
backlog and the lag of each durable consumer it owns; notify adds SMTP reachability and files the free space
of the storage root (`DiagTargets`, set by the service's composition root). Each check is bounded by a
timeout; a part that is down is reported as such in a 200 answer (`/health` is the 200/503 signal).
"""

from __future__ import annotations

import asyncio
import functools
import shutil
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from printdesk.contracts.api import ErrorBody
from printdesk.contracts.api.ops import (
    ConsumerDiag,
    DatabaseDiag,
    NatsDiag,
    OutboxDiag,
    PartStatus,
    ServiceDiag,
    SmtpDiag,
    StorageDiag,
)
from printdesk.kit.auth import AdminPrincipal
from printdesk.kit.db import sanitized
from printdesk.kit.responses import no_store_json

if TYPE_CHECKING:
    from printdesk.kit.runtime import ServiceRuntime

CHECK_TIMEOUT_SECONDS = 3.0


@dataclass(frozen=True)
class SmtpTarget:
    host: str
    port: int


@dataclass(frozen=True)
class StorageTarget:
    root: Path
    min_free_bytes: int


@dataclass(frozen=True)
class DiagTargets:
    """What a service has beyond the common parts: notify sends e-mail, files keeps the storage root."""

    smtp: SmtpTarget | None = None
    storage: StorageTarget | None = None


def _short(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):
        return f"no answer within {CHECK_TIMEOUT_SECONDS:g} s"
    return (str(exc) or type(exc).__name__).splitlines()[0][:300]


@functools.cache
def migration_head(service: str) -> str | None:
    """The newest revision(s) of the service's migration scripts (what `migrate` would bring a database to)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", f"printdesk.{service}.adapters:migrations")
    heads = ScriptDirectory.from_config(config).get_heads()
    return ",".join(sorted(heads)) or None


def service_version(service: str, fallback: str) -> str:
    try:
        return metadata.version(f"printdesk-{service}")
    except metadata.PackageNotFoundError:
        return fallback


def sanitized_nats(url: str) -> str:
    """nats://user:secret@host:4222 → nats://user:***@host:4222 (any credentials in the URL are masked)."""
    scheme, sep, rest = url.partition("://")
    if not sep or "@" not in rest:
        return url
    credentials, _, host = rest.rpartition("@")
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}"


async def check_database(runtime: ServiceRuntime) -> DatabaseDiag:
    url = sanitized(runtime.settings.database_url)
    head = migration_head(runtime.service)

    async def probe() -> tuple[float, str | None]:
        async with runtime.engine.connect() as conn:
            started = time.perf_counter()
            await conn.execute(sa.text("SELECT 1"))
            latency = (time.perf_counter() - started) * 1000
            try:
                rows = (await conn.execute(sa.text("SELECT version_num FROM alembic_version"))).scalars().all()
            except sa.exc.DBAPIError:
                return latency, None  # never migrated
            return latency, ",".join(sorted(rows)) or None

    try:
        latency, current = await asyncio.wait_for(probe(), CHECK_TIMEOUT_SECONDS)
    except Exception as exc:  # noqa: BLE001 - reported in the document
        return DatabaseDiag(status="down", url=url, migration_head=head, error=_short(exc))
    status: PartStatus = "up" if current == head else "degraded"
    error = None if status == "up" else f"database at revision {current}, this build ships {head}: run `migrate`"
    return DatabaseDiag(status=status, url=url, latency_ms=round(latency, 2), migration_current=current,
                        migration_head=head, error=error)


def check_nats(runtime: ServiceRuntime) -> NatsDiag:
    url = sanitized_nats(runtime.settings.nats_url)
    if runtime.nc is not None and runtime.nc.is_connected:
        return NatsDiag(status="up", url=url)
    return NatsDiag(status="down", url=url, error="not connected")


async def check_outbox(runtime: ServiceRuntime) -> OutboxDiag | None:
    if runtime.relay is None:
        return None
    try:
        backlog, age = await asyncio.wait_for(runtime.relay.backlog(), CHECK_TIMEOUT_SECONDS)
    except Exception:  # noqa: BLE001 - the database part already says why
        return None
    return OutboxDiag(backlog=backlog, oldest_age_seconds=round(age, 3) if age is not None else None)


async def check_consumers(runtime: ServiceRuntime) -> list[ConsumerDiag]:
    found = []
    for consumer in runtime.consumers:
        try:
            if runtime.js is None:
                raise ConnectionError("not connected")
            info = await runtime.js.consumer_info(consumer.stream, consumer.durable, timeout=CHECK_TIMEOUT_SECONDS)
            found.append(ConsumerDiag(
                stream=consumer.stream, name=consumer.durable, pending=info.num_pending or 0,
                ack_pending=info.num_ack_pending or 0, redelivered=info.num_redelivered or 0,
                status="up" if consumer.running else "down",
            ))
        except Exception:  # noqa: BLE001 - an unreachable consumer is reported down
            found.append(ConsumerDiag(stream=consumer.stream, name=consumer.durable, pending=0, ack_pending=0,
                                      status="down"))
    return found


async def check_smtp(target: SmtpTarget) -> SmtpDiag:
    """Connect, read the greeting, say EHLO and QUIT: the server is there and speaks SMTP."""

    async def probe() -> None:
        reader, writer = await asyncio.open_connection(target.host, target.port)
        try:
            greeting = await reader.readline()
            if not greeting.startswith(b"220"):
                raise ConnectionError(f"unexpected greeting {greeting[:80]!r}")
            writer.write(b"EHLO printdesk-diag\r\n")
            await writer.drain()
            while True:  # multi-line reply: "250-…" lines, then "250 …"
                line = await reader.readline()
                if not line.startswith(b"250"):
                    raise ConnectionError(f"EHLO refused: {line[:80]!r}")
                if line[3:4] != b"-":
                    break
            writer.write(b"QUIT\r\n")
            await writer.drain()
        finally:
            writer.close()

    try:
        await asyncio.wait_for(probe(), CHECK_TIMEOUT_SECONDS)
    except Exception as exc:  # noqa: BLE001 - reported in the document
        return SmtpDiag(status="down", host=target.host, port=target.port, error=_short(exc))
    return SmtpDiag(status="up", host=target.host, port=target.port)


async def check_storage(target: StorageTarget) -> StorageDiag:
    try:
        usage = await asyncio.wait_for(asyncio.to_thread(shutil.disk_usage, target.root), CHECK_TIMEOUT_SECONDS)
    except Exception:  # noqa: BLE001 - a missing or unreadable root is down
        return StorageDiag(status="down", root=str(target.root), free_bytes=0, total_bytes=0,
                           min_free_bytes=target.min_free_bytes)
    status: PartStatus = "up" if usage.free >= target.min_free_bytes else "degraded"
    return StorageDiag(status=status, root=str(target.root), free_bytes=usage.free, total_bytes=usage.total,
                       min_free_bytes=target.min_free_bytes)


def storage_writable(target: StorageTarget):  # noqa: ANN201 - a health check
    """A `/health` component: the storage root accepts a new file (not full, not read-only)."""

    def write_probe() -> bool:
        probe = target.root / f".health-{time.monotonic_ns()}"
        probe.write_bytes(b"ok")
        probe.unlink()
        return True

    async def check() -> bool:
        return await asyncio.to_thread(write_probe)

    return check


def overall(statuses: list[PartStatus]) -> PartStatus:
    if "down" in statuses:
        return "down"
    return "degraded" if "degraded" in statuses else "up"


async def collect(runtime: ServiceRuntime, targets: DiagTargets, *, version: str, started_at: datetime) -> ServiceDiag:
    database, outbox, consumers, smtp, storage = await asyncio.gather(
        check_database(runtime), check_outbox(runtime), check_consumers(runtime),
        check_smtp(targets.smtp) if targets.smtp else asyncio.sleep(0),
        check_storage(targets.storage) if targets.storage else asyncio.sleep(0),
    )
    nats = check_nats(runtime)
    parts = [database.status, nats.status, *(c.status for c in consumers)]
    parts += [p.status for p in (smtp, storage) if p is not None]
    return ServiceDiag(
        service=runtime.service, version=version, status=overall(parts), checked_at=datetime.now(UTC),
        started_at=started_at, database=database, nats=nats, outbox=outbox, consumers=consumers,
        smtp=smtp, storage=storage,
    )


def diag_router(service: str, fallback_version: str) -> APIRouter:
    router = APIRouter(tags=["ops"])
    errors = {"model": ErrorBody}

    @router.get(f"/api/v1/{service}/diag", response_model=ServiceDiag, responses={401: errors, 403: errors},
                summary=f"Diagnostics of the {service} service (admin)")
    async def diag(request: Request, _principal: AdminPrincipal) -> JSONResponse:
        state = request.app.state
        document = await collect(
            state.runtime, getattr(state, "diag_targets", DiagTargets()),
            version=service_version(service, fallback_version), started_at=state.started_at,
        )
        return no_store_json(document)

    return router


__all__ = ["DiagTargets", "SmtpTarget", "StorageTarget", "diag_router", "storage_writable"]
