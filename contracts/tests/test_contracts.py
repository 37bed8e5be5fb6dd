"""The contracts: every event has a subject in its producer's stream, and the exported schemas are current."""

from __future__ import annotations

import uuid

import pytest

from printdesk.contracts.envelope import Actor, EventEnvelope
from printdesk.contracts.events import EVENT_TYPES, STREAMS, JobSubmitted, UnknownEventType, make_event, parse_payload
from printdesk.contracts.export import DEFAULT_DIR, stale


def test_every_subject_is_versioned_and_lives_in_its_producers_stream():
    for t in EVENT_TYPES.values():
        service, aggregate, event, version = t.subject.split(".")
        assert version == f"v{t.version}"
        assert f"{service}.>" in STREAMS.values()


def test_an_envelope_round_trips_through_json():
    event = make_event(
        JobSubmitted(job_id="a" * 32, short_id="aaaaaa", upload_id=uuid.uuid4(), student_name="Jane Doe",
                     student_email="jane@example.edu", original_filename="cube.stl", sha256="0" * 64),
        producer="jobs", actor=Actor.student(),
    )
    again = EventEnvelope.model_validate_json(event.model_dump_json())
    assert again == event
    assert again.subject == "jobs.job.submitted.v1"
    assert parse_payload(again).student_name == "Jane Doe"


def test_unknown_event_types_are_refused():
    envelope = EventEnvelope(type="Nope", producer="x", actor=Actor.system(), data={})
    with pytest.raises(UnknownEventType):
        parse_payload(envelope)


def test_the_exported_json_schemas_are_current():
    assert stale(DEFAULT_DIR) == [], "run `make contracts` and commit the result"


def test_domain_statuses_match_the_api_statuses():
    from printdesk.contracts.api import JobStatus as ApiStatus
    from printdesk.jobs.domain.model import JobStatus as DomainStatus

    assert [s.value for s in ApiStatus] == [s.value for s in DomainStatus]
