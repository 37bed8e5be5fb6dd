"""Retention runs, however started: by an admin (the console), by the daily schedule, or by the command line.

The ages default to the catalog's; a real run ends with a RetentionRan summary event. The schedule runs in
every worker of the service but one run at a time (a PostgreSQL advisory lock); a second worker waking at the
same minute finds nothing left due, as retention only takes jobs still due.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from printdesk.contracts.api import CatalogContent
from printdesk.contracts.envelope import Actor as EnvelopeActor
from printdesk.jobs.adapters.repository import SqlCatalogQueries, SqlRetentionQueries
from printdesk.jobs.config import JobsSettings
from printdesk.jobs.domain.locks import Actor
from printdesk.jobs.domain.schedule import next_daily_run, parse_daily_at
from printdesk.jobs.service_layer.retention import MeasureFiles, RetentionReport, run_retention
from printdesk.kit.runtime import BackgroundLoop, ServiceRuntime

log = logging.getLogger(__name__)

# Who the trail names for a scheduled run: no person pressed a button.
SCHEDULE_ACTOR = Actor(staff_name="Retention schedule", workstation="printdesk-jobs")
_RUN_LOCK = 0x5052_544E  # one retention run at a time, across the service's workers
_LONGEST_NAP_SECONDS = 900.0  # wake now and then: the lab's time zone may have changed in the catalog


@dataclass(frozen=True)
class RetentionAges:
    archive_after_days: int
    prune_after_days: int
    time_zone: str

    def days(self, kind: str) -> int:
        return self.archive_after_days if kind == "archive" else self.prune_after_days


async def retention_ages(runtime: ServiceRuntime) -> RetentionAges:
    """The catalog's ages and time zone, or the catalog model's own defaults while the catalog is not set up."""
    async with runtime.session_factory() as session:
        current = await SqlCatalogQueries(session).current()
    fields = CatalogContent.model_fields
    content = current[1] if current else {}
    archive = content.get("archive_after_days") or fields["archive_after_days"].default
    prune = content.get("prune_after_days") or fields["prune_after_days"].default
    return RetentionAges(int(archive), int(prune), str(content.get("time_zone") or "UTC"))


async def perform(
    runtime: ServiceRuntime, kind: str, *, older_than_days: int | None, dry_run: bool, actor: Actor,
    measure: MeasureFiles | None = None, scheduled: bool = False,
) -> RetentionReport:
    days = older_than_days if older_than_days is not None else (await retention_ages(runtime)).days(kind)

    async def find_due(statuses, cutoff, limit):  # noqa: ANN001, ANN202
        async with runtime.session_factory() as session:
            return await SqlRetentionQueries(session).due(statuses, cutoff, limit)

    async with runtime.engine.connect() as holder:
        if scheduled:  # the schedule never queues behind another run: it would find nothing left due
            if not await holder.scalar(sa.select(sa.func.pg_try_advisory_lock(_RUN_LOCK))):
                raise RetentionBusy
        else:  # an admin's run waits for the one in progress
            await holder.scalar(sa.select(sa.func.pg_advisory_lock(_RUN_LOCK)))
        try:
            return await run_retention(
                kind, older_than_days=days, dry_run=dry_run, actor=actor, find_due=find_due,
                uow_factory=runtime.uow, measure=measure, scheduled=scheduled,
                envelope_actor=EnvelopeActor.system() if scheduled else None,
            )
        finally:
            await holder.scalar(sa.select(sa.func.pg_advisory_unlock(_RUN_LOCK)))
            await holder.commit()


class RetentionBusy(Exception):
    """Another retention run holds the lock."""


def next_scheduled_run(settings: JobsSettings, time_zone: str, now: datetime | None = None) -> datetime | None:
    if not settings.retention_daily_at:
        return None
    return next_daily_run(now or datetime.now(UTC), parse_daily_at(settings.retention_daily_at), ZoneInfo(time_zone))


async def run_scheduled(runtime: ServiceRuntime, settings: JobsSettings) -> list[RetentionReport]:
    """One scheduled run: archive what is due, then prune if the settings say so."""
    reports = []
    for kind in ("archive", "prune") if settings.retention_prune_on_schedule else ("archive",):
        try:
            report = await perform(runtime, kind, older_than_days=None, dry_run=False, actor=SCHEDULE_ACTOR,
                                   scheduled=True)
        except RetentionBusy:
            log.info("scheduled retention skipped: another run is in progress", extra={"kind": kind})
            continue
        log.info("scheduled retention ran", extra={"kind": kind, "matched": report.matched, "done": report.done,
                                                   "skipped": len(report.skipped)})
        reports.append(report)
    return reports


def retention_schedule_loop(settings: JobsSettings) -> BackgroundLoop:
    async def run(runtime: ServiceRuntime) -> None:
        while True:
            ages = await retention_ages(runtime)
            now = datetime.now(UTC)
            next_run = next_scheduled_run(settings, ages.time_zone, now)
            if next_run is None:  # not scheduled (the loop is only started when it is)
                return
            wait = (next_run - now).total_seconds()
            if wait > _LONGEST_NAP_SECONDS:
                await asyncio.sleep(_LONGEST_NAP_SECONDS)
                continue
            await asyncio.sleep(max(wait, 0.0))
            await run_scheduled(runtime, settings)

    return BackgroundLoop("retention-schedule", run)
