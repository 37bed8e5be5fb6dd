"""The notify migrations walk up and down cleanly, and leave exactly the tables the code maps."""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.engine import make_url

from printdesk.kit.migrations import downgrade, upgrade
from printdesk.notify.adapters.orm import metadata

MIGRATIONS = "printdesk.notify.adapters:migrations"


def _sync_engine(url: str) -> sa.Engine:
    return sa.create_engine(make_url(url).set(drivername="postgresql+psycopg"))


def test_migrations_go_up_down_and_up_again(make_database):
    url = make_database("notify_stairway")
    upgrade(MIGRATIONS, url)
    downgrade(MIGRATIONS, url)
    upgrade(MIGRATIONS, url)
    engine = _sync_engine(url)
    try:
        with engine.connect() as connection:
            assert {"messages", "catalog_copy", "outbox", "inbox"} <= set(sa.inspect(connection).get_table_names())
    finally:
        engine.dispose()


def test_the_migrated_schema_matches_the_mapped_tables(make_database):
    url = make_database("notify_schema")
    upgrade(MIGRATIONS, url)
    engine = _sync_engine(url)
    try:
        with engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), metadata)
    finally:
        engine.dispose()
    assert differences == []
