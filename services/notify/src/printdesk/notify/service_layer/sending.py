"""Sending the due e-mails: one transaction each, every attempt counted, only real deliveries announced."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from printdesk.contracts.envelope import Actor
from printdesk.contracts.events import EmailSent, make_event
from printdesk.notify.domain.model import DEFAULT_RETRY_POLICY, MessageStatus, RetryPolicy
from printdesk.notify.service_layer.ports import Mailer, MailerError, UnitOfWork

PRODUCER = "notify"

log = logging.getLogger(__name__)


@dataclass
class SendReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0

    @property
    def attempted(self) -> int:
        return self.sent + self.retrying + self.failed


async def send_due_messages(
    uow_factory: Callable[[], UnitOfWork],
    mailer: Mailer,
    now: datetime | None = None,
    *,
    policy: RetryPolicy = DEFAULT_RETRY_POLICY,
    limit: int = 50,
) -> SendReport:
    """Send every message due at `now`, one transaction each.

    The message row stays locked while it is handed to SMTP, so two senders never send it at once.
    A success marks it sent and records `EmailSent` in the outbox in the same commit; a failure counts
    the attempt and schedules the next one (or gives up). Only what really happened is logged.
    """
    now = now or datetime.now(UTC)
    report = SendReport()
    while report.attempted < limit:
        async with uow_factory() as uow:
            message = await uow.messages.claim_next_due(now)
            if message is None:
                break
            try:
                await mailer.send(message)
            except Exception as exc:  # noqa: BLE001 - every failure is an attempt that did not send
                permanent = isinstance(exc, MailerError) and exc.permanent
                unreachable = isinstance(exc, MailerError) and exc.server_unreachable
                error = str(exc) if isinstance(exc, MailerError) else repr(exc)
                if not isinstance(exc, MailerError):
                    log.exception("unexpected error while sending email", extra={"message_id": str(message.id)})
                message.mark_attempt_failed(
                    error, now, policy=policy, permanent=permanent, server_unreachable=unreachable
                )
                await uow.commit()
                if message.status == MessageStatus.FAILED:
                    report.failed += 1
                    log.error(
                        "email not sent; giving up",
                        extra={"message_id": str(message.id), "to": message.to, "attempts": message.attempts,
                               "error": message.last_error},
                    )
                else:
                    report.retrying += 1
                    log.warning(
                        "email not sent; will retry",
                        extra={"message_id": str(message.id), "to": message.to, "attempts": message.attempts,
                               "next_attempt_at": message.next_attempt_at.isoformat(), "error": message.last_error},
                    )
                continue
            message.mark_sent(now)
            await uow.add_event(
                make_event(
                    EmailSent(
                        message_id=message.id, job_id=message.job_id, kind=message.kind, to=message.to,
                        subject=message.subject, attempts=message.attempts,
                    ),
                    producer=PRODUCER,
                    actor=Actor.system(),
                )
            )
            await uow.commit()
        report.sent += 1
        log.info("email sent", extra={"message_id": str(message.id), "to": message.to, "attempts": message.attempts})
    return report
