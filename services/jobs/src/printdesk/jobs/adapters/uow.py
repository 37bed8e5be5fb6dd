"""The jobs service's unit of work: the kit's SQL unit of work plus the job and catalog repositories."""

from __future__ import annotations

from printdesk.jobs.adapters.lifecycle_store import SqlLifecycleStore
from printdesk.jobs.adapters.repository import SqlCatalogRepository, SqlJobRepository
from printdesk.kit.messaging.uow import SqlUnitOfWork


class JobsUnitOfWork(SqlUnitOfWork):
    jobs: SqlJobRepository
    catalog: SqlCatalogRepository
    lifecycle: SqlLifecycleStore

    def _enter_repositories(self) -> None:
        self.jobs = SqlJobRepository(self.session)
        self.catalog = SqlCatalogRepository(self.session)
        self.lifecycle = SqlLifecycleStore(self.session)
