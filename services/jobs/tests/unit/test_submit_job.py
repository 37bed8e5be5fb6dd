"""Submitting a job: what a student's submission becomes, and what is refused."""

from __future__ import annotations

import uuid

import pytest

from printdesk.contracts.envelope import EventEnvelope
from printdesk.contracts.events import JobSubmitted, parse_payload
from printdesk.jobs.domain.model import Job, JobStatus
from printdesk.jobs.service_layer.errors import Conflict, InvalidInput, Unavailable
from printdesk.jobs.service_layer.handlers import SubmitJob, submit_job
from printdesk.jobs.service_layer.ports import UploadInfo, UploadServiceUnavailable

# ---- hand-written fakes of the ports: the use case runs for real against them ----

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

# ---- specifications ----

UPLOAD = UploadInfo(upload_id=uuid.uuid4(), filename="cube.stl", sha256="ab" * 32, size_bytes=684)


def _cmd(**overrides) -> SubmitJob:
    values = {"student_name": "  Jane   Doe ", "student_email": "jane@example.edu", "upload_id": UPLOAD.upload_id}
    return SubmitJob(**{**values, **overrides})


async def test_a_submission_becomes_an_uploaded_job_with_one_event():
    uow = FakeUnitOfWork()
    job = await submit_job(_cmd(), uow, FakeUploads(UPLOAD), new_id=lambda: "a1b2c3" + "0" * 26)
    assert job.status is JobStatus.UPLOADED
    assert job.short_id == "a1b2c3"
    assert job.student_name == "Jane Doe"
    assert job.original_filename == "cube.stl"
    assert uow.committed
    [event] = uow.outbox
    assert event.type == "JobSubmitted" and event.subject == "jobs.job.submitted.v1"
    assert event.actor.kind == "student"
    payload = parse_payload(event)
    assert isinstance(payload, JobSubmitted)
    assert payload.job_id == job.id and payload.upload_id == UPLOAD.upload_id


async def test_the_short_id_grows_when_it_collides():
    uow = FakeUnitOfWork()
    other = UploadInfo(upload_id=uuid.uuid4(), filename="b.stl", sha256="cd" * 32, size_bytes=684)
    uploads = FakeUploads(UPLOAD, other)
    await submit_job(_cmd(), uow, uploads, new_id=lambda: "abcdef" + "1" * 26)
    uow.committed = False
    second = await submit_job(_cmd(upload_id=other.upload_id), uow, uploads, new_id=lambda: "abcdef" + "2" * 26)
    assert second.short_id == "abcdef222222"


@pytest.mark.parametrize(
    ("overrides", "field"),
    [({"student_name": "J"}, "student_name"), ({"student_email": "not-an-email"}, "student_email"),
     ({"student_name": "x" * 101}, "student_name")],
)
async def test_invalid_fields_are_named_and_nothing_is_written(overrides, field):
    uow = FakeUnitOfWork()
    with pytest.raises(InvalidInput) as caught:
        await submit_job(_cmd(**overrides), uow, FakeUploads(UPLOAD))
    assert field in caught.value.fields
    assert uow.jobs.jobs == {} and uow.outbox == []


async def test_an_unknown_upload_is_refused():
    uow = FakeUnitOfWork()
    with pytest.raises(InvalidInput) as caught:
        await submit_job(_cmd(upload_id=uuid.uuid4()), uow, FakeUploads(UPLOAD))
    assert "upload_id" in caught.value.fields
    assert uow.outbox == []


async def test_the_same_upload_cannot_be_submitted_twice():
    uow = FakeUnitOfWork()
    first = await submit_job(_cmd(), uow, FakeUploads(UPLOAD))
    uow.committed = False
    with pytest.raises(Conflict) as caught:
        await submit_job(_cmd(), uow, FakeUploads(UPLOAD))
    assert caught.value.context["existing_job_id"] == first.id
    assert len(uow.jobs.jobs) == 1 and len(uow.outbox) == 1


async def test_the_same_file_from_the_same_student_is_a_duplicate_while_open():
    uow = FakeUnitOfWork()
    again = UploadInfo(upload_id=uuid.uuid4(), filename="cube.stl", sha256=UPLOAD.sha256, size_bytes=684)
    first = await submit_job(_cmd(), uow, FakeUploads(UPLOAD, again))
    uow.committed = False
    with pytest.raises(Conflict) as caught:
        await submit_job(_cmd(upload_id=again.upload_id, student_email="JANE@example.edu"), uow, FakeUploads(UPLOAD, again))
    assert caught.value.context["existing_job_id"] == first.id


async def test_a_file_service_outage_is_reported_as_unavailable():
    with pytest.raises(Unavailable):
        await submit_job(_cmd(), FakeUnitOfWork(), FakeUploads(down=True))
