"""Use cases of a job's lifecycle: load the job row-locked, let the domain decide, write the state, the trail
and the events in one transaction.

Each staff action is `change_job(uow, job_id, actor, step)`, where `step` runs one command of the domain's
`JobLifecycle`; the few that need the catalog or a fresh link get small helpers below.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from printdesk.contracts.api.catalog import CatalogContent
from printdesk.contracts.envelope import Actor as EnvelopeActor
from printdesk.contracts.events import make_event
from printdesk.jobs.domain import lifecycle as lc
from printdesk.jobs.domain import lifecycle_events as ev
from printdesk.jobs.domain.locks import Actor, Locked, NotLockHolder
from printdesk.jobs.domain.model import JobStatus
from printdesk.jobs.domain.pricing import NoRate, Rate, rate_for
from printdesk.jobs.domain.tracking import tracking_token_hash as token_hash
from printdesk.jobs.service_layer import lifecycle_publishing as pub
from printdesk.jobs.service_layer.errors import (
    Conflict,
    Forbidden,
    Gone,
    InvalidInput,
    NotFound,
    TooManyRequests,
    Unavailable,
    UseCaseError,
)
from printdesk.jobs.service_layer.ports import LoadedJob, UnitOfWork
from printdesk.jobs.service_layer.publishing import PRODUCER, staff_actor

ALLOWED_MODEL_EXTENSIONS = (".stl", ".obj", ".3mf", ".form", ".idea")


def _now() -> datetime:
    return datetime.now(UTC)


def new_confirm_token() -> str:
    return secrets.token_urlsafe(32)


@dataclass
class StepResult:
    """What a step hands to publishing besides the domain's events."""

    confirm_url: str | None = None
    authoritative_filename: str | None = None
    lock_action: str | None = None  # "lock" / "unlock": a lock change, published but not on the trail


Step = Callable[[LoadedJob, datetime, UnitOfWork], Awaitable[StepResult | None]]


STATUS_LABELS = {
    JobStatus.UPLOADED: "Uploaded", JobStatus.PENDING: "Pending", JobStatus.READYTOPRINT: "Ready to Print",
    JobStatus.PRINTING: "Printing", JobStatus.COMPLETED: "Completed", JobStatus.PAIDPICKEDUP: "Paid & Picked Up",
    JobStatus.REJECTED: "Rejected", JobStatus.ARCHIVED: "Archived",
}


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")


def _wrong_status(exc: lc.WrongStatus) -> Conflict:
    allowed = " or ".join(STATUS_LABELS[s] for s in sorted(exc.allowed))
    verb = exc.command.replace("_", " ")
    return Conflict(
        f"Cannot {verb}: the job is {STATUS_LABELS[exc.current]} now, and only {allowed} jobs can be changed this way.",
        current_status=exc.current.value,
    )


def translate(exc: Exception, job: lc.JobLifecycle | None = None) -> UseCaseError:
    """A domain refusal as the use-case error the API answers with."""
    if isinstance(exc, lc.WrongStatus):
        return _wrong_status(exc)
    if isinstance(exc, Locked):
        return Conflict(
            f"{exc.holder} is working on this job; try again when they are done.", holder=exc.holder,
            locked_until=exc.lock.expires_at.isoformat(),
        )
    if isinstance(exc, NotLockHolder):
        return Forbidden(_sentence(str(exc)))
    if isinstance(exc, lc.AlreadyDeleted):
        return NotFound(_sentence(str(exc)))
    if isinstance(exc, lc.ConfirmationInvalid):
        return NotFound("This confirmation link is not valid. Use the newest link we e-mailed you.")
    if isinstance(exc, lc.ConfirmationUsed):
        return Conflict("This confirmation link was already used.", current_status=job.status.value if job else "")
    if isinstance(exc, lc.ConfirmationExpired):
        return Gone("This confirmation link has expired. Ask for a new one below.")
    if isinstance(exc, lc.TooSoon):
        return TooManyRequests(_sentence(str(exc)))
    if isinstance(exc, NoRate):
        return Unavailable("The lab's catalog has no price for this print method.")
    if isinstance(exc, (lc.InvalidInput, ValueError)):
        return InvalidInput(_sentence(str(exc)))
    raise exc


async def change_job(
    uow: UnitOfWork, job_id: str, actor: Actor | None, step: Step, *, envelope_actor: EnvelopeActor | None = None
) -> LoadedJob:
    """Run `step` on the job in one transaction; the domain's refusals become use-case errors."""
    async with uow:
        loaded = await uow.lifecycle.load(job_id, for_update=True)
        if loaded is None:
            raise NotFound(f"There is no job {job_id}.")
        job, facts = loaded.lifecycle, loaded.facts
        before, now = job.status, _now()
        try:
            result = await step(loaded, now, uow) or StepResult()
        except UseCaseError:
            raise
        except Exception as exc:
            raise translate(exc, job) from exc
        if job.events or result.lock_action:
            facts.updated_at = now
        if job.status != before:
            facts.status_changed_at = now
        if actor is not None and job.events:
            facts.last_updated_by = actor.staff_name
        await uow.lifecycle.save(loaded)
        who = envelope_actor or (staff_actor(actor.staff_name, actor.workstation) if actor else EnvelopeActor.student())
        await _publish(uow, loaded, before, now, result, who)
        await uow.commit()
    return loaded


async def _publish(
    uow: UnitOfWork, loaded: LoadedJob, before: JobStatus, now: datetime, result: StepResult, who: EnvelopeActor
) -> None:
    job = loaded.lifecycle
    happened, job.events = list(job.events), []
    await uow.lifecycle.append_trail([pub.trail_record(e) for e in happened if isinstance(e, ev.JobEvent)])
    for event in happened:
        authoritative = result.authoritative_filename if isinstance(event, ev.JobApproved) else None
        changed = pub.job_changed(loaded, pub.ACTIONS[type(event)], before, event.at, authoritative_filename=authoritative)
        await uow.add_event(make_event(changed, producer=PRODUCER, actor=who))
        if isinstance(event, (ev.JobApproved, ev.ConfirmationResent)) and result.confirm_url:
            issued = pub.confirmation_link_issued(loaded, result.confirm_url, resent=isinstance(event, ev.ConfirmationResent))
            await uow.add_event(make_event(issued, producer=PRODUCER, actor=who))
        if isinstance(event, ev.JobRejected):
            await uow.add_event(make_event(pub.job_rejected(loaded), producer=PRODUCER, actor=who))
    if result.lock_action:
        changed = pub.job_changed(loaded, result.lock_action, before, now)
        await uow.add_event(make_event(changed, producer=PRODUCER, actor=who))


# ---- the catalog, as the lifecycle reads it ------------------------------------------------------------


async def catalog_content(uow: UnitOfWork) -> CatalogContent:
    catalog = await uow.catalog.get()
    if catalog is None:
        raise Unavailable("The lab's catalog is not set up yet.")
    return CatalogContent.model_validate(catalog.data)


def rate_of(content: CatalogContent, method: str | None) -> Rate:
    rates = {m.name: Rate(m.price_per_gram, content.minimum_charge) for m in content.methods}
    return rate_for(method, rates, content.methods[0].name)


def confirm_url(public_url: str, token: str) -> str:
    return f"{public_url.rstrip('/')}/confirm/{token}"


def checked_filename(name: str | None) -> str | None:
    """A file the staff chose to print instead: a bare name of a model file (the files service checks it exists)."""
    if name is None or not name.strip():
        return None
    name = name.strip()
    if "/" in name or "\\" in name or name in (".", "..") or "\x00" in name:
        raise InvalidInput("Choose a file of the job by its name, without folders.",
                           {"authoritative_filename": "Not a file name."})
    if not name.lower().endswith(ALLOWED_MODEL_EXTENSIONS):
        raise InvalidInput("That file type cannot be printed.",
                           {"authoritative_filename": f"Use one of {', '.join(ALLOWED_MODEL_EXTENSIONS)}."})
    return name


# ---- staff actions that need more than the domain ---------------------------------------------------------


@dataclass(frozen=True)
class Approve:
    weight_g: object
    time_hours: object
    printer: str | None = None
    authoritative_filename: str | None = None


def approve_step(cmd: Approve, actor: Actor, public_url: str, new_token: Callable[[], str] = new_confirm_token) -> Step:
    async def step(loaded: LoadedJob, now: datetime, uow: UnitOfWork) -> StepResult:
        content = await catalog_content(uow)
        filename = checked_filename(cmd.authoritative_filename)
        printer = cmd.printer.strip() if cmd.printer and cmd.printer.strip() else None
        method = loaded.facts.print_method
        if printer is not None and printer not in {p.name for p in content.printers}:
            raise InvalidInput("Choose one of the lab's printers.", {"printer": f"{printer} is not in the catalog."})
        token = new_token()
        loaded.lifecycle.approve(
            actor, now, weight_g=cmd.weight_g, time_hours=cmd.time_hours, rate=rate_of(content, method),
            token_hash=token_hash(token), printer=printer,
        )
        return StepResult(confirm_url=confirm_url(public_url, token), authoritative_filename=filename)

    return step


def reject_step(reasons: list[str], custom_reason: str | None, actor: Actor) -> Step:
    async def step(loaded: LoadedJob, now: datetime, uow: UnitOfWork) -> None:
        content = await catalog_content(uow)
        unknown = [r for r in reasons if r.strip() and r.strip() not in content.rejection_reasons]
        if unknown:
            raise InvalidInput("Choose reasons from the lab's list (or write your own message).",
                               {"reasons": f"Not in the catalog: {', '.join(unknown)}."})
        loaded.lifecycle.reject(actor, now, reasons=reasons, custom_reason=custom_reason)

    return step


def mark_printing_step(printer: str, actor: Actor) -> Step:
    async def step(loaded: LoadedJob, now: datetime, uow: UnitOfWork) -> None:
        content = await catalog_content(uow)
        if printer.strip() not in {p.name for p in content.printers}:
            raise InvalidInput("Choose one of the lab's printers.", {"printer": f"{printer} is not in the catalog."})
        loaded.lifecycle.mark_printing(actor, now, printer=printer.strip())

    return step


def payment_step(grams: object, txn_no: str, picked_up_by: str, actor: Actor) -> Step:
    async def step(loaded: LoadedJob, now: datetime, uow: UnitOfWork) -> None:
        content = await catalog_content(uow)
        loaded.lifecycle.record_payment(
            actor, now, grams=grams, txn_no=txn_no, picked_up_by=picked_up_by,
            rate=rate_of(content, loaded.facts.print_method),
        )

    return step


def resend_step(actor: Actor, public_url: str, new_token: Callable[[], str] = new_confirm_token) -> Step:
    async def step(loaded: LoadedJob, now: datetime, uow: UnitOfWork) -> StepResult:
        token = new_token()
        loaded.lifecycle.resend_confirmation(actor, now, token_hash=token_hash(token))
        return StepResult(confirm_url=confirm_url(public_url, token))

    return step


def simple_step(command: Callable[[lc.JobLifecycle, datetime], None]) -> Step:
    """A step that is one domain command and needs nothing else."""

    async def step(loaded: LoadedJob, now: datetime, uow: UnitOfWork) -> None:
        command(loaded.lifecycle, now)

    return step


def lock_step(actor: Actor, how: str) -> Step:
    """`how`: acquire, extend or release the edit lock."""

    async def step(loaded: LoadedJob, now: datetime, uow: UnitOfWork) -> StepResult:
        job = loaded.lifecycle
        if how == "acquire":
            job.acquire_lock(actor, now)
        elif how == "extend":
            job.extend_lock(actor, now)
        else:
            job.release_lock(actor, now)
        return StepResult(lock_action="unlock" if how == "release" else "lock")

    return step


# ---- the student's confirmation -----------------------------------------------------------------------


async def confirm_by_token(uow: UnitOfWork, token: str) -> LoadedJob:
    job_id = await _job_for_token(uow, token)

    async def step(loaded: LoadedJob, now: datetime, uow: UnitOfWork) -> None:
        loaded.lifecycle.confirm(token_hash(token), now)

    return await change_job(uow, job_id, None, step)


async def new_link_for_student(
    uow: UnitOfWork, token: str, public_url: str, new_token: Callable[[], str] = new_confirm_token
) -> LoadedJob:
    job_id = await _job_for_token(uow, token)

    async def step(loaded: LoadedJob, now: datetime, uow: UnitOfWork) -> StepResult:
        fresh = new_token()
        loaded.lifecycle.request_new_link(token_hash(token), token_hash(fresh), now)
        return StepResult(confirm_url=confirm_url(public_url, fresh))

    return await change_job(uow, job_id, None, step)


async def _job_for_token(uow: UnitOfWork, token: str) -> str:
    async with uow:
        job_id = await uow.lifecycle.job_for_confirmation(token_hash(token)) if token else None
    if job_id is None:
        raise NotFound("This confirmation link is not valid. Use the newest link we e-mailed you.")
    return job_id
