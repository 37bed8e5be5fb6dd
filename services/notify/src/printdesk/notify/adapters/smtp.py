"""Sends messages over SMTP with aiosmtplib, as multipart/alternative (plain text + HTML)."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import format_datetime, parseaddr

import aiosmtplib

from printdesk.notify.domain.model import Message
from printdesk.notify.service_layer.ports import MailerError


def message_id_header(message: Message, sender: str) -> str:
    """The message's uuid as its Message-ID, so a retried send of the same message is recognisable."""
    domain = parseaddr(sender)[1].rpartition("@")[2] or "printdesk.invalid"
    return f"<{message.id}@{domain}>"


def build_email(message: Message, sender: str) -> EmailMessage:
    email = EmailMessage()
    email["From"] = sender
    email["To"] = message.to
    email["Subject"] = message.subject
    email["Message-ID"] = message_id_header(message, sender)
    email["Date"] = format_datetime(message.created_at)
    email["Auto-Submitted"] = "auto-generated"
    email.set_content(message.text_body)
    email.add_alternative(message.html_body, subtype="html")
    return email


class SmtpMailer:
    def __init__(
        self,
        *,
        host: str,
        port: int,
        sender: str,
        username: str | None = None,
        password: str | None = None,
        starttls: bool = False,
        timeout: float = 15.0,
    ) -> None:
        self._host = host
        self._port = port
        self._sender = sender
        self._username = username or None
        self._password = password or None
        self._starttls = starttls
        self._timeout = timeout

    async def send(self, message: Message) -> None:
        try:
            await aiosmtplib.send(
                build_email(message, self._sender),
                hostname=self._host,
                port=self._port,
                username=self._username,
                password=self._password,
                start_tls=self._starttls,
                timeout=self._timeout,
            )
        except aiosmtplib.SMTPRecipientsRefused as exc:
            # Only a 5xx for the address itself is final; anything about the server or our login may heal.
            permanent = bool(exc.recipients) and all(500 <= r.code < 600 for r in exc.recipients)
            raise MailerError(f"SMTP {self._host}:{self._port} refused the recipient: {exc}", permanent=permanent) from exc
        except aiosmtplib.SMTPResponseException as exc:
            raise MailerError(f"SMTP {self._host}:{self._port} answered {exc.code}: {exc.message}") from exc
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            raise MailerError(f"SMTP {self._host}:{self._port} unavailable: {exc}", server_unreachable=True) from exc
