"""The FastAPI application shell every service uses: errors, health, token verifier (with revocations), lifespan."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI
from fastapi.routing import APIRoute

from printdesk.kit.auth import TokenVerifier
from printdesk.kit.errors import install_error_handlers
from printdesk.kit.health import health_router
from printdesk.kit.runtime import ServiceRuntime


def _operation_id(route: APIRoute) -> str:
    return route.name


def create_service_app(runtime: ServiceRuntime, routers: list[APIRouter], *, title: str, version: str) -> FastAPI:
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
    install_error_handlers(app)
    app.include_router(health_router(runtime.service, runtime.health_checks))
    for router in routers:
        app.include_router(router)
    return app
