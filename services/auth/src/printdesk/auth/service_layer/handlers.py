"""Use cases of the auth service, small functions `(command, uow, ...)`, gathered in one place.

Each lives in the module of its feature: `sessions` (sign in, sign out, session check, signing keys),
`roster` (staff members) and `workstations` (workstation accounts); `acting` attributes and records changes.
"""

from __future__ import annotations

from printdesk.auth.service_layer.acting import COMMAND_LINE, PRODUCER, Acting, utc_now
from printdesk.auth.service_layer.roster import (
    AddStaffMember,
    SetStaffMemberActive,
    add_staff_member,
    list_staff,
    set_staff_member_active,
)
from printdesk.auth.service_layer.sessions import (
    Login,
    Session,
    SignedIn,
    SignOut,
    current_signing_key,
    login,
    session_is_live,
    sign_out,
    verification_keys,
)
from printdesk.auth.service_layer.workstations import (
    ADMIN_WORKSTATION,
    AdminBootstrapped,
    BootstrapAdmin,
    CreateWorkstation,
    UpdateWorkstation,
    bootstrap_admin,
    create_workstation,
    list_workstations,
    new_admin_password,
    update_workstation,
)

__all__ = [
    "ADMIN_WORKSTATION", "COMMAND_LINE", "PRODUCER", "Acting", "AddStaffMember", "AdminBootstrapped",
    "BootstrapAdmin", "CreateWorkstation", "Login", "Session", "SetStaffMemberActive", "SignOut", "SignedIn",
    "UpdateWorkstation", "add_staff_member", "bootstrap_admin", "create_workstation", "current_signing_key",
    "list_staff", "list_workstations", "login", "new_admin_password", "session_is_live", "set_staff_member_active",
    "sign_out", "update_workstation", "utc_now", "verification_keys",
]
