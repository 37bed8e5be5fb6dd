"""The notify service's unit of work: the kit's SQL unit of work plus the message log and the catalog copy."""

from __future__ import annotations

from collections.abc import Callable

from printdesk.kit.catalog_copy import SqlCatalogCopyRepository
from printdesk.kit.messaging.uow import SqlUnitOfWork
from printdesk.notify.adapters.repository import SqlMessageRepository
from printdesk.notify.domain.lab import CatalogCopy


class NotifyUnitOfWork(SqlUnitOfWork):
    messages: SqlMessageRepository
    catalog: SqlCatalogCopyRepository[CatalogCopy]
    # Called after a commit that queued messages, so the sender need not wait for its next poll.
    on_messages_queued: Callable[[], None] | None = None

    def _enter_repositories(self) -> None:
        self.messages = SqlMessageRepository(self.session)
        self.catalog = SqlCatalogCopyRepository(self.session, CatalogCopy)

    async def commit(self) -> None:
        await super().commit()
        queued = bool(self.messages.added)
        self.messages.added.clear()
        if queued and self.on_messages_queued is not None:
            self.on_messages_queued()


def unit_of_work_class(on_messages_queued: Callable[[], None]) -> type[NotifyUnitOfWork]:
    """A NotifyUnitOfWork that wakes the sender (the kit's runtime builds units of work from a class)."""
    return type("WakingNotifyUnitOfWork", (NotifyUnitOfWork,), {"on_messages_queued": staticmethod(on_messages_queued)})
