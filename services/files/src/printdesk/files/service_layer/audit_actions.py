"""An admin's safe repairs of the storage root (SPEC.md §5, "Safe actions"), each attributed and logged.

- `delete_orphan` / `delete_stale`: a file no record names, really inside the root (links resolved), not in
  staging; a stale one must also carry the name of a job's file kept in another folder;
- `repair_metadata`: write the job's metadata.json from the records;
- `repair_location`: move the job's file into its status folder, through the same intent/copy/cleanup steps
  as every move.

Anything refused is refused before a byte changes.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from printdesk.files.domain.audit import stale_owner
from printdesk.files.domain.metadata import build_metadata
from printdesk.files.domain.paths import UnsafePath, folder_of, plain_relative_path
from printdesk.files.domain.rules import folder_for
from printdesk.files.service_layer import moves
from printdesk.files.service_layer.ports import AuditEntry, MoveIntent, Storage, UnitOfWork
from printdesk.files.service_layer.storage_audit import JobNotFound, document_of, job_record

DELETE_ORPHAN, DELETE_STALE = "delete_orphan", "delete_stale"
REPAIR_METADATA, REPAIR_LOCATION = "repair_metadata", "repair_location"
ACTIONS = (DELETE_ORPHAN, DELETE_STALE, REPAIR_METADATA, REPAIR_LOCATION)


class UnknownStaff(LookupError):
    """The name is not an active roster member."""


class MissingInput(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class ActionRefused(Exception):
    """The action would be unsafe or makes no sense for that file or job (a conflict, nothing was changed)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class FileGone(LookupError):
    """No such file under the storage root."""


@dataclass(frozen=True)
class AuditActionCommand:
    staff_name: str
    workstation_id: str | None
    action: str
    job_id: str | None = None
    path: str | None = None


@dataclass(frozen=True)
class ActionDone:
    id: uuid.UUID
    action: str
    staff_name: str
    job_id: str | None
    path: str | None
    outcome: str


async def perform(cmd: AuditActionCommand, uow: UnitOfWork, storage: Storage, policy: moves.FilePolicy) -> ActionDone:
    if cmd.action in (DELETE_ORPHAN, DELETE_STALE):
        if not cmd.path:
            raise MissingInput("path", "Name the file to delete by its path under the storage root.")
        return await _delete(cmd, cmd.path, uow, storage)
    if not cmd.job_id:
        raise MissingInput("job_id", "Name the job to repair.")
    if cmd.action == REPAIR_METADATA:
        return await _repair_metadata(cmd, cmd.job_id, uow, storage)
    if cmd.action == REPAIR_LOCATION:
        return await _repair_location(cmd, cmd.job_id, uow, storage, policy)
    raise MissingInput("action", f"Choose one of {', '.join(ACTIONS)}.")


async def _staff(uow: UnitOfWork, name: str) -> str:
    canonical = await uow.staff.active_name(name)
    if canonical is None:
        raise UnknownStaff(name)
    return canonical


def _entry(cmd: AuditActionCommand, staff: str, outcome: str, *, job_id: str | None = None,
           path: str | None = None, details: dict[str, Any] | None = None) -> AuditEntry:
    return AuditEntry(id=uuid.uuid4(), at=datetime.now(UTC), staff_name=staff, workstation_id=cmd.workstation_id,
                      action=cmd.action, job_id=job_id, path=path, outcome=outcome, details=details or {})


def _done(entry: AuditEntry) -> ActionDone:
    return ActionDone(id=entry.id, action=entry.action, staff_name=entry.staff_name, job_id=entry.job_id,
                      path=entry.path, outcome=entry.outcome)


async def _delete(cmd: AuditActionCommand, path: str, uow: UnitOfWork, storage: Storage) -> ActionDone:
    relative = plain_relative_path(path)  # UnsafePath: `..`, absolute, hidden (staging), backslashes
    async with uow:
        staff = await _staff(uow, cmd.staff_name)
        await uow.stored_files.lock_storage_exclusively()  # no move may start naming the file meanwhile
        await storage.ensure_contained(relative)  # UnsafePath: a link on the way, or out of the root
        if await storage.file_facts(relative) is None:
            if await storage.occupied(relative):
                raise UnsafePath("Only regular files can be deleted here.")
            raise FileGone(relative)
        if await uow.stored_files.referenced([relative]):
            raise ActionRefused("file_referenced", "A job's records name this file; it is not deleted.")
        details: dict[str, Any] = {}
        if cmd.action == DELETE_STALE:
            owner = stale_owner(relative, [job_record(r) for r in await uow.stored_files.all()])
            if owner is None:
                raise ActionRefused("not_stale", "No job keeps a file of this name in another folder.")
            details = {"job_id": owner.job_id, "job_file": owner.relative_path}
        await storage.remove(relative)
        entry = _entry(cmd, staff, "deleted", job_id=details.get("job_id"), path=relative, details=details)
        await uow.audit_log.record(entry)
        await uow.commit()
    return _done(entry)


async def _repair_metadata(cmd: AuditActionCommand, job_id: str, uow: UnitOfWork, storage: Storage) -> ActionDone:
    async with uow:
        staff = await _staff(uow, cmd.staff_name)
        stored = await uow.stored_files.lock(job_id)
        if stored is None:
            raise JobNotFound(job_id)
        previous = await document_of(stored, storage)
        document = build_metadata(previous, status=stored.status, file_path=stored.relative_path,
                                  updated_at=datetime.now(UTC).isoformat())
        await storage.write_metadata(stored.metadata_path, document)
        await uow.stored_files.save(replace(stored, document=document))
        entry = _entry(cmd, staff, "rewritten", job_id=job_id, path=stored.metadata_path)
        await uow.audit_log.record(entry)
        await uow.commit()
    return _done(entry)


async def _repair_location(
    cmd: AuditActionCommand, job_id: str, uow: UnitOfWork, storage: Storage, policy: moves.FilePolicy,
) -> ActionDone:
    async with uow:
        staff = await _staff(uow, cmd.staff_name)
        stored = await uow.stored_files.get(job_id)
    if stored is None:
        raise JobNotFound(job_id)
    if await storage.file_facts(stored.relative_path) is None:
        raise ActionRefused("file_missing", "The job's file is missing; there is nothing to move.")
    if folder_of(stored.relative_path) == folder_for(stored.status):
        raise ActionRefused("already_in_place", "The job's file is already in its status folder.")
    change = moves.Change(status=stored.status, previous_status=stored.status, at=stored.status_at,
                          action=REPAIR_LOCATION, staff_name=staff, workstation_id=cmd.workstation_id)
    intent = await moves.record_intent(uow, MoveIntent(
        id=uuid.uuid4(), event_id=uuid.uuid4(), job_id=job_id, reason=REPAIR_LOCATION, change=change.document(),
    ))
    async with uow:
        outcome = await moves.apply_intent(intent.id, job_id, uow, storage, policy) or "already_applied"
        moved = await uow.stored_files.get(job_id)
        entry = _entry(cmd, staff, outcome, job_id=job_id, path=moved.relative_path if moved else None,
                       details={"from": stored.relative_path})
        await uow.audit_log.record(entry)
        await uow.commit()
    await moves.finish_cleanup(intent.id, job_id, uow, storage)
    return _done(entry)
