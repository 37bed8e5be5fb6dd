"""The auth service's unit of work: the kit's SQL unit of work plus the auth repositories."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError

from printdesk.auth.adapters.repository import (
    SqlAuditLog,
    SqlKeyRepository,
    SqlLoginAttemptRepository,
    SqlRevokedTokenRepository,
    SqlStaffRepository,
    SqlWorkstationRepository,
)
from printdesk.auth.service_layer.errors import Conflict
from printdesk.kit.messaging.uow import SqlUnitOfWork

_UNIQUE_VIOLATION = "23505"


class AuthUnitOfWork(SqlUnitOfWork):
    workstations: SqlWorkstationRepository
    staff: SqlStaffRepository
    keys: SqlKeyRepository
    revoked_tokens: SqlRevokedTokenRepository
    login_attempts: SqlLoginAttemptRepository
    audit: SqlAuditLog

    def _enter_repositories(self) -> None:
        self.workstations = SqlWorkstationRepository(self.session)
        self.staff = SqlStaffRepository(self.session)
        self.keys = SqlKeyRepository(self.session)
        self.revoked_tokens = SqlRevokedTokenRepository(self.session)
        self.login_attempts = SqlLoginAttemptRepository(self.session)
        self.audit = SqlAuditLog(self.session)

    async def commit(self) -> None:
        # The use cases check for duplicates first; this catches the rare race two requests lose together.
        try:
            await super().commit()
        except IntegrityError as exc:
            if getattr(exc.orig, "sqlstate", None) == _UNIQUE_VIOLATION:
                raise Conflict("That name was taken a moment ago; please choose another.") from exc
            raise
