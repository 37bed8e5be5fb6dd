"""Helpers for service tests: run an app with its lifespan, and sign tokens the app will accept."""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import time
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import httpx
from fastapi import FastAPI

from printdesk.auth.adapters.signing import SigningKey, jwks
from printdesk.kit.auth import TokenVerifier


class TokenMint:
    """Signs workstation tokens with a throwaway key; `install(app)` makes the app trust that key."""

    def __init__(self) -> None:
        self.key = SigningKey.generate()

    def token(self, workstation: str = "front-desk", role: str = "staff", ttl: timedelta = timedelta(hours=1)) -> str:
        return self.key.issue(workstation=workstation, role=role, ttl=ttl).token

    def headers(self, **kwargs: object) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token(**kwargs)}"}

    def install(self, app: FastAPI) -> None:
        app.state.token_verifier = TokenVerifier.static(jwks([self.key]))


@contextlib.asynccontextmanager
async def running_app(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """Start the app's runtime (NATS, relay, consumers) and give an HTTP client bound to it."""
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            yield client


def stub_slicer(directory: Path) -> tuple[Path, Path]:
    """A stand-in slicer for the workstation handler's tests: an executable that writes each argument it was
    started with, one per line, to a file. Returns (the executable, that file)."""
    received = directory / "slicer-arguments.txt"
    slicer = directory / "stub-slicer"
    slicer.write_text(f"#!/bin/sh\nprintf '%s\\n' \"$@\" > '{received}'\n")
    slicer.chmod(0o755)
    return slicer, received


async def eventually(probe, timeout: float = 10.0):  # noqa: ANN001, ANN201
    """Poll `probe` (sync or async) until it returns something truthy or the deadline passes; return its last value."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if inspect.isawaitable(value):
            value = await value
        if value or time.monotonic() > deadline:
            return value
        await asyncio.sleep(0.05)


def wait_for(probe, timeout: float = 20.0, interval: float = 0.1):  # noqa: ANN001, ANN201
    """`eventually` for synchronous tests: poll `probe` until truthy or the deadline; return its last value."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(interval)


async def announce_staff(nats_url: str, name: str, *, active: bool = True) -> None:
    """Publish the auth event that adds (or deactivates) a staff member, as the auth service would."""
    import nats

    from printdesk.contracts.envelope import Actor
    from printdesk.contracts.events import StaffMemberAdded, StaffMemberDeactivated, make_event
    from printdesk.kit.messaging.jetstream import ensure_streams

    payload = StaffMemberAdded(name=name) if active else StaffMemberDeactivated(name=name)
    event = make_event(payload, producer="auth", actor=Actor.system())
    nc = await nats.connect(nats_url)
    try:
        js = nc.jetstream()
        await ensure_streams(js)
        await js.publish(event.subject, event.model_dump_json().encode(), headers={"Nats-Msg-Id": str(event.event_id)})
    finally:
        await nc.close()


async def staff_known(app: FastAPI, name: str, *, active: bool = True, timeout: float = 10.0) -> bool:
    """Wait until the app's roster copy shows `name` as active (or not); True when it does."""
    from printdesk.kit.roster import active_staff_name

    async def probe() -> bool:
        async with app.state.runtime.session_factory() as session:
            found = await active_staff_name(session, name)
        return (found is not None) == active

    return bool(await eventually(probe, timeout))
