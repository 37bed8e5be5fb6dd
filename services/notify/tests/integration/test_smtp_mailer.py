"""The SMTP mailer against a real SMTP server (the dev sink, aiosmtpd): a burst of e-mails shares one
connection; a kept connection the server dropped, or one idle too long, is replaced without losing the
message; a refused recipient fails only its own message; no server at all is reported as unreachable."""

from __future__ import annotations

import email
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from printdesk.devstack.servers import free_port
from printdesk.devstack.smtp_sink import MaildirHandler
from printdesk.notify.adapters.smtp import SmtpMailer
from printdesk.notify.domain.model import Message
from printdesk.notify.service_layer.ports import MailerError

REFUSED = "nobody@campus.example.edu"


class CountingSink(MaildirHandler):
    """Keeps mail like the dev sink, counts the conversations (one EHLO each) and refuses one address."""

    def __init__(self, directory: Path) -> None:
        super().__init__(directory)
        self.greetings = 0

    async def handle_EHLO(self, server, session, envelope, hostname, responses):  # noqa: ANN001, ANN201, N802
        self.greetings += 1
        session.host_name = hostname
        return responses

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: ANN001, ANN201, N802
        if address == REFUSED:
            return "550 5.1.1 no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"


class Sink:
    def __init__(self, directory: Path, port: int) -> None:
        self.directory, self.port = directory, port
        self.handler = CountingSink(directory)
        self.controller: Controller | None = None

    def start(self) -> Sink:
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)
        self.controller.start()
        return self

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def subjects(self) -> list[str]:
        return sorted(email.message_from_bytes(p.read_bytes())["Subject"] for p in self.directory.glob("*.eml"))


@pytest.fixture
def sink(tmp_path):
    server = Sink(tmp_path / "mail", free_port()).start()
    yield server
    server.stop()


def message(subject: str, to: str = "student@campus.example.edu") -> Message:
    return Message.queue(kind="test_message", to=to, subject=subject, text_body="Hello.",
                         html_body="<p>Hello.</p>", now=datetime.now(UTC))


def mailer_for(sink: Sink, **options) -> SmtpMailer:  # noqa: ANN003
    return SmtpMailer(host="127.0.0.1", port=sink.port, sender="PrintDesk <lab@campus.example.edu>", timeout=5,
                      **options)


async def test_a_burst_of_emails_shares_one_connection(sink):
    mailer = mailer_for(sink)
    for n in range(5):
        await mailer.send(message(f"Burst {n}"))
    await mailer.aclose()
    assert sink.subjects() == [f"Burst {n}" for n in range(5)]
    assert sink.handler.greetings == 1


async def test_a_connection_the_server_dropped_is_replaced_and_the_email_still_goes(sink):
    mailer = mailer_for(sink)
    await mailer.send(message("Before the restart"))
    sink.stop()  # the server goes away with the kept connection, and comes back on the same port
    sink.start()
    await mailer.send(message("After the restart"))
    await mailer.aclose()
    assert sink.subjects() == ["After the restart", "Before the restart"]
    assert sink.handler.greetings == 2


async def test_a_connection_idle_past_the_limit_is_not_reused(sink):
    mailer = mailer_for(sink, idle_seconds=0)
    await mailer.send(message("First"))
    await mailer.send(message("Second"))
    await mailer.aclose()
    assert sink.subjects() == ["First", "Second"]
    assert sink.handler.greetings == 2


async def test_a_refused_recipient_fails_its_own_email_only(sink):
    mailer = mailer_for(sink)
    with pytest.raises(MailerError) as refused:
        await mailer.send(message("Refused", to=REFUSED))
    assert refused.value.permanent and not refused.value.server_unreachable
    await mailer.send(message("Delivered"))  # the same kept connection, its transaction reset
    await mailer.aclose()
    assert sink.subjects() == ["Delivered"]
    assert sink.handler.greetings == 1


async def test_no_server_is_reported_as_unreachable():
    mailer = SmtpMailer(host="127.0.0.1", port=free_port(), sender="lab@campus.example.edu", timeout=2)
    with pytest.raises(MailerError) as down:
        await mailer.send(message("Nowhere"))
    assert down.value.server_unreachable and not down.value.permanent
    await mailer.aclose()
