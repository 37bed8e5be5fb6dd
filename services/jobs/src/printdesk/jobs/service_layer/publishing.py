"""Domain events become contract events (`printdesk.contracts`) in the outbox of the same transaction."""

from __future__ import annotations

import dataclasses

from printdesk.contracts import events as contract
from printdesk.contracts.envelope import Actor, EventEnvelope
from printdesk.jobs.domain import events

PRODUCER = "jobs"

_CONTRACTS: dict[type[events.Event], type[contract.Payload]] = {
    events.JobSubmitted: contract.JobSubmitted,
    events.CatalogUpdated: contract.CatalogUpdated,
}


def envelope_for(event: events.Event, actor: Actor) -> EventEnvelope:
    payload = _CONTRACTS[type(event)](**dataclasses.asdict(event))
    return contract.make_event(payload, producer=PRODUCER, actor=actor)


def staff_actor(staff_name: str, workstation_id: str) -> Actor:
    return Actor(kind="staff", staff_name=staff_name, workstation_id=workstation_id)
