"""Settings every service has. Each service subclasses `ServiceSettings` with its own env prefix."""

from __future__ import annotations

from pydantic import AliasChoices, Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from printdesk.kit.db import require_postgres


class ServiceSettings(BaseSettings):
    """`PRINTDESK_<SERVICE>_DATABASE_URL` (required, PostgreSQL only), `NATS_URL`, JWKS location, logging."""

    model_config = SettingsConfigDict(extra="ignore")

    database_url: str
    # Connections kept open to the service's database. A request holds one while it runs: fewer than the
    # requests in flight at a busy moment (the dashboards of a lab plus their live streams' reads) and the
    # rest open and close a connection each, a PostgreSQL backend started per request.
    database_pool_size: int = Field(
        default=16, ge=1, le=100,
        validation_alias=AliasChoices("PRINTDESK_DATABASE_POOL_SIZE", "database_pool_size"),
    )
    nats_url: str = Field(
        default="nats://127.0.0.1:4222", validation_alias=AliasChoices("NATS_URL", "nats_url")
    )
    auth_jwks_url: str = Field(
        default="http://127.0.0.1:8101/api/v1/auth/jwks",
        validation_alias=AliasChoices("PRINTDESK_AUTH_JWKS_URL", "auth_jwks_url"),
    )
    log_level: str = Field(
        default="INFO", validation_alias=AliasChoices("PRINTDESK_LOG_LEVEL", "log_level")
    )
    public_url: str = Field(
        default="http://127.0.0.1:8080",
        validation_alias=AliasChoices("PRINTDESK_PUBLIC_URL", "public_url"),
    )
    # A lab behind HTTPS keeps this on; plain-HTTP `make up` on loopback turns it off.
    cookie_secure: bool = Field(
        default=False, validation_alias=AliasChoices("PRINTDESK_COOKIE_SECURE", "cookie_secure")
    )

    # Who may tell the service the client's address (X-Forwarded-For): the gateway. `make up` runs it on
    # loopback; in containers the services are reachable only through it.
    trusted_proxies: str = Field(
        default="127.0.0.1", validation_alias=AliasChoices("PRINTDESK_TRUSTED_PROXIES", "trusted_proxies")
    )

    @field_validator("database_url")
    @classmethod
    def _postgres_only(cls, value: str) -> str:
        return require_postgres(value)
