"""The jobs service's unit of work: the kit's SQL unit of work plus the job repository."""

from __future__ import annotations

from printdesk.jobs.adapters.repository import SqlJobRepository
from printdesk.kit.messaging.uow import SqlUnitOfWork


class JobsUnitOfWork(SqlUnitOfWork):
    jobs: SqlJobRepository

    def _enter_repositories(self) -> None:
        self.jobs = SqlJobRepository(self.session)
