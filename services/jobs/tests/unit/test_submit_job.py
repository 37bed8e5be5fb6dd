"""Submitting a job: what a student's submission becomes, and what is refused (fakes from conftest.py)."""

from __future__ import annotations

import hashlib
import uuid

import pytest

from printdesk.contracts.events import JobSubmitted, parse_payload
from printdesk.jobs.domain.model import JobStatus
from printdesk.jobs.domain.submission import SubmissionForm
from printdesk.jobs.service_layer.errors import Conflict, InvalidInput, Unavailable
from printdesk.jobs.service_layer.handlers import SubmitJob, submit_job
from printdesk.jobs.service_layer.ports import UploadInfo

UPLOAD = UploadInfo(upload_id=uuid.uuid4(), filename="cube.stl", sha256="ab" * 32, size_bytes=684)
PUBLIC_URL = "https://print.example.edu/"


def _form(**overrides) -> SubmissionForm:
    values = dict(
        student_first_name="  Jane ", student_last_name=" Doe", student_email="jane@example.edu",
        discipline="Engineering", class_number="ENGR 1000", print_method="Filament", color="True Red",
        printer="Prusa XL", scaling_confirmed=True, min_charge_consent=True,
    )
    return SubmissionForm(**{**values, **overrides})


def _cmd(upload_id: uuid.UUID = UPLOAD.upload_id, **overrides) -> SubmitJob:
    return SubmitJob(form=_form(**overrides), upload_id=upload_id)


async def _submit(uow, uploads, cmd=None, **kwargs):  # noqa: ANN001, ANN202
    return await submit_job(cmd or _cmd(), uow, uploads, public_url=PUBLIC_URL, **kwargs)


async def test_a_submission_becomes_an_uploaded_job_holding_every_field(uow, fake_uploads):
    submitted = await _submit(
        uow, fake_uploads(UPLOAD), new_id=lambda: "a1b2c3" + "0" * 26, new_token=lambda: "secret-token"
    )
    job = submitted.job
    assert job.status is JobStatus.UPLOADED
    assert job.short_id == "a1b2c3"
    assert (job.student_first_name, job.student_last_name, job.student_name) == ("Jane", "Doe", "Jane Doe")
    assert (job.discipline, job.class_number) == ("Engineering", "ENGR 1000")
    assert (job.print_method, job.color, job.printer) == ("Filament", "True Red", "Prusa XL")
    assert job.scaling_confirmed and job.min_charge_consent and job.consent_at == job.created_at
    assert job.catalog_version == 1
    assert job.original_filename == "cube.stl" and job.file_hash == UPLOAD.sha256
    assert uow.jobs_store == {job.id: job}


async def test_only_the_hash_of_the_tracking_token_is_kept_and_the_link_goes_to_the_student(uow, fake_uploads):
    submitted = await _submit(uow, fake_uploads(UPLOAD), new_token=lambda: "secret-token")
    assert submitted.tracking_token == "secret-token"
    assert submitted.tracking_url == "https://print.example.edu/track/secret-token"
    assert submitted.job.tracking_token_hash == hashlib.sha256(b"secret-token").hexdigest()
    assert "secret-token" not in repr(vars(submitted.job))


async def test_one_job_submitted_event_carries_the_form_and_the_tracking_link(uow, fake_uploads):
    submitted = await _submit(uow, fake_uploads(UPLOAD), new_token=lambda: "tok")
    [event] = uow.outbox
    assert event.type == "JobSubmitted" and event.subject == "jobs.job.submitted.v1"
    assert event.actor.kind == "student"
    payload = parse_payload(event)
    assert isinstance(payload, JobSubmitted)
    assert payload.job_id == submitted.job.id and payload.upload_id == UPLOAD.upload_id
    assert (payload.student_name, payload.student_first_name, payload.student_last_name) == ("Jane Doe", "Jane", "Doe")
    assert (payload.print_method, payload.color, payload.printer) == ("Filament", "True Red", "Prusa XL")
    assert (payload.discipline, payload.class_number, payload.catalog_version) == ("Engineering", "ENGR 1000", 1)
    assert payload.tracking_url == "https://print.example.edu/track/tok"
    assert payload.status == "UPLOADED"


async def test_the_short_id_grows_when_it_collides(uow, fake_uploads):
    other = UploadInfo(upload_id=uuid.uuid4(), filename="b.stl", sha256="cd" * 32, size_bytes=684)
    uploads = fake_uploads(UPLOAD, other)
    await _submit(uow, uploads, new_id=lambda: "abcdef" + "1" * 26)
    second = await _submit(uow, uploads, _cmd(upload_id=other.upload_id), new_id=lambda: "abcdef" + "2" * 26)
    assert second.job.short_id == "abcdef222222"


@pytest.mark.parametrize(
    ("overrides", "field"),
    [({"student_first_name": "J"}, "student_first_name"), ({"student_email": "not-an-email"}, "student_email"),
     ({"color": "Black"}, "color"), ({"printer": "Formlabs Form 3"}, "printer"),
     ({"discipline": "Magic"}, "discipline"), ({"min_charge_consent": False}, "min_charge_consent")],
)
async def test_invalid_fields_are_named_and_nothing_is_written(uow, fake_uploads, overrides, field):
    with pytest.raises(InvalidInput) as caught:
        await _submit(uow, fake_uploads(UPLOAD), _cmd(**overrides))
    assert set(caught.value.fields) == {field}
    assert uow.jobs_store == {} and uow.outbox == []


async def test_form_and_upload_problems_are_reported_together(uow, fake_uploads):
    with pytest.raises(InvalidInput) as caught:
        await _submit(uow, fake_uploads(UPLOAD), _cmd(upload_id=uuid.uuid4(), scaling_confirmed=False))
    assert set(caught.value.fields) == {"scaling_confirmed", "upload_id"}
    assert "upload it again" in caught.value.fields["upload_id"]
    assert uow.outbox == []


async def test_the_current_catalog_decides_what_is_valid(uow, fake_uploads):
    catalog = uow.catalog_store["active"]
    catalog.data["methods"][1]["colors"].append("Glow Green")
    catalog.version = 7
    submitted = await _submit(
        uow, fake_uploads(UPLOAD), _cmd(print_method="Resin", color="Glow Green", printer="Formlabs Form 3")
    )
    assert submitted.job.catalog_version == 7


async def test_the_same_upload_cannot_be_submitted_twice(uow, fake_uploads):
    first = await _submit(uow, fake_uploads(UPLOAD))
    with pytest.raises(Conflict) as caught:
        await _submit(uow, fake_uploads(UPLOAD))
    assert caught.value.context["existing_job_id"] == first.job.id
    assert len(uow.jobs_store) == 1 and len(uow.outbox) == 1


SAME_FILE = UploadInfo(upload_id=uuid.uuid4(), filename="cube-again.stl", sha256=UPLOAD.sha256, size_bytes=684)


async def test_the_same_file_from_the_same_student_is_a_duplicate_while_open(uow, fake_uploads):
    uploads = fake_uploads(UPLOAD, SAME_FILE)
    first = await _submit(uow, uploads)
    with pytest.raises(Conflict) as caught:
        await _submit(uow, uploads, _cmd(upload_id=SAME_FILE.upload_id, student_email=" JANE@example.edu "))
    assert caught.value.context["existing_job_id"] == first.job.id
    assert len(uow.jobs_store) == 1


@pytest.mark.parametrize("status", [JobStatus.PRINTING, JobStatus.COMPLETED, JobStatus.REJECTED, JobStatus.ARCHIVED])
async def test_the_same_file_may_be_submitted_again_once_the_first_job_moved_on(uow, fake_uploads, status):
    uploads = fake_uploads(UPLOAD, SAME_FILE)
    first = await _submit(uow, uploads)
    first.job.status = status  # a reprint
    again = await _submit(uow, uploads, _cmd(upload_id=SAME_FILE.upload_id))
    assert again.job.id != first.job.id


async def test_the_same_file_from_another_student_is_not_a_duplicate(uow, fake_uploads):
    uploads = fake_uploads(UPLOAD, SAME_FILE)
    await _submit(uow, uploads)
    other = await _submit(uow, uploads, _cmd(upload_id=SAME_FILE.upload_id, student_email="sam@example.edu"))
    assert other.job.student_email == "sam@example.edu"


async def test_a_file_service_outage_is_reported_as_unavailable(uow, fake_uploads):
    with pytest.raises(Unavailable):
        await _submit(uow, fake_uploads(down=True))


async def test_a_file_service_outage_does_not_hide_what_the_student_must_fix(uow, fake_uploads):
    with pytest.raises(InvalidInput) as caught:
        await _submit(uow, fake_uploads(down=True), _cmd(color="Plaid"))
    assert set(caught.value.fields) == {"color"}


async def test_without_a_catalog_nothing_can_be_submitted(uow_without_catalog, fake_uploads):
    with pytest.raises(Unavailable):
        await _submit(uow_without_catalog, fake_uploads(UPLOAD))
    assert uow_without_catalog.outbox == []


async def test_submissions_of_the_same_file_are_taken_one_at_a_time(uow, fake_uploads):
    await _submit(uow, fake_uploads(UPLOAD))
    assert uow.jobs.locked == UPLOAD.sha256
