"""Events the auth service publishes (stream AUTH, subjects `auth.>`).

Each payload is listed in EVENTS with its type name, version and subject; the registry in
`printdesk.contracts.events` collects them from here.
"""

from __future__ import annotations

from datetime import datetime

from printdesk.contracts.payloads.base import Payload


class WorkstationCreated(Payload):
    name: str
    is_admin: bool


class WorkstationRenamed(Payload):
    old_name: str
    new_name: str


class WorkstationPasswordRotated(Payload):
    name: str


class WorkstationRoleChanged(Payload):
    name: str
    is_admin: bool


class WorkstationDisabled(Payload):
    name: str


class WorkstationEnabled(Payload):
    name: str


class StaffMemberAdded(Payload):
    name: str


class StaffMemberDeactivated(Payload):
    """The member leaves the "Performing action as" lists; their name stays in every history."""

    name: str


class StaffMemberReactivated(Payload):
    name: str


class TokenRevoked(Payload):
    """One token (by its `jti`) is no longer accepted anywhere; forget it once it has expired anyway."""

    token_id: str
    expires_at: datetime


class WorkstationTokensRevoked(Payload):
    """Every token issued to `workstation` before `before` is no longer accepted (password rotated, disabled…)."""

    workstation: str
    before: datetime


EVENTS: list[tuple[str, int, str, type[Payload]]] = [
    ("WorkstationCreated", 1, "auth.workstation.created.v1", WorkstationCreated),
    ("WorkstationRenamed", 1, "auth.workstation.renamed.v1", WorkstationRenamed),
    ("WorkstationPasswordRotated", 1, "auth.workstation.password_rotated.v1", WorkstationPasswordRotated),
    ("WorkstationRoleChanged", 1, "auth.workstation.role_changed.v1", WorkstationRoleChanged),
    ("WorkstationDisabled", 1, "auth.workstation.disabled.v1", WorkstationDisabled),
    ("WorkstationEnabled", 1, "auth.workstation.enabled.v1", WorkstationEnabled),
    ("StaffMemberAdded", 1, "auth.staff.added.v1", StaffMemberAdded),
    ("StaffMemberDeactivated", 1, "auth.staff.deactivated.v1", StaffMemberDeactivated),
    ("StaffMemberReactivated", 1, "auth.staff.reactivated.v1", StaffMemberReactivated),
    ("TokenRevoked", 1, "auth.token.revoked.v1", TokenRevoked),
    ("WorkstationTokensRevoked", 1, "auth.workstation.tokens_revoked.v1", WorkstationTokensRevoked),
]
