"""The tracking page's facts: the steps of a job, its place in its printer's queue, and a rough ETA."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from printdesk.jobs.domain.model import Job, JobStatus
from printdesk.jobs.domain.tracking import (
    NOT_QUEUED,
    PrintTimeDefaults,
    estimate_queue,
    reached_at,
    timeline,
    tracking_token_hash,
)
from printdesk.jobs.service_layer.errors import NotFound
from printdesk.jobs.service_layer.tracking import track_job

NOW = datetime(2025, 9, 1, 15, 0, tzinfo=UTC)
SUBMITTED = NOW - timedelta(days=1)


def states(status: JobStatus) -> list[tuple[str, str]]:
    return [(step.status.value, step.state) for step in timeline(status, SUBMITTED)]


def test_a_new_job_is_at_the_first_of_six_steps():
    steps = timeline(JobStatus.UPLOADED, SUBMITTED)
    assert [(s.status, s.state) for s in steps] == [
        (JobStatus.UPLOADED, "current"), (JobStatus.PENDING, "upcoming"), (JobStatus.READYTOPRINT, "upcoming"),
        (JobStatus.PRINTING, "upcoming"), (JobStatus.COMPLETED, "upcoming"), (JobStatus.PAIDPICKEDUP, "upcoming"),
    ]
    assert steps[0].label == "Received, waiting for review"
    assert steps[0].at == SUBMITTED
    assert all(s.at is None for s in steps[1:])


def test_steps_before_the_current_one_are_done():
    assert states(JobStatus.PRINTING) == [
        ("UPLOADED", "done"), ("PENDING", "done"), ("READYTOPRINT", "done"), ("PRINTING", "current"),
        ("COMPLETED", "upcoming"), ("PAIDPICKEDUP", "upcoming"),
    ]
    assert states(JobStatus.PAIDPICKEDUP)[-1] == ("PAIDPICKEDUP", "current")


@pytest.mark.parametrize("status", [JobStatus.REJECTED, JobStatus.ARCHIVED])
def test_a_job_off_the_main_flow_ends_after_it_was_received(status):
    assert states(status) == [("UPLOADED", "done"), (status.value, "current")]


def test_the_queue_counts_the_jobs_ahead_and_their_hours():
    estimate = estimate_queue(JobStatus.READYTOPRINT, own_hours=2.0, hours_ahead=[3.0, 1.5], now=NOW)
    assert (estimate.position, estimate.ahead, estimate.printer_hours_ahead) == (3, 2, 4.5)
    assert estimate.eta == NOW + timedelta(hours=6.5)


def test_the_first_job_on_a_printer_is_next_and_done_after_its_own_time():
    estimate = estimate_queue(JobStatus.UPLOADED, own_hours=4.0, hours_ahead=[], now=NOW)
    assert (estimate.position, estimate.ahead, estimate.printer_hours_ahead) == (1, 0, 0.0)
    assert estimate.eta == NOW + timedelta(hours=4)


@pytest.mark.parametrize("status", [JobStatus.COMPLETED, JobStatus.PAIDPICKEDUP, JobStatus.REJECTED, JobStatus.ARCHIVED])
def test_a_job_that_left_the_queue_has_no_place_or_eta(status):
    assert estimate_queue(status, own_hours=1.0, hours_ahead=[5.0], now=NOW) == NOT_QUEUED


def test_print_time_is_the_staff_estimate_else_the_methods_default_else_the_fallback():
    defaults = PrintTimeDefaults(by_method={"Resin": 6.0}, fallback=3.0)
    assert defaults.hours(1.25, "Resin") == 1.25
    assert defaults.hours(None, "Resin") == 6.0
    assert defaults.hours(None, "Filament") == 3.0
    assert defaults.hours(None, None) == 3.0


# ---- the use case, against a fake of its reads ---------------------------------------------------


class FakeTrackingReads:
    def __init__(self, *jobs: Job, trails: dict | None = None) -> None:
        self.jobs = list(jobs)
        self.trails = trails or {}

    async def trail(self, job_id: str) -> list:
        return self.trails.get(job_id, [])

    async def job_by_tracking_hash(self, token_hash: str) -> Job | None:
        return next((j for j in self.jobs if j.tracking_token_hash == token_hash), None)

    async def queued_ahead(self, job: Job, statuses: tuple[JobStatus, ...]) -> list[tuple[float | None, str | None]]:
        return [
            (j.time_hours, j.print_method) for j in self.jobs
            if j.printer == job.printer and j.status in statuses and (j.created_at, j.id) < (job.created_at, job.id)
        ]


def job(n: int, *, printer: str | None = "Prusa XL", status: JobStatus = JobStatus.UPLOADED,
        method: str = "Filament", hours: float | None = None) -> Job:
    created = SUBMITTED + timedelta(minutes=n)
    return Job(
        id=f"{n:032x}", short_id=f"{n:06x}", status=status, student_name="Jane Doe", student_email="j@example.edu",
        upload_id=uuid.uuid4(), original_filename=f"part{n}.stl", file_hash="0" * 64, created_at=created,
        updated_at=created, print_method=method, color="Blue", printer=printer, time_hours=hours,
        tracking_token_hash=tracking_token_hash(f"token-{n}"),
    )


DEFAULTS = PrintTimeDefaults(by_method={"Filament": 2.0}, fallback=5.0)


async def test_a_job_is_found_by_its_token_and_placed_behind_earlier_jobs_on_its_printer():
    reads = FakeTrackingReads(
        job(1, status=JobStatus.PRINTING, hours=3.5),    # ahead, staff estimate
        job(2, status=JobStatus.READYTOPRINT),           # ahead, default for Filament
        job(3, status=JobStatus.COMPLETED, hours=9.0),   # finished: not ahead
        job(4, printer="Prusa MK4S", hours=9.0),         # another printer
        job(5),                                          # the student's job
        job(6),                                          # submitted later
    )
    tracked = await track_job("token-5", reads, DEFAULTS, NOW)
    assert tracked.job.short_id == "000005"
    assert (tracked.queue.position, tracked.queue.ahead, tracked.queue.printer_hours_ahead) == (3, 2, 5.5)
    assert tracked.queue.eta == NOW + timedelta(hours=5.5 + 2.0)
    assert tracked.timeline[0].state == "current"


async def test_an_unknown_or_absurd_token_is_not_found():
    reads = FakeTrackingReads(job(1))
    for token in ("token-2", "", "x" * 500):
        with pytest.raises(NotFound):
            await track_job(token, reads, DEFAULTS, NOW)


async def test_a_job_from_before_the_full_form_has_no_printer_and_no_queue_estimate():
    tracked = await track_job("token-1", FakeTrackingReads(job(1, printer=None)), DEFAULTS, NOW)
    assert tracked.queue == NOT_QUEUED


def test_each_reached_step_is_dated_from_the_trail_and_a_revert_keeps_the_latest_time():
    t = [SUBMITTED + timedelta(hours=h) for h in range(6)]
    reached = reached_at([
        ("JobCreated", SUBMITTED, {}), ("JobApproved", t[1], {}), ("StudentConfirmed", t[2], {}),
        ("JobMarkedPrinting", t[3], {}), ("JobMarkedComplete", t[4], {}), ("CompletionReverted", t[5], {}),
        ("AdminStatusChanged", t[5], {"to_status": "NOT-A-STATUS"}),
    ])
    steps = timeline(JobStatus.PRINTING, SUBMITTED, reached)
    assert [(s.status.value, s.at, s.state) for s in steps] == [
        ("UPLOADED", SUBMITTED, "done"), ("PENDING", t[1], "done"), ("READYTOPRINT", t[2], "done"),
        ("PRINTING", t[5], "current"), ("COMPLETED", None, "upcoming"), ("PAIDPICKEDUP", None, "upcoming"),
    ]
    rejected = timeline(JobStatus.REJECTED, SUBMITTED, reached_at([("JobRejected", t[1], {})]))
    assert [(s.status.value, s.at) for s in rejected] == [("UPLOADED", SUBMITTED), ("REJECTED", t[1])]
