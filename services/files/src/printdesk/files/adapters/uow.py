"""The files service's unit of work."""

from __future__ import annotations

from printdesk.files.adapters.move_records import SqlAuditLog, SqlMoveRepository, SqlStaffRoster
from printdesk.files.adapters.repository import SqlStoredFileRepository, SqlUploadRepository
from printdesk.files.service_layer.ports import CatalogCopy
from printdesk.kit.catalog_copy import SqlCatalogCopyRepository
from printdesk.kit.messaging.uow import SqlUnitOfWork


class FilesUnitOfWork(SqlUnitOfWork):
    uploads: SqlUploadRepository
    stored_files: SqlStoredFileRepository
    catalog: SqlCatalogCopyRepository[CatalogCopy]
    moves: SqlMoveRepository
    staff: SqlStaffRoster
    audit_log: SqlAuditLog

    def _enter_repositories(self) -> None:
        self.uploads = SqlUploadRepository(self.session)
        self.stored_files = SqlStoredFileRepository(self.session)
        self.catalog = SqlCatalogCopyRepository(self.session, CatalogCopy)
        self.moves = SqlMoveRepository(self.session)
        self.staff = SqlStaffRoster(self.session)
        self.audit_log = SqlAuditLog(self.session)

    def sibling(self) -> FilesUnitOfWork:
        """A unit of work of its own on the same database (and the same relay), e.g. to commit a move's intent
        before the consumer's transaction copies a byte."""
        return type(self)(self._session_factory, self._outbox, self._inbox, self._on_events_committed)
