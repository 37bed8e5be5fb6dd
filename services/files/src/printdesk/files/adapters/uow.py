"""The files service's unit of work."""

from __future__ import annotations

from printdesk.files.adapters.repository import SqlCatalogCopyRepository, SqlStoredFileRepository, SqlUploadRepository
from printdesk.kit.messaging.uow import SqlUnitOfWork


class FilesUnitOfWork(SqlUnitOfWork):
    uploads: SqlUploadRepository
    stored_files: SqlStoredFileRepository
    catalog: SqlCatalogCopyRepository

    def _enter_repositories(self) -> None:
        self.uploads = SqlUploadRepository(self.session)
        self.stored_files = SqlStoredFileRepository(self.session)
        self.catalog = SqlCatalogCopyRepository(self.session)
