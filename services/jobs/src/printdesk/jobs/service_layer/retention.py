"""Retention (SPEC.md §4 archive batch and prune, with our build's fixes): the age counts from a job's last
status change, not its submission; a dry run reports exactly what the real run would take.

Each job is changed in its own transaction through the ordinary lifecycle (trail row, JobChanged: the files
service moves archived files to `Archived/` and removes pruned ones), so a job locked by someone at the
moment is skipped and reported, never half-done.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from printdesk.contracts.envelope import Actor as EnvelopeActor
from printdesk.contracts.events import RetentionRan, make_event
from printdesk.jobs.domain.locks import Actor
from printdesk.jobs.domain.model import JobStatus
from printdesk.jobs.service_layer.errors import UseCaseError
from printdesk.jobs.service_layer.lifecycle import change_job, simple_step
from printdesk.jobs.service_layer.ports import UnitOfWork
from printdesk.jobs.service_layer.publishing import PRODUCER, staff_actor

BATCH_LIMIT = 1000

# What each kind of run takes: from which statuses, and the domain command that does it.
RULES: dict[str, tuple[tuple[JobStatus, ...], str]] = {
    "archive": ((JobStatus.PAIDPICKEDUP, JobStatus.REJECTED), "archive"),
    "prune": ((JobStatus.ARCHIVED,), "prune"),
}


@dataclass
class RetentionReport:
    kind: str
    dry_run: bool
    older_than_days: int
    cutoff: datetime
    matched: int
    job_ids: list[str] = field(default_factory=list)
    done: int = 0
    skipped: dict[str, str] = field(default_factory=dict)
    files: int | None = None  # the batch's files on disk, and their bytes: None when they could not be measured
    bytes: int | None = None


FindDue = Callable[[tuple[JobStatus, ...], datetime, int], Awaitable[tuple[int, list[str]]]]
# (files, bytes) the jobs' files take on disk, or None when that cannot be said now.
MeasureFiles = Callable[[list[str]], Awaitable[tuple[int, int] | None]]


async def run_retention(
    kind: str, *, older_than_days: int, dry_run: bool, actor: Actor, find_due: FindDue,
    uow_factory: Callable[[], UnitOfWork], now: datetime | None = None, limit: int = BATCH_LIMIT,
    measure: MeasureFiles | None = None, envelope_actor: EnvelopeActor | None = None, scheduled: bool = False,
) -> RetentionReport:
    statuses, command = RULES[kind]
    cutoff = (now or datetime.now(UTC)) - timedelta(days=older_than_days)
    matched, job_ids = await find_due(statuses, cutoff, limit)
    report = RetentionReport(kind=kind, dry_run=dry_run, older_than_days=older_than_days, cutoff=cutoff,
                             matched=matched, job_ids=job_ids)
    if measure is not None and job_ids:  # measured before anything moves, so the preview and the run agree
        measured = await measure(job_ids)
        if measured is not None:
            report.files, report.bytes = measured
    elif not job_ids:
        report.files = report.bytes = 0
    if dry_run:
        return report
    for job_id in job_ids:
        step = simple_step(lambda job, at: getattr(job, command)(actor, at))
        try:
            await change_job(uow_factory(), job_id, actor, step, envelope_actor=envelope_actor)
            report.done += 1
        except UseCaseError as exc:  # locked, or changed since it was found: left for the next run
            report.skipped[job_id] = exc.message
    summary = RetentionRan(kind=kind, older_than_days=older_than_days, cutoff=cutoff, matched=matched,
                           done=report.done, skipped=len(report.skipped), job_ids=job_ids, files=report.files,
                           bytes=report.bytes, scheduled=scheduled)
    async with uow_factory() as uow:  # the run's summary outlives the pruned rows (their trail stays too)
        who = envelope_actor or staff_actor(actor.staff_name, actor.workstation)
        await uow.add_event(make_event(summary, producer=PRODUCER, actor=who))
        await uow.commit()
    return report
