"""Sends messages over SMTP with aiosmtplib, as multipart/alternative (plain text + HTML).

One connection is kept open between messages (a burst of e-mails costs one connect, greeting and login,
not one per message) and closed after a short idle time, before a server would drop it. A message whose
send fails on a kept connection that the server had closed meanwhile is sent once more on a new one.
"""

from __future__ import annotations

import asyncio
import time
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr

import aiosmtplib

from printdesk.notify.domain.model import Message
from printdesk.notify.service_layer.ports import MailerError

# Closed when unused this long; most servers keep an idle client for minutes (RFC 5321 asks for 5).
IDLE_SECONDS = 30.0


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
        idle_seconds: float = IDLE_SECONDS,
    ) -> None:
        self._host = host
        self._port = port
        self._sender = sender
        self._username = username or None
        self._password = password or None
        self._starttls = starttls
        self._timeout = timeout
        self._idle_seconds = idle_seconds
        self._client: aiosmtplib.SMTP | None = None
        self._last_used = 0.0
        self._lock = asyncio.Lock()

    async def send(self, message: Message) -> None:
        email = build_email(message, self._sender)
        async with self._lock:  # one conversation at a time on the kept connection
            try:
                reused = await self._open()
                try:
                    await self._client.send_message(email)  # type: ignore[union-attr]
                except aiosmtplib.SMTPServerDisconnected:
                    if not reused:
                        raise
                    await self._close()  # the server closed the kept connection meanwhile: once more, afresh
                    await self._open()
                    await self._client.send_message(email)  # type: ignore[union-attr]
                self._last_used = time.monotonic()
            except aiosmtplib.SMTPRecipientsRefused as exc:
                await self._reset()
                # Only a 5xx for the address itself is final; anything about the server or our login may heal.
                permanent = bool(exc.recipients) and all(500 <= r.code < 600 for r in exc.recipients)
                raise MailerError(f"SMTP {self._host}:{self._port} refused the recipient: {exc}", permanent=permanent) from exc
            except aiosmtplib.SMTPResponseException as exc:
                await self._close()
                raise MailerError(f"SMTP {self._host}:{self._port} answered {exc.code}: {exc.message}") from exc
            except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
                await self._close()
                raise MailerError(f"SMTP {self._host}:{self._port} unavailable: {exc}", server_unreachable=True) from exc

    async def aclose(self) -> None:
        async with self._lock:
            await self._close()

    async def _open(self) -> bool:
        """Connect unless a live, recently used connection is there; True when it reuses one."""
        if self._client is not None and self._client.is_connected \
                and time.monotonic() - self._last_used < self._idle_seconds:
            return True
        await self._close()
        client = aiosmtplib.SMTP(hostname=self._host, port=self._port, timeout=self._timeout,
                                 start_tls=self._starttls, username=self._username, password=self._password)
        await client.connect()
        self._client, self._last_used = client, time.monotonic()
        return False

    async def _reset(self) -> None:
        """After a refused recipient the transaction is still open on the server: end it, or drop the connection."""
        try:
            await self._client.rset()  # type: ignore[union-attr]
            self._last_used = time.monotonic()
        except (aiosmtplib.SMTPException, OSError, TimeoutError, AttributeError):
            await self._close()

    async def _close(self) -> None:
        client, self._client = self._client, None
        if client is None:
            return
        try:
            if client.is_connected:
                await client.quit()
        except (aiosmtplib.SMTPException, OSError, TimeoutError):
            client.close()
