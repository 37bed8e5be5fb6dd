"""SQLAlchemy implementation of the job repository, and the dashboard's read queries."""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from printdesk.jobs.adapters.orm import jobs
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


class SqlJobQueries:
    """Reads for the dashboard; they bypass the aggregate and return rows shaped for the API."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def page(self, status: JobStatus, page: int, page_size: int) -> tuple[list[dict], int]:
        total = await self.session.scalar(sa.select(sa.func.count()).where(jobs.c.status == status))
        rows = (
            await self.session.execute(
                sa.select(
                    jobs.c.id, jobs.c.short_id, jobs.c.status, jobs.c.student_name, jobs.c.student_email,
                    jobs.c.display_name, jobs.c.original_filename, jobs.c.created_at, jobs.c.updated_at,
                )
                .where(jobs.c.status == status)
                .order_by(jobs.c.created_at.desc(), jobs.c.id)
                .offset((page - 1) * page_size)
                .limit(page_size)
            )
        ).mappings().all()
        return [dict(r) for r in rows], total or 0

    async def counts(self) -> dict[JobStatus, int]:
        rows = (await self.session.execute(sa.select(jobs.c.status, sa.func.count()).group_by(jobs.c.status))).all()
        counts = {status: 0 for status in JobStatus}
        counts.update({JobStatus(status): n for status, n in rows})
        return counts
