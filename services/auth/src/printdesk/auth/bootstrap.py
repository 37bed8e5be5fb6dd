"""The one composition root of the auth service: used by the API, the command line and the tests."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable

from fastapi import FastAPI

from printdesk.auth.adapters import orm
from printdesk.auth.adapters.hashing import Argon2PasswordHasher
from printdesk.auth.adapters.keyring import Keyring
from printdesk.auth.adapters.uow import AuthUnitOfWork
from printdesk.auth.config import AuthSettings
from printdesk.auth.entrypoints import api, roster, workstations
from printdesk.auth.entrypoints.limits import BodyLimit
from printdesk.kit.app import create_service_app
from printdesk.kit.auth import TokenVerifier
from printdesk.kit.db import make_engine, make_session_factory
from printdesk.kit.runtime import ServiceRuntime

SERVICE = "auth"
VERSION = "0.1.0"


def build_runtime(settings: AuthSettings) -> ServiceRuntime:
    orm.start_mappers()
    return ServiceRuntime(SERVICE, settings, outbox=orm.outbox, inbox=orm.inbox, uow_class=AuthUnitOfWork)


def make_app(settings: AuthSettings) -> FastAPI:
    runtime = build_runtime(settings)
    app = create_service_app(
        runtime, [api.router, roster.router, workstations.router], title="PrintDesk auth", version=VERSION
    )
    app.add_middleware(BodyLimit)
    app.state.hasher = Argon2PasswordHasher()

    def install(verifier: TokenVerifier) -> None:
        app.state.token_verifier = verifier

    app.state.keyring = keyring = Keyring(runtime.uow, install, runtime.revocations)
    runtime_lifespan = app.router.lifespan_context

    @contextlib.asynccontextmanager
    async def lifespan(app_: FastAPI) -> AsyncIterator[None]:
        async with runtime_lifespan(app_):
            await keyring.start()
            yield

    app.router.lifespan_context = lifespan
    return app


@contextlib.asynccontextmanager
async def command_line_uow(settings: AuthSettings) -> AsyncIterator[Callable[[], AuthUnitOfWork]]:
    """Units of work for one command-line run: the database only (the running service's relay publishes
    the outbox rows they write)."""
    orm.start_mappers()
    engine = make_engine(settings.database_url, pool_size=1)
    session_factory = make_session_factory(engine)
    try:
        yield lambda: AuthUnitOfWork(session_factory, orm.outbox, orm.inbox)
    finally:
        await engine.dispose()
