"""`printdesk-auth` commands against a real database, with the service running beside them."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable, Iterator

import pytest
import sqlalchemy as sa

from printdesk.auth.adapters.orm import outbox
from printdesk.auth.entrypoints.cli import main
from printdesk.devstack.testing import eventually
from printdesk.kit.migrations import downgrade, upgrade

MIGRATIONS = "printdesk.auth.adapters:migrations"
CREATED = re.compile(r'^Admin workstation "admin" created\. Password: (\S+)$', re.MULTILINE)


@pytest.fixture(autouse=True)
def _cli_env(monkeypatch: pytest.MonkeyPatch, database_url: str) -> Iterator[None]:
    """Point the commands at this module's database, and undo the JSON logging `main` switches on."""
    monkeypatch.setenv("PRINTDESK_AUTH_DATABASE_URL", database_url)
    for name in ("PRINTDESK_ADMIN_PASSWORD", "PRINTDESK_NEW_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


async def cli(*argv: str) -> int:
    # `main` runs its own event loop, as it does from a shell, so it gets a thread of its own here.
    return await asyncio.to_thread(main, list(argv))


async def _login(client, workstation: str, password: str):
    return await client.post("/api/v1/auth/login", json={"workstation": workstation, "password": password})


async def test_bootstrap_admin_prints_a_generated_password_once_and_then_changes_nothing(client, capsys) -> None:
    assert await cli("bootstrap-admin") == 0
    first = capsys.readouterr().out
    [password] = CREATED.findall(first)
    assert first.count(password) == 1
    response = await _login(client, "admin", password)
    assert response.status_code == 200 and response.json()["role"] == "admin"

    assert await cli("bootstrap-admin") == 0
    second = capsys.readouterr().out
    assert "nothing changed" in second and "Password" not in second
    assert (await _login(client, "admin", password)).status_code == 200, "the admin password is unchanged"


async def test_add_workstation_creates_a_staff_workstation_from_the_scripted_password(
    client, capsys, monkeypatch, app
) -> None:
    monkeypatch.setenv("PRINTDESK_NEW_PASSWORD", "desk two password")
    assert await cli("add-workstation", "desk-2") == 0
    assert 'Workstation "desk-2" created (role: staff).' in capsys.readouterr().out
    response = await _login(client, "desk-2", "desk two password")
    assert response.status_code == 200 and response.json()["role"] == "staff"

    query = sa.select(outbox.c.envelope, outbox.c.published_at).where(
        outbox.c.envelope["type"].astext == "WorkstationCreated",
        outbox.c.envelope["data"]["name"].astext == "desk-2",
    )
    async def published_row():
        async with app.state.runtime.session_factory() as session:
            row = (await session.execute(query)).one()
        return row if row.published_at is not None else None

    row = await eventually(published_row, timeout=15)
    assert row is not None, "the running service's relay publishes outbox rows"
    assert row.envelope["data"] == {"name": "desk-2", "is_admin": False}
    assert row.published_at is not None, "the running service's relay publishes what the command wrote"


async def test_add_workstation_with_admin_flag_gives_the_admin_role(client, monkeypatch) -> None:
    monkeypatch.setenv("PRINTDESK_NEW_PASSWORD", "manager password")
    assert await cli("add-workstation", "lab-manager", "--admin") == 0
    assert (await _login(client, "lab-manager", "manager password")).json()["role"] == "admin"


async def test_a_duplicate_workstation_is_refused_with_exit_1(capsys, monkeypatch) -> None:
    monkeypatch.setenv("PRINTDESK_NEW_PASSWORD", "duplicate password")
    assert await cli("add-workstation", "desk-3") == 0
    capsys.readouterr()
    assert await cli("add-workstation", "desk-3") == 1
    assert 'Workstation "desk-3" already exists.' in capsys.readouterr().err


async def test_a_short_password_or_bad_name_is_refused_with_exit_1(capsys, monkeypatch) -> None:
    monkeypatch.setenv("PRINTDESK_NEW_PASSWORD", "short")
    assert await cli("add-workstation", "Desk Four") == 1
    err = capsys.readouterr().err
    assert "at least 10 characters" in err and "lowercase letters" in err


async def test_add_workstation_asks_twice_and_refuses_differing_passwords(capsys, monkeypatch) -> None:
    answers = iter(["first password", "second password"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert await cli("add-workstation", "desk-5") == 1
    assert "differ" in capsys.readouterr().err


async def test_add_workstation_without_a_terminal_names_the_variable_to_set(capsys, monkeypatch) -> None:
    def no_terminal(prompt: str = "") -> str:
        raise EOFError

    monkeypatch.delenv("PRINTDESK_NEW_PASSWORD", raising=False)
    monkeypatch.setattr("getpass.getpass", no_terminal)
    assert await cli("add-workstation", "desk-6") == 1
    err = capsys.readouterr().err
    assert "PRINTDESK_NEW_PASSWORD" in err and "Nothing changed" in err and "Traceback" not in err


async def test_add_staff_adds_a_roster_member_once(capsys) -> None:
    assert await cli("add-staff", "Jane Doe") == 0
    assert 'Staff member "Jane Doe" added to the roster.' in capsys.readouterr().out
    assert await cli("add-staff", "jane  doe") == 1
    assert "already on the staff roster" in capsys.readouterr().err


def test_a_non_postgresql_database_url_makes_migrate_exit_2(monkeypatch, capsys, tmp_path) -> None:
    monkeypatch.setenv("PRINTDESK_AUTH_DATABASE_URL", f"sqlite:///{tmp_path / 'x.db'}")
    assert main(["migrate"]) == 2
    assert "PostgreSQL" in capsys.readouterr().err
    assert not (tmp_path / "x.db").exists()


def test_migrate_is_repeatable_and_the_migration_walks_down_and_up(
    monkeypatch, make_database: Callable[[str], str]
) -> None:
    url = make_database("auth_stairway")
    monkeypatch.setenv("PRINTDESK_AUTH_DATABASE_URL", url)
    assert main(["migrate"]) == 0
    assert main(["migrate"]) == 0
    downgrade(MIGRATIONS, url)
    upgrade(MIGRATIONS, url)


async def test_command_line_changes_are_audited_and_published_as_the_command_line(app, capsys, monkeypatch) -> None:
    from printdesk.auth.adapters.orm import audit_log

    monkeypatch.setenv("PRINTDESK_NEW_PASSWORD", "desk nine password")
    assert await cli("add-staff", "Casey Quinn") == 0
    assert await cli("add-workstation", "desk-9") == 0
    capsys.readouterr()
    async with app.state.runtime.session_factory() as session:
        entries = (await session.execute(
            sa.select(audit_log).where(audit_log.c.target.in_(["Casey Quinn", "desk-9"])).order_by(audit_log.c.id)
        )).all()
        envelope = await session.scalar(
            sa.select(outbox.c.envelope).where(outbox.c.envelope["data"]["name"].astext == "Casey Quinn"))
    assert [(e.action, e.staff_name, e.workstation) for e in entries] == [
        ("staff.added", "command line", None), ("workstation.created", "command line", None)]
    assert envelope["actor"] == {"kind": "system", "staff_name": "command line", "workstation_id": None}
