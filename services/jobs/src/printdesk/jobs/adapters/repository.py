"""SQLAlchemy implementations of the job and catalog repositories, and the read queries of the API."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from printdesk.jobs.adapters.orm import catalog, catalog_history, job_events, job_status_counts, jobs, payments
from printdesk.jobs.adapters.payments_workbook import PaymentRow
from printdesk.jobs.domain.catalog import LabCatalog
from printdesk.jobs.domain.model import Job, JobStatus


class SqlJobRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self._seen: dict[str, Job] = {}

    def add(self, job: Job) -> None:
        self.session.add(job)
        self._seen[job.id] = job

    async def get(self, job_id: str) -> Job | None:
        job = await self.session.get(Job, job_id)
        if job is not None:
            self._seen[job.id] = job
        return job

    async def lock_submissions_of(self, file_hash: str) -> None:
        key = sa.func.hashtextextended(f"jobs.submission:{file_hash}", 0)
        await self.session.execute(sa.select(sa.func.pg_advisory_xact_lock(key)))

    async def short_id_taken(self, short_id: str) -> bool:
        return (await self.session.scalar(sa.select(sa.exists().where(jobs.c.short_id == short_id)))) or False

    async def upload_claimed(self, upload_id: uuid.UUID) -> str | None:
        return await self.session.scalar(sa.select(jobs.c.id).where(jobs.c.upload_id == upload_id))

    async def open_duplicate(self, file_hash: str, email: str, statuses: tuple[JobStatus, ...]) -> str | None:
        return await self.session.scalar(
            sa.select(jobs.c.id)
            .where(jobs.c.file_hash == file_hash, sa.func.lower(jobs.c.student_email) == email.lower())
            .where(jobs.c.status.in_(statuses))
            .limit(1)
        )

    def seen(self) -> list[Job]:
        return list(self._seen.values())


@dataclass(frozen=True)
class JobFilters:
    """The dashboard's search box and filters; every field optional."""

    search: str | None = None
    printer: str | None = None
    method: str | None = None
    discipline: str | None = None
    created_from: datetime | None = None
    created_to: datetime | None = None

    def conditions(self) -> list[sa.ColumnElement[bool]]:
        found: list[sa.ColumnElement[bool]] = []
        if self.search and self.search.strip():
            term = self.search.strip()
            like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            found.append(sa.or_(
                jobs.c.student_name.ilike(like), jobs.c.student_email.ilike(like), jobs.c.class_number.ilike(like),
                jobs.c.short_id == term.lower(), jobs.c.id == term.lower(),
            ))
        if self.printer:
            found.append(sa.or_(jobs.c.printer == self.printer, jobs.c.printing_printer == self.printer))
        if self.method:
            found.append(jobs.c.print_method == self.method)
        if self.discipline:
            found.append(jobs.c.discipline == self.discipline)
        if self.created_from:
            found.append(jobs.c.created_at >= self.created_from)
        if self.created_to:
            found.append(jobs.c.created_at < self.created_to)
        return found


_SUMMARY_COLUMNS = (
    jobs.c.id, jobs.c.short_id, jobs.c.status, jobs.c.student_name, jobs.c.student_email, jobs.c.display_name,
    jobs.c.original_filename, jobs.c.created_at, jobs.c.updated_at, jobs.c.discipline, jobs.c.class_number,
    jobs.c.print_method, jobs.c.color, jobs.c.printer, jobs.c.staff_viewed_at, (jobs.c.notes != "").label("has_notes"),
    jobs.c.cost, jobs.c.printing_printer, jobs.c.lock_workstation, jobs.c.lock_staff_name, jobs.c.lock_expires_at,
    jobs.c.confirm_expires_at, jobs.c.confirm_used_at,
)


def _summary(row: sa.RowMapping, now: datetime) -> dict:
    item = dict(row)
    workstation, staff, until = item.pop("lock_workstation"), item.pop("lock_staff_name"), item.pop("lock_expires_at")
    item["lock"] = (
        {"workstation": workstation, "staff_name": staff, "holder": f"{workstation} · {staff}", "expires_at": until}
        if workstation and until and until > now else None
    )
    expires, used = item.pop("confirm_expires_at"), item.pop("confirm_used_at")
    item["confirmation_expires_at"] = expires if item["status"] == JobStatus.PENDING and used is None else None
    return item


class SqlJobQueries:
    """Reads for the dashboard; they bypass the aggregate and return rows shaped for the API."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def page(
        self, status: JobStatus, page: int, page_size: int, filters: JobFilters | None = None
    ) -> tuple[list[dict], int]:
        conditions = (filters or JobFilters()).conditions()
        where = [jobs.c.status == status, *conditions]
        if conditions:
            total = await self.session.scalar(sa.select(sa.func.count()).select_from(jobs).where(*where))
        else:  # the whole tab: its count as the database keeps it, not a count of (up to 70,000) rows
            total = await self.session.scalar(
                sa.select(job_status_counts.c.jobs).where(job_status_counts.c.status == status)
            )
        rows = (
            await self.session.execute(
                sa.select(*_SUMMARY_COLUMNS)
                .where(*where)
                .order_by(jobs.c.created_at.desc(), jobs.c.id)
                .offset((page - 1) * page_size)
                .limit(page_size)
            )
        ).mappings().all()
        now = datetime.now(UTC)
        return [_summary(r, now) for r in rows], total or 0

    async def counts(self, filters: JobFilters | None = None) -> dict[JobStatus, int]:
        conditions = (filters or JobFilters()).conditions()
        if conditions:
            query = sa.select(jobs.c.status, sa.func.count()).where(*conditions).group_by(jobs.c.status)
        else:  # every job: the counts the database keeps (one row per status) instead of counting them all
            query = sa.select(job_status_counts.c.status, job_status_counts.c.jobs)
        rows = (await self.session.execute(query)).all()
        counts = {status: 0 for status in JobStatus}
        counts.update({JobStatus(status): n for status, n in rows})
        return counts


class SqlPaymentQueries:
    """The current payments (a reverted pickup's is history, not a payment) recorded in `[start, end)`."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def recorded_between(self, start: datetime, end: datetime) -> list[PaymentRow]:
        rows = (await self.session.execute(
            sa.select(
                jobs.c.short_id, jobs.c.id, jobs.c.student_name, jobs.c.student_email, jobs.c.discipline,
                jobs.c.print_method, jobs.c.printer, jobs.c.cost, payments.c.grams, payments.c.price,
                payments.c.txn_no, payments.c.picked_up_by, payments.c.recorded_at, payments.c.recorded_by,
            )
            .join(jobs, jobs.c.id == payments.c.job_id)
            .where(payments.c.is_current, payments.c.recorded_at >= start, payments.c.recorded_at < end)
            .order_by(payments.c.recorded_at)
        )).all()
        return [
            PaymentRow(short_id=r.short_id, job_id=r.id, student_name=r.student_name, student_email=r.student_email,
                       discipline=r.discipline, print_method=r.print_method, printer=r.printer,
                       grams=Decimal(r.grams), price=Decimal(r.price),
                       quote=Decimal(r.cost) if r.cost is not None else None, txn_no=r.txn_no,
                       picked_up_by=r.picked_up_by, paid_at=r.recorded_at, recorded_by=r.recorded_by)
            for r in rows
        ]


class SqlRetentionQueries:
    """Jobs due for archiving or pruning: in one of `statuses`, unchanged since before `cutoff`."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def due(self, statuses: tuple[JobStatus, ...], cutoff: datetime, limit: int) -> tuple[int, list[str]]:
        where = (jobs.c.status.in_(statuses), jobs.c.status_changed_at < cutoff)
        total = await self.session.scalar(sa.select(sa.func.count()).select_from(jobs).where(*where))
        ids = (await self.session.execute(
            sa.select(jobs.c.id).where(*where).order_by(jobs.c.status_changed_at, jobs.c.id).limit(limit)
        )).scalars().all()
        return total or 0, list(ids)


class SqlCatalogRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, *, for_update: bool = False) -> LabCatalog | None:
        query = sa.select(catalog).where(catalog.c.id == "active")
        if for_update:
            query = query.with_for_update()
        row = (await self.session.execute(query)).mappings().first()
        if row is None:
            return None
        return LabCatalog(
            version=row["version"], data=row["data"], updated_by=row["updated_by"],
            workstation_id=row["workstation_id"], updated_at=row["updated_at"],
        )

    async def save(self, lab_catalog: LabCatalog, *, replaced_version: int) -> bool:
        values = {
            "version": lab_catalog.version, "data": lab_catalog.data, "updated_by": lab_catalog.updated_by,
            "workstation_id": lab_catalog.workstation_id, "updated_at": lab_catalog.updated_at,
        }
        result = await self.session.execute(
            sa.update(catalog).where(catalog.c.id == "active", catalog.c.version == replaced_version).values(**values)
        )
        if result.rowcount != 1:
            return False
        await self.session.execute(sa.insert(catalog_history).values(**values))
        return True


class SqlCatalogQueries:
    """The active catalog for `GET /catalog`: its version and content as stored."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def current(self) -> tuple[int, dict] | None:
        row = (await self.session.execute(sa.select(catalog.c.version, catalog.c.data))).first()
        return (row.version, row.data) if row else None


class SqlTrackingReads:
    """Reads behind the student's tracking page."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def job_by_tracking_hash(self, token_hash: str) -> Job | None:
        return await self.session.scalar(sa.select(Job).where(jobs.c.tracking_token_hash == token_hash))

    async def queued_ahead(self, job: Job, statuses: tuple[JobStatus, ...]) -> list[tuple[float | None, str | None]]:
        earlier = sa.or_(
            jobs.c.created_at < job.created_at, sa.and_(jobs.c.created_at == job.created_at, jobs.c.id < job.id)
        )
        rows = await self.session.execute(
            sa.select(jobs.c.time_hours, jobs.c.print_method)
            .where(jobs.c.printer == job.printer, jobs.c.status.in_(statuses), jobs.c.id != job.id, earlier)
        )
        return [(row.time_hours, row.print_method) for row in rows]

    async def trail(self, job_id: str) -> list[tuple[str, datetime, dict]]:
        rows = await self.session.execute(
            sa.select(job_events.c.event_type, job_events.c.at, job_events.c.details)
            .where(job_events.c.job_id == job_id).order_by(job_events.c.seq)
        )
        return [(r.event_type, r.at, r.details) for r in rows]
