"""Events the notify service publishes (stream NOTIFY, subjects `notify.>`).

Each payload is listed in EVENTS with its type name, version and subject; the registry in
`printdesk.contracts.events` collects them from here.
"""

from __future__ import annotations

import uuid

from printdesk.contracts.payloads.base import Payload


class EmailSent(Payload):
    """The notify service handed an e-mail to the SMTP server."""

    message_id: uuid.UUID
    job_id: str | None
    kind: str
    to: str
    subject: str
    attempts: int


EVENTS: list[tuple[str, int, str, type[Payload]]] = [
    ("EmailSent", 1, "notify.email.sent.v1", EmailSent),
]
