"""`GET /api/v1/<service>/health`: up/down of each part, 200 when all are up, 503 otherwise."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from fastapi import APIRouter
from fastapi.responses import JSONResponse

Check = Callable[[], Awaitable[bool]]


def health_router(service: str, checks: Callable[[], dict[str, Check]]) -> APIRouter:
    router = APIRouter(tags=["health"])

    @router.get(f"/api/v1/{service}/health", summary=f"Health of the {service} service")
    async def health() -> JSONResponse:
        components: dict[str, str] = {}
        for name, check in checks().items():
            try:
                ok = await asyncio.wait_for(check(), timeout=2.0)
            except Exception:
                ok = False
            components[name] = "up" if ok else "down"
        status = "up" if all(v == "up" for v in components.values()) else "down"
        return JSONResponse(
            {"service": service, "status": status, "components": components},
            status_code=200 if status == "up" else 503,
            headers={"Cache-Control": "no-store"},
        )

    return router
