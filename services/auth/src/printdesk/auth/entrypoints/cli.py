"""`printdesk-auth migrate | serve | bootstrap-admin | add-workstation NAME [--admin] | add-staff NAME`.

The account commands write straight to the database through the unit of work; their outbox rows are
published by the running service's relay, so they need no NATS. Their changes are attributed (on the
events and in the audit log) to "command line".
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import sys
from collections.abc import Awaitable, Callable
from typing import TypeVar

from printdesk.auth.adapters.hashing import Argon2PasswordHasher
from printdesk.auth.adapters.uow import AuthUnitOfWork
from printdesk.auth.bootstrap import SERVICE, command_line_uow, make_app
from printdesk.auth.config import AuthSettings
from printdesk.auth.service_layer import handlers
from printdesk.auth.service_layer.errors import UseCaseError
from printdesk.kit.cli import Command, service_main
from printdesk.kit.settings import ServiceSettings

NEW_PASSWORD_ENV = "PRINTDESK_NEW_PASSWORD"

T = TypeVar("T")


def _run(settings: ServiceSettings, use_case: Callable[[Callable[[], AuthUnitOfWork]], Awaitable[T]]) -> T:
    assert isinstance(settings, AuthSettings)

    async def go() -> T:
        async with command_line_uow(settings) as uow_factory:
            return await use_case(uow_factory)

    return asyncio.run(go())


def _fail(exc: UseCaseError) -> int:
    print(exc.message, file=sys.stderr)
    for field, problem in exc.fields.items():
        if problem not in exc.message:
            print(f"  {field}: {problem}", file=sys.stderr)
    return 1


def _bootstrap_admin(_args: argparse.Namespace, settings: ServiceSettings) -> int:
    assert isinstance(settings, AuthSettings)
    given = settings.admin_password.get_secret_value() if settings.admin_password else None
    try:
        result = _run(settings, lambda uow: handlers.bootstrap_admin(
            handlers.BootstrapAdmin(password=given), uow(), Argon2PasswordHasher()))
    except UseCaseError as exc:
        return _fail(exc)
    if not result.created:
        print("An admin workstation already exists; nothing changed.")
    elif result.generated_password:
        print(f'Admin workstation "{result.name}" created. Password: {result.generated_password}')
        print("Note it down now: it is not stored anywhere readable and will not be shown again.")
    else:
        print(f'Admin workstation "{result.name}" created with the password from PRINTDESK_ADMIN_PASSWORD.')
    return 0


class _NoPassword(Exception):
    pass


def _read_new_password() -> str:
    if (password := os.environ.get(NEW_PASSWORD_ENV)) is not None:
        return password
    try:
        first = getpass.getpass("New workstation password: ")
        again = getpass.getpass("Repeat the password: ")
    except EOFError:  # no terminal to ask on (a script, CI)
        raise _NoPassword(f"No terminal to ask for the password on; set {NEW_PASSWORD_ENV} instead. "
                          "Nothing changed.") from None
    if again != first:
        raise _NoPassword("The two passwords differ; nothing changed.")
    return first


def _add_workstation(args: argparse.Namespace, settings: ServiceSettings) -> int:
    try:
        password = _read_new_password()
    except _NoPassword as exc:
        print(str(exc), file=sys.stderr)
        return 1
    cmd = handlers.CreateWorkstation(args.name, password, is_admin=args.admin)
    try:
        workstation = _run(settings, lambda uow: handlers.create_workstation(
            cmd, uow(), Argon2PasswordHasher(), acting=handlers.Acting.command_line()))
    except UseCaseError as exc:
        return _fail(exc)
    print(f'Workstation "{workstation.name}" created (role: {workstation.role}).')
    return 0


def _add_staff(args: argparse.Namespace, settings: ServiceSettings) -> int:
    try:
        member = _run(settings, lambda uow: handlers.add_staff_member(
            handlers.AddStaffMember(args.name), uow(), acting=handlers.Acting.command_line()))
    except UseCaseError as exc:
        return _fail(exc)
    print(f'Staff member "{member.name}" added to the roster.')
    return 0


def _commands(sub: argparse._SubParsersAction) -> dict[str, Command]:
    sub.add_parser(
        "bootstrap-admin",
        help='create the admin workstation "admin" if there is no admin workstation yet '
             "(password from PRINTDESK_ADMIN_PASSWORD, or generated and printed once)",
    )
    workstation = sub.add_parser(
        "add-workstation", help=f"add a workstation account (password from {NEW_PASSWORD_ENV}, or asked twice)"
    )
    workstation.add_argument("name", help="lowercase letters, digits and dashes, e.g. front-desk")
    workstation.add_argument("--admin", action="store_true", help="give the workstation the admin role")
    staff = sub.add_parser("add-staff", help="add an active member to the staff roster")
    staff.add_argument("name", help='the name as it should appear in "Performing Action As"')
    return {"bootstrap-admin": _bootstrap_admin, "add-workstation": _add_workstation, "add-staff": _add_staff}


def main(argv: list[str] | None = None) -> int:
    return service_main(
        SERVICE, load_settings=AuthSettings, make_app=make_app,
        migrations="printdesk.auth.adapters:migrations", extra=_commands, argv=argv,
    )


if __name__ == "__main__":
    raise SystemExit(main())
