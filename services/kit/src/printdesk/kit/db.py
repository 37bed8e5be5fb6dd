"""Database engine and sessions. PostgreSQL only: anything else refuses to start (ARCHITECTURE.md rule 4)."""

from __future__ import annotations

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine


class NotPostgresError(ValueError):
    """Raised for a database URL that is not PostgreSQL. The message says what to do."""


def require_postgres(url: str) -> str:
    """Return the URL normalised to the psycopg 3 driver, or raise NotPostgresError."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise NotPostgresError(
            f"database URL {url!r} is not a valid URL; PrintDesk needs "
            "postgresql://user:password@host:port/database"
        ) from None
    backend = parsed.get_backend_name()
    if backend != "postgresql":
        raise NotPostgresError(
            f"PrintDesk stores jobs in PostgreSQL only, but the database URL uses {backend!r}. "
            "Set it to postgresql://user:password@host:port/database (make up starts one for you)."
        )
    return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


def sanitized(url: str) -> str:
    """The URL with its password masked, for logs and diagnostics."""
    return make_url(url).render_as_string(hide_password=True)


def make_engine(url: str, *, pool_size: int = 5) -> AsyncEngine:
    """Connections beyond `pool_size` (up to as many again) are opened for a burst and closed after it."""
    return create_async_engine(
        require_postgres(url), pool_size=pool_size, max_overflow=pool_size, pool_pre_ping=True
    )


def make_session_factory(engine: AsyncEngine) -> async_sessionmaker:
    # expire_on_commit=False is safe here because sessions are per unit of work, never long-lived.
    return async_sessionmaker(engine, expire_on_commit=False)
