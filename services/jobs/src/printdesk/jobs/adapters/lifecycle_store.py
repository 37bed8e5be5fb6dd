"""The job's lifecycle state in PostgreSQL: loaded into the domain's `JobLifecycle` (row-locked for a change),
written back with its payments and failures, and the hash-chained trail appended to."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from printdesk.jobs.adapters.orm import job_events, jobs, payments, print_failures
from printdesk.jobs.domain.audit import GENESIS, AuditRecord, sealed
from printdesk.jobs.domain.lifecycle import Confirmation, JobLifecycle, Payment, PrintFailure
from printdesk.jobs.domain.locks import EditLock
from printdesk.jobs.domain.model import JobStatus
from printdesk.jobs.domain.pricing import Money
from printdesk.jobs.service_layer.ports import JobFacts, LoadedJob

# One key for the whole trail: appends are serialised so each row can link to the one before it.
_TRAIL_LOCK = sa.func.hashtextextended("jobs.job_events.chain", 0)


def _decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _payment(row: Any) -> Payment:
    return Payment(
        grams=Decimal(row.grams), price=Money(Decimal(row.price)), txn_no=row.txn_no, picked_up_by=row.picked_up_by,
        recorded_by=row.recorded_by, recorded_at=row.recorded_at,
    )


class SqlLifecycleStore:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def load(self, job_id: str, *, for_update: bool = False) -> LoadedJob | None:
        query = sa.select(jobs).where(jobs.c.id == job_id)
        if for_update:
            query = query.with_for_update()
        row = (await self.session.execute(query)).first()
        if row is None:
            return None
        paid = (await self.session.execute(
            sa.select(payments).where(payments.c.job_id == job_id).order_by(payments.c.id)
        )).all()
        failed = (await self.session.execute(
            sa.select(print_failures).where(print_failures.c.job_id == job_id).order_by(print_failures.c.id)
        )).all()
        history = [_payment(p) for p in paid]
        current = next((history[i] for i, p in enumerate(paid) if p.is_current), None)
        lifecycle = JobLifecycle(
            job_id=row.id, status=JobStatus(row.status), staff_viewed_at=row.staff_viewed_at,
            weight_g=_decimal(row.weight_g), time_hours=_decimal(row.time_hours),
            cost=Money(Decimal(row.cost)) if row.cost is not None else None, printer=row.printer,
            confirmation=Confirmation(row.confirm_token_hash, row.confirm_expires_at, row.confirm_used_at)
            if row.confirm_token_hash else None,
            confirmation_last_sent_at=row.confirmation_last_sent_at, printing_printer=row.printing_printer,
            payment=current, payment_history=history, rejection_reasons=tuple(row.rejection_reasons or ()),
            rejection_custom_reason=row.rejection_custom_reason,
            failures=[PrintFailure(reason=f.reason, printer=f.printer, at=f.at) for f in failed],
            lock=EditLock(row.lock_workstation, row.lock_staff_name, row.lock_expires_at)
            if row.lock_workstation else None,
            notes=row.notes,
        )
        facts = JobFacts(
            job_id=row.id, short_id=row.short_id, student_name=row.student_name, student_email=row.student_email,
            original_filename=row.original_filename, created_at=row.created_at, updated_at=row.updated_at,
            status_changed_at=row.status_changed_at, discipline=row.discipline, class_number=row.class_number,
            print_method=row.print_method, color=row.color, display_name=row.display_name, file_path=row.file_path,
            last_updated_by=row.last_updated_by,
        )
        return LoadedJob(lifecycle=lifecycle, facts=facts, stored_payments=len(history), stored_failures=len(failed))

    async def job_for_confirmation(self, token_hash: str) -> str | None:
        return await self.session.scalar(sa.select(jobs.c.id).where(jobs.c.confirm_token_hash == token_hash))

    async def save(self, loaded: LoadedJob) -> None:
        job, facts = loaded.lifecycle, loaded.facts
        if job.deleted_at is not None:
            await self.session.execute(sa.delete(jobs).where(jobs.c.id == job.job_id))
            return
        link, lock = job.confirmation, job.lock
        await self.session.execute(sa.update(jobs).where(jobs.c.id == job.job_id).values(
            status=job.status, staff_viewed_at=job.staff_viewed_at, weight_g=job.weight_g,
            time_hours=float(job.time_hours) if job.time_hours is not None else None,
            cost=job.cost.amount if job.cost else None, printer=job.printer, printing_printer=job.printing_printer,
            confirm_token_hash=link.token_hash if link else None, confirm_expires_at=link.expires_at if link else None,
            confirm_used_at=link.used_at if link else None, confirmation_last_sent_at=job.confirmation_last_sent_at,
            rejection_reasons=list(job.rejection_reasons), rejection_custom_reason=job.rejection_custom_reason,
            lock_workstation=lock.workstation if lock else None, lock_staff_name=lock.staff_name if lock else None,
            lock_expires_at=lock.expires_at if lock else None, notes=job.notes, updated_at=facts.updated_at,
            status_changed_at=facts.status_changed_at, last_updated_by=facts.last_updated_by,
        ))
        new_payments = job.payment_history[loaded.stored_payments:]
        if new_payments or job.payment is None:
            await self.session.execute(
                sa.update(payments).where(payments.c.job_id == job.job_id).values(is_current=False)
            )
        for payment in new_payments:
            await self.session.execute(sa.insert(payments).values(
                job_id=job.job_id, grams=payment.grams, price=payment.price.amount, txn_no=payment.txn_no,
                picked_up_by=payment.picked_up_by, recorded_by=payment.recorded_by, recorded_at=payment.recorded_at,
                is_current=payment is job.payment,
            ))
        for failure in job.failures[loaded.stored_failures:]:
            await self.session.execute(sa.insert(print_failures).values(
                job_id=job.job_id, reason=failure.reason, printer=failure.printer, at=failure.at,
            ))

    async def append_trail(self, records: list[AuditRecord]) -> list[AuditRecord]:
        """Number, link and seal `records` after the trail's last row, then write them (seq and prev_hash of the
        records passed in are ignored)."""
        if not records:
            return []
        await self.session.execute(sa.select(sa.func.pg_advisory_xact_lock(_TRAIL_LOCK)))
        last = (await self.session.execute(
            sa.select(job_events.c.seq, job_events.c.hash).order_by(job_events.c.seq.desc()).limit(1)
        )).first()
        seq, prev = (last.seq, last.hash) if last else (0, GENESIS)
        written = []
        for record in records:
            seq += 1
            done = sealed(AuditRecord(
                seq=seq, job_id=record.job_id, event_type=record.event_type, at=record.at,
                staff_name=record.staff_name, workstation=record.workstation, details=record.details, prev_hash=prev,
            ))
            written.append(done)
            prev = done.hash
        await self.session.execute(sa.insert(job_events), [
            {"seq": r.seq, "job_id": r.job_id, "event_type": r.event_type, "at": r.at, "staff_name": r.staff_name,
             "workstation": r.workstation, "details": r.details, "prev_hash": r.prev_hash, "hash": r.hash}
            for r in written
        ])
        return written


def _record(row: Any) -> AuditRecord:
    return AuditRecord(
        seq=row.seq, job_id=row.job_id, event_type=row.event_type, at=row.at, staff_name=row.staff_name,
        workstation=row.workstation, details=row.details, prev_hash=row.prev_hash, hash=row.hash,
    )


async def trail_of(session: AsyncSession, job_id: str) -> list[AuditRecord]:
    rows = await session.execute(sa.select(job_events).where(job_events.c.job_id == job_id).order_by(job_events.c.seq))
    return [_record(r) for r in rows]


async def whole_trail(session: AsyncSession, batch: int = 5000):  # noqa: ANN201 - an async iterator of records
    """Every row of the trail in order, fetched in batches (the verify command walks it all)."""
    after = 0
    while True:
        rows = (await session.execute(
            sa.select(job_events).where(job_events.c.seq > after).order_by(job_events.c.seq).limit(batch)
        )).all()
        if not rows:
            return
        for row in rows:
            yield _record(row)
        after = rows[-1].seq
