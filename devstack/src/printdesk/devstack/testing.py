"""Helpers for service tests: run an app with its lifespan, and sign tokens the app will accept."""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import time
from collections.abc import AsyncIterator
from datetime import timedelta

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
