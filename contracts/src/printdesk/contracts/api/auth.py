"""API models of the auth service."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import Field

from printdesk.contracts.api.common import JobStatus, Model  # noqa: F401

# Who at the desk is acting: an active member of the staff roster ("Performing action as").
StaffName = Annotated[str, Field(min_length=1, max_length=100, examples=["Jane Doe"])]
WorkstationName = Annotated[str, Field(min_length=1, max_length=64, examples=["front-desk"])]
Password = Annotated[str, Field(min_length=1, max_length=256)]


class LoginRequest(Model):
    workstation: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)


class LoginResponse(Model):
    workstation: str
    role: Literal["admin", "staff"]
    expires_at: datetime
    access_token: str
    token_type: Literal["bearer"] = "bearer"


class Me(Model):
    workstation: str
    role: Literal["admin", "staff"]
    expires_at: datetime


class StaffMember(Model):
    """A person on the roster. Deactivated members are kept (their names stay in every history)."""

    name: str
    is_active: bool
    added_at: datetime
    deactivated_at: datetime | None


class StaffList(Model):
    """The roster, sorted by name."""

    staff: list[StaffMember]


class AddStaffMemberRequest(Model):
    name: StaffName
    staff_name: StaffName = Field(description="The active staff member making the change")


class UpdateStaffMemberRequest(Model):
    is_active: bool
    staff_name: StaffName = Field(description="The active staff member making the change")


class Workstation(Model):
    """A shared computer's sign-in. `is_admin` decides the role its tokens carry."""

    name: str
    is_admin: bool
    is_active: bool
    created_at: datetime
    updated_at: datetime


class WorkstationList(Model):
    workstations: list[Workstation]


class CreateWorkstationRequest(Model):
    name: WorkstationName
    password: Password
    is_admin: bool = False
    staff_name: StaffName = Field(description="The active staff member making the change")


class UpdateWorkstationRequest(Model):
    """Only the fields given change. A new password or disabling signs the workstation out everywhere."""

    staff_name: StaffName = Field(description="The active staff member making the change")
    new_name: WorkstationName | None = None
    password: Password | None = None
    is_admin: bool | None = None
    is_active: bool | None = None
