"""The lab catalog as a service other than jobs keeps it: one row, the latest version jobs announced.

The jobs service owns the catalog and announces each version (CatalogUpdated); files (estimates) and notify
(the lab's details in e-mails) keep a copy, so they never call jobs to read it. Wiring, in a service:

    # adapters/orm.py
    catalog_copy = catalog_copy_table(metadata)
    # a migration
    create_catalog_copy_table(op)      # downgrade: drop_catalog_copy_table(op)
    # adapters/uow.py: the service's own value type (its domain may not import the kit)
    self.catalog = SqlCatalogCopyRepository(self.session, CatalogCopy)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB, insert
from sqlalchemy.ext.asyncio import AsyncSession

CATALOG_COPY_TABLE = "catalog_copy"


def catalog_copy_table(metadata: sa.MetaData) -> sa.Table:
    return sa.Table(
        CATALOG_COPY_TABLE,
        metadata,
        sa.Column("id", sa.SmallInteger, primary_key=True, server_default="1"),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("content", JSONB, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.CheckConstraint("id = 1", name="ck_catalog_copy_single_row"),
    )


# The statements below only need the table's name and columns; this copy belongs to no service's metadata.
_copy = catalog_copy_table(sa.MetaData())


def create_catalog_copy_table(op) -> None:  # noqa: ANN001 - alembic's `op` proxy
    """Alembic helper: create the catalog copy table."""
    metadata = sa.MetaData()
    metadata.create_all(op.get_bind(), tables=[catalog_copy_table(metadata)])


def drop_catalog_copy_table(op) -> None:  # noqa: ANN001
    op.drop_table(CATALOG_COPY_TABLE)


class VersionedCatalog(Protocol):
    version: int
    content: dict[str, Any]


C = TypeVar("C", bound=VersionedCatalog)


class SqlCatalogCopyRepository(Generic[C]):
    """Reads and replaces the copy; `make(version, content)` builds the service's own value."""

    def __init__(self, session: AsyncSession, make: Callable[[int, dict[str, Any]], C]) -> None:
        self.session = session
        self._make = make

    async def get(self) -> C | None:
        row = (await self.session.execute(sa.select(_copy.c.version, _copy.c.content))).first()
        return self._make(row.version, row.content) if row else None

    async def save_if_newer(self, copy: C) -> bool:
        """Keep `copy` unless the table holds that version or a newer one already (checked in the database,
        for a copy another consumer kept meanwhile). True when it was kept."""
        statement = insert(_copy).values(id=1, version=copy.version, content=copy.content)
        result = await self.session.execute(
            statement.on_conflict_do_update(
                index_elements=[_copy.c.id],
                set_={"version": statement.excluded.version, "content": statement.excluded.content,
                      "updated_at": sa.func.now()},
                where=_copy.c.version < statement.excluded.version,
            ).returning(_copy.c.version)
        )
        return result.first() is not None
