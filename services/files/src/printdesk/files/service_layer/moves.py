"""Moving a job's files with the job (SPEC.md §4-5, ARCHITECTURE.md rule 5), resumably.

A change (a `JobChanged` from the jobs service, or an admin's "repair location") goes through three steps:

1. **intent**: a `MoveIntent` row is committed on its own, before any file is touched;
2. **copy and record**, in one transaction (the consumer's, with its inbox claim): the job's records are
   locked, the authoritative file is copied into its status folder and fsynced (file and folder), the
   metadata.json is written there atomically, the records point at the new files, `FileStored` goes to the
   outbox, and the intent moves to `cleanup` listing the originals;
3. **cleanup**, after the commit: the originals are deleted (unless some record names them again) and the
   intent is `done`.

A crash in step 2 rolls its transaction back: the originals are untouched and the intent is still `copying`;
the redelivered event or the finisher loop redoes step 2 (a finished copy left by the first attempt is
recognised by its hash and reused). A crash in step 3 leaves the intent in `cleanup` for the finisher.
Applying is idempotent: an intent is applied once (its phase says so), and a redelivered event finds its
intent by the event id.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from printdesk.contracts import events as contract
from printdesk.contracts.envelope import Actor, EventEnvelope
from printdesk.files.domain.candidates import DEFAULT_ALLOWED_EXTENSIONS, DEFAULT_EXTENSION_PRIORITY
from printdesk.files.domain.metadata import AuthoritativeSwitch, JobFacts, build_metadata
from printdesk.files.domain.paths import extension_of, folder_of, is_plain_name, join, name_of, numbered_name
from printdesk.files.domain.rules import folder_for
from printdesk.files.service_layer.ports import MoveIntent, Storage, StoredFile, UnitOfWork

PRODUCER = "files"
COPYING, CLEANUP, DONE = "copying", "cleanup", "done"
# The outcome of a change that found no stored file for its job (given up after an hour of retries, or a
# deletion that came first); if the job's file is stored after all, these changes are applied then.
NOTHING_STORED = "nothing_stored"
MAX_NUMBERED_NAMES = 1000
log = logging.getLogger(__name__)


class FileNotStoredYet(Exception):
    """A change for a job whose file this service has not placed (yet): transient, tried again later."""


@dataclass(frozen=True)
class FilePolicy:
    """Which extensions a job's file may have (for an authoritative switch and the candidate scan), best first."""

    allowed_extensions: tuple[str, ...] = DEFAULT_ALLOWED_EXTENSIONS
    extension_priority: tuple[str, ...] = DEFAULT_EXTENSION_PRIORITY


@dataclass(frozen=True)
class Change:
    """What one intent applies to a job's files: put them in `status`'s folder (whether or not the status changed:
    an admin's repair is a change to the status the job already has), switch to the chosen file, or delete them.
    `at` orders changes of one job (an older one arriving late is not applied)."""

    status: str
    previous_status: str
    at: datetime | None
    action: str
    authoritative_filename: str | None = None
    deleted: bool = False
    facts: JobFacts | None = None
    staff_name: str | None = None
    workstation_id: str | None = None

    def document(self) -> dict[str, Any]:
        facts = None if self.facts is None else dict(self.facts.__dict__)
        return {
            "status": self.status, "previous_status": self.previous_status,
            "at": None if self.at is None else self.at.isoformat(), "action": self.action,
            "authoritative_filename": self.authoritative_filename, "deleted": self.deleted, "facts": facts,
            "staff_name": self.staff_name, "workstation_id": self.workstation_id,
        }

    @classmethod
    def from_document(cls, document: dict[str, Any]) -> Change:
        facts = document.get("facts")
        at = document.get("at")
        return cls(
            status=document["status"], previous_status=document["previous_status"],
            at=None if at is None else datetime.fromisoformat(at), action=document["action"],
            authoritative_filename=document.get("authoritative_filename"), deleted=bool(document.get("deleted")),
            facts=None if facts is None else JobFacts(**facts), staff_name=document.get("staff_name"),
            workstation_id=document.get("workstation_id"),
        )


def needs_files_work(event: contract.JobChanged) -> bool:
    """Only a new status, a chosen file or a deletion touch the files; locks, notes, reviews do not."""
    return event.deleted or event.status != event.previous_status or bool(event.authoritative_filename)


def change_of(event: contract.JobChanged, actor: Actor) -> Change:
    job = event.job
    facts = JobFacts(
        short_id=job.short_id, student_name=job.student_name, student_email=job.student_email,
        original_filename=job.original_filename, created_at=job.created_at.isoformat(), discipline=job.discipline,
        class_number=job.class_number, print_method=job.print_method, color=job.color, printer=job.printer,
    )
    return Change(
        status=event.status, previous_status=event.previous_status, at=event.at, action=event.action,
        authoritative_filename=event.authoritative_filename, deleted=event.deleted, facts=facts,
        staff_name=actor.staff_name, workstation_id=actor.workstation_id,
    )


async def record_intent(uow: UnitOfWork, intent: MoveIntent) -> MoveIntent:
    """Commit the intent in a transaction of its own (step 1); an intent kept for the same event wins."""
    async with uow.sibling() as first:
        kept = await first.moves.record(intent)
        await first.commit()
    return kept


async def record_job_change(
    event: contract.JobChanged, envelope: EventEnvelope, uow: UnitOfWork, storage: Storage, policy: FilePolicy,
) -> str | None:
    """Handle a JobChanged inside the consumer's transaction (the consumer commits); the outcome, if any work."""
    if not needs_files_work(event):
        return None
    if not event.deleted:
        folder_for(event.status)  # UnknownStatus: this change can never be applied
    intent = await record_intent(uow, MoveIntent(
        id=uuid.uuid4(), event_id=envelope.event_id, job_id=event.job_id, reason="JobChanged",
        change=change_of(event, envelope.actor).document(),
    ))
    return await apply_intent(intent.id, intent.job_id, uow, storage, policy)


async def apply_intent(
    intent_id: uuid.UUID, job_id: str, uow: UnitOfWork, storage: Storage, policy: FilePolicy,
) -> str | None:
    """Step 2, inside the caller's transaction. Returns the outcome, or None when the intent was applied before."""
    stored = await uow.stored_files.lock(job_id)
    intent = await uow.moves.lock(intent_id)
    if intent is None or intent.phase != COPYING:
        return None
    change = Change.from_document(intent.change)
    if stored is None:
        if change.deleted or await uow.moves.job_deleted(job_id):
            await uow.moves.advance(intent.id, DONE, [], NOTHING_STORED)
            return NOTHING_STORED
        raise FileNotStoredYet(f"job {job_id} has no stored file yet")
    if change.deleted:
        sources = [p for p in (stored.relative_path, stored.metadata_path, stored.original_path) if p]
        await uow.stored_files.delete(job_id)
        await uow.uploads.forget_job(job_id)
        await uow.moves.advance(intent.id, CLEANUP, sources, "deleted")
        return "deleted"
    if change.at is not None and stored.status_at is not None and change.at < stored.status_at:
        log.info("an older change of the job arrived late; not applied",
                 extra={"job_id": job_id, "event_id": str(intent.event_id)})
        await uow.moves.advance(intent.id, DONE, [], "superseded")
        return "superseded"
    return await _apply(stored, change, intent, uow, storage, policy)


async def _apply(
    stored: StoredFile, change: Change, intent: MoveIntent, uow: UnitOfWork, storage: Storage, policy: FilePolicy,
) -> str:
    now = datetime.now(UTC)
    current, original = stored.relative_path, stored.original_path
    sha256, size_bytes = stored.sha256, stored.size_bytes
    switch = None
    outcome = "recorded"
    if change.authoritative_filename:
        chosen = await _chosen_file(stored, change.authoritative_filename, storage, policy)
        if chosen is not None and chosen != current:
            switch = AuthoritativeSwitch(
                at=(change.at or now).isoformat(), by=change.staff_name, event=change.action,
                from_name=name_of(current), to_name=name_of(chosen),
            )
            original = original or current  # the student's original stays where it is, known to the job
            current = chosen
            original = None if original == current else original
            sha256 = await storage.sha256(current)
            facts = await storage.file_facts(current)
            size_bytes = facts.size_bytes if facts else size_bytes
            outcome = "switched"
    sources: list[str] = []
    target_folder = folder_for(change.status)
    if folder_of(current) != target_folder:
        if await storage.file_facts(current) is not None:
            moved = await _copy_into(current, target_folder, storage, uow, tag=intent.id.hex[:12])
            sources.append(current)
            current = moved
            outcome = "moved"
        else:
            log.error("the job's file is missing: its status is recorded, nothing is moved",
                      extra={"job_id": stored.job_id, "path": current})
            outcome = "file_missing"
    metadata_path = stored.metadata_path
    if folder_of(metadata_path) != folder_of(current):
        sources.append(metadata_path)
        metadata_path = await _free_metadata_path(folder_of(current), name_of(metadata_path), storage, uow)
    previous = stored.document
    if previous is None:
        previous = (await storage.read_metadata(stored.metadata_path)).document or {}
    document = build_metadata(
        previous, status=change.status, file_path=current, updated_at=now.isoformat(), facts=change.facts,
        switch=switch,
    )
    await storage.write_metadata(metadata_path, document)
    updated = replace(
        stored, relative_path=current, metadata_path=metadata_path, display_name=name_of(current),
        status_folder=folder_of(current), sha256=sha256, size_bytes=size_bytes, status=change.status,
        status_at=change.at or stored.status_at, original_path=original, document=document,
    )
    await uow.stored_files.save(updated)
    if (updated.relative_path, updated.metadata_path) != (stored.relative_path, stored.metadata_path):
        await uow.add_event(file_stored_event(updated, correlation_id=intent.event_id))
    await uow.moves.advance(intent.id, CLEANUP if sources else DONE, sources, outcome)
    return outcome


def file_stored_event(stored: StoredFile, *, correlation_id: uuid.UUID | None = None) -> EventEnvelope:
    """`FileStored` with the job's file where it is now (the jobs service keeps its path and display name)."""
    return contract.make_event(
        contract.FileStored(
            job_id=stored.job_id, upload_id=stored.upload_id, relative_path=stored.relative_path,
            metadata_path=stored.metadata_path, display_name=stored.display_name,
            status_folder=stored.status_folder, sha256=stored.sha256, size_bytes=stored.size_bytes,
        ),
        producer=PRODUCER, actor=Actor.system(), correlation_id=correlation_id,
    )


async def _chosen_file(stored: StoredFile, name: str, storage: Storage, policy: FilePolicy) -> str | None:
    """The file staff chose at approval, if it is a plain name in the job's folder, of an allowed kind, present."""
    problem = None
    relative = join(folder_of(stored.relative_path), name) if is_plain_name(name) else None
    if relative is None:
        problem = "not a plain file name"
    elif extension_of(name) not in policy.allowed_extensions:
        problem = "not an allowed kind of file"
    elif await storage.file_facts(relative) is None:
        problem = "not a file in the job's folder"
    if problem:
        log.warning("chosen file refused; the job keeps its current file",
                    extra={"job_id": stored.job_id, "chosen": name[:300], "problem": problem})
        return None
    return relative


async def _copy_into(source: str, folder: str, storage: Storage, uow: UnitOfWork, *, tag: str) -> str:
    """Copy `source` into `folder` under its own name, or `_1`, `_2`… when that name is taken by another file.

    A same-named file that no record names and that has the same bytes is the copy an interrupted attempt
    left: it is taken (and rewritten, so it is durable whatever happened to it)."""
    name = name_of(source)
    digest = None
    for n in range(MAX_NUMBERED_NAMES):
        target = join(folder, numbered_name(name, n))
        if not await storage.occupied(target):
            break
        if await storage.file_facts(target) is None or await uow.stored_files.referenced([target]):
            continue
        digest = digest or await storage.sha256(source)
        if await storage.sha256(target) == digest:
            break
    else:
        raise RuntimeError(f"no free name for {name} in {folder}")
    await storage.copy(source, target, tag)
    return target


async def _free_metadata_path(folder: str, name: str, storage: Storage, uow: UnitOfWork) -> str:
    """Where the metadata.json goes in `folder`: its own name unless a record names that file (then numbered)."""
    for n in range(MAX_NUMBERED_NAMES):
        target = join(folder, numbered_name(name, n))
        if not await storage.occupied(target):
            return target
        if await storage.file_facts(target) is not None and not await uow.stored_files.referenced([target]):
            return target  # a leftover copy of it: rewritten in place
    raise RuntimeError(f"no free name for {name} in {folder}")


async def apply_changes_set_aside(job_id: str, uow: UnitOfWork) -> int:
    """The job's file was just stored (inside the caller's transaction): the changes that came before it and
    were set aside for want of a file are put back for the finisher, which applies them oldest first (an older
    one is skipped if a newer one already applied, as ever). How many."""
    reopened = await uow.moves.reopen(job_id, NOTHING_STORED)
    if reopened:
        log.info("changes that came before the job's file are applied now", extra={"job_id": job_id,
                                                                                   "count": reopened})
    return reopened


async def finish_cleanup(intent_id: uuid.UUID, job_id: str, uow: UnitOfWork, storage: Storage) -> bool:
    """Step 3 in a transaction of its own: delete the intent's originals that no record names, mark it done."""
    async with uow:
        await uow.stored_files.lock(job_id)  # one job's moves and cleanups take turns
        intent = await uow.moves.lock(intent_id)
        if intent is None or intent.phase != CLEANUP:
            return False
        keep = await uow.stored_files.referenced(intent.sources)
        for source in intent.sources:
            if source not in keep:
                await storage.remove(source)
        await uow.moves.advance(intent.id, DONE, intent.sources, intent.outcome)
        await uow.commit()
    return True


async def finish_pending(
    new_uow: Callable[[], UnitOfWork], storage: Storage, policy: FilePolicy, *,
    copying_before: datetime | None, abandon_before: datetime, limit: int = 200,
) -> int:
    """Finish what interrupted moves left (the finisher loop; at startup with no grace). Returns how many.

    `copying` intents created before `copying_before` (all when None) are redone from the start; their event
    may still be in flight, which is harmless: both take the job's lock and the second finds the work done.
    One whose job never got a stored file is given up after `abandon_before`.
    """
    async with new_uow() as uow:
        intents = await uow.moves.unfinished(limit)
    finished = 0
    for intent in intents:
        try:
            if intent.phase == COPYING:
                if copying_before is not None and intent.created_at and intent.created_at > copying_before:
                    continue
                if not await _redo(intent, new_uow(), storage, policy, abandon_before):
                    continue
            if await finish_cleanup(intent.id, intent.job_id, new_uow(), storage) or intent.phase == COPYING:
                finished += 1
        except Exception:
            log.exception("could not finish a move; will try again", extra={"intent": str(intent.id)})
    return finished


async def _redo(intent: MoveIntent, uow: UnitOfWork, storage: Storage, policy: FilePolicy,
                abandon_before: datetime) -> bool:
    async with uow:
        try:
            await apply_intent(intent.id, intent.job_id, uow, storage, policy)
        except FileNotStoredYet:
            if intent.created_at is None or intent.created_at > abandon_before:
                return False
            log.warning("setting aside a change for a job that has no stored file; it is applied if the file "
                        "is stored later", extra={"job_id": intent.job_id})
            await uow.moves.advance(intent.id, DONE, [], NOTHING_STORED)
        await uow.commit()
    return True
