"""Hand-written fakes of the jobs ports: the use cases run for real against them."""

from __future__ import annotations

import uuid

from printdesk.contracts.envelope import EventEnvelope
from printdesk.jobs.domain.model import Job, JobStatus
from printdesk.jobs.service_layer.ports import UploadInfo, UploadServiceUnavailable


class FakeJobRepository:
    def __init__(self) -> None:
        self.jobs: dict[str, Job] = {}
        self._seen: list[Job] = []

    def add(self, job: Job) -> None:
        self.jobs[job.id] = job
        self._seen.append(job)

    async def get(self, job_id: str) -> Job | None:
        job = self.jobs.get(job_id)
        if job:
            self._seen.append(job)
        return job

    async def short_id_taken(self, short_id: str) -> bool:
        return any(j.short_id == short_id for j in self.jobs.values())

    async def upload_claimed(self, upload_id: uuid.UUID) -> str | None:
        return next((j.id for j in self.jobs.values() if j.upload_id == upload_id), None)

    async def open_duplicate(self, file_hash: str, email: str, statuses: tuple[JobStatus, ...]) -> str | None:
        return next(
            (j.id for j in self.jobs.values()
             if j.file_hash == file_hash and j.student_email.lower() == email.lower() and j.status in statuses),
            None,
        )

    def seen(self) -> list[Job]:
        return self._seen


class FakeUnitOfWork:
    def __init__(self) -> None:
        self.jobs = FakeJobRepository()
        self.committed = False
        self.outbox: list[EventEnvelope] = []
        self._pending: list[EventEnvelope] = []
        self._snapshot: dict[str, Job] = {}

    async def __aenter__(self):
        self._snapshot = dict(self.jobs.jobs)
        self._pending = []
        return self

    async def __aexit__(self, *exc: object) -> None:
        if not self.committed:
            self.jobs.jobs = self._snapshot
        self._pending = []

    async def commit(self) -> None:
        self.committed = True
        self.outbox.extend(self._pending)
        self._pending = []

    async def add_event(self, envelope: EventEnvelope) -> None:
        self._pending.append(envelope)


class FakeUploads:
    def __init__(self, *uploads: UploadInfo, down: bool = False) -> None:
        self.uploads = {u.upload_id: u for u in uploads}
        self.down = down

    async def get(self, upload_id: uuid.UUID) -> UploadInfo | None:
        if self.down:
            raise UploadServiceUnavailable("connection refused")
        return self.uploads.get(upload_id)
