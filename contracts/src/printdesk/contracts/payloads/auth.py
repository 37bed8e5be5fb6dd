"""Events the auth service publishes (stream AUTH, subjects `auth.>`).

Each payload is listed in EVENTS with its type name, version and subject; the registry in
`printdesk.contracts.events` collects them from here.
"""

from __future__ import annotations

from printdesk.contracts.payloads.base import Payload


class WorkstationCreated(Payload):
    name: str
    is_admin: bool


class StaffMemberAdded(Payload):
    name: str


EVENTS: list[tuple[str, int, str, type[Payload]]] = [
    ("WorkstationCreated", 1, "auth.workstation.created.v1", WorkstationCreated),
    ("StaffMemberAdded", 1, "auth.staff.added.v1", StaffMemberAdded),
]
