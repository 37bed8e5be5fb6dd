"""What an admin asks of the e-mail log: send a logged message again, or send a test message.

Each opens its own transaction; the sender loop delivers the queued message like any other.
"""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime

from printdesk.notify.domain.model import Message, MessageKind
from printdesk.notify.service_layer.lab_catalog import current_lab
from printdesk.notify.service_layer.ports import EmailRenderer, UnitOfWork

log = logging.getLogger(__name__)


class MessageNotFound(LookupError):
    pass


async def resend_message(uow: UnitOfWork, message_id: uuid.UUID, *, requested_by: str) -> Message:
    """An admin sends a logged message again, as it was; the copy names who asked and what it repeats."""
    async with uow:
        original = await uow.messages.get(message_id)
        if original is None:
            raise MessageNotFound(f"There is no message {message_id}.")
        copy = original.resend(requested_by=requested_by, now=datetime.now(UTC))
        uow.messages.add(copy)
        await uow.commit()
    log.info("email resent", extra={"message_id": str(copy.id), "resent_from": str(message_id), "by": requested_by})
    return copy


async def queue_test_message(
    uow: UnitOfWork, renderer: EmailRenderer, to: str, *, requested_by: str, workstation: str | None
) -> Message:
    """An admin checks the mail set-up: a short message to any address, sent like every other."""
    async with uow:
        email = renderer.test_message(await current_lab(uow), requested_by=requested_by, workstation=workstation)
        message = Message.queue(kind=MessageKind.TEST_MESSAGE, to=to, subject=email.subject, text_body=email.text,
                                html_body=email.html, now=datetime.now(UTC))
        message.requested_by = requested_by
        uow.messages.add(message)
        await uow.commit()
    return message
