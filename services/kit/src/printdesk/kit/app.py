"""The FastAPI application shell every service uses: errors, health, diagnostics, metrics, token verifier (with
revocations), lifespan."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, FastAPI
from fastapi.routing import APIRoute

from printdesk.kit.auth import TokenVerifier
from printdesk.kit.diag import DiagTargets, diag_router, storage_writable
from printdesk.kit.errors import install_error_handlers
from printdesk.kit.health import health_router
from printdesk.kit.metrics import install_metrics
from printdesk.kit.runtime import ServiceRuntime


def _operation_id(route: APIRoute) -> str:
    return route.name


def create_service_app(
    runtime: ServiceRuntime, routers: list[APIRouter], *, title: str, version: str,
    diag_targets: DiagTargets | None = None,
) -> FastAPI:
    """`diag_targets`: the parts beyond database/NATS/outbox/consumers (notify's SMTP, files' storage root)."""
    app = FastAPI(
        title=title,
        version=version,
        lifespan=runtime.lifespan,
        generate_unique_id_function=_operation_id,
        openapi_url=f"/api/v1/{runtime.service}/openapi.json",
        docs_url=f"/api/v1/{runtime.service}/docs",
        redoc_url=None,
    )
    app.state.runtime = runtime
    app.state.revocations = runtime.revocations
    app.state.token_verifier = TokenVerifier(runtime.settings.auth_jwks_url, revocations=runtime.revocations)
    app.state.started_at = datetime.now(UTC)
    app.state.diag_targets = diag_targets or DiagTargets()
    install_error_handlers(app)
    install_metrics(app, runtime)

    def checks() -> dict:
        found = runtime.health_checks()
        if (storage := app.state.diag_targets.storage) is not None:
            found["storage"] = storage_writable(storage)
        return found

    app.include_router(health_router(runtime.service, checks))
    app.include_router(diag_router(runtime.service, version))
    for router in routers:
        app.include_router(router)
    return app
