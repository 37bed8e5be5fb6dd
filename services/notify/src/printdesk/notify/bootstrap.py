"""The one composition root of the notify service: used by the API, the consumer, the sender and the tests."""

from __future__ import annotations

import sqlalchemy as sa
from fastapi import FastAPI

from printdesk.kit.app import create_service_app
from printdesk.kit.diag import DiagTargets, SmtpTarget
from printdesk.kit.roster import roster_consumer_spec
from printdesk.kit.runtime import BackgroundLoop, ConsumerSpec, ServiceRuntime
from printdesk.notify.adapters import orm
from printdesk.notify.adapters.renderer import JinjaEmailRenderer
from printdesk.notify.adapters.smtp import SmtpMailer
from printdesk.notify.adapters.uow import unit_of_work_class
from printdesk.notify.config import NotifySettings
from printdesk.notify.domain.model import MessageStatus, RetryPolicy
from printdesk.notify.entrypoints import api, consumers
from printdesk.notify.entrypoints.sender import Sender
from printdesk.notify.service_layer.ports import EmailRenderer, Mailer

SERVICE = "notify"
VERSION = "0.1.0"


def build_runtime(
    settings: NotifySettings, *, mailer: Mailer | None = None, renderer: EmailRenderer | None = None
) -> ServiceRuntime:
    orm.start_mappers()
    mailer = mailer or SmtpMailer(
        host=settings.smtp_host, port=settings.smtp_port, sender=settings.smtp_from,
        username=settings.smtp_username, password=settings.smtp_password, starttls=settings.smtp_starttls,
    )
    renderer = renderer or JinjaEmailRenderer(public_url=settings.public_url)
    sender = Sender(
        mailer, interval_seconds=settings.send_interval_seconds,
        policy=RetryPolicy.of_seconds(settings.retry_delays_seconds),
    )
    return ServiceRuntime(
        SERVICE,
        settings,
        outbox=orm.outbox,
        inbox=orm.inbox,
        uow_class=unit_of_work_class(sender.wake),
        consumers=[
            ConsumerSpec(durable="jobs-events", stream="JOBS", handlers=consumers.make_handlers(renderer)),
            roster_consumer_spec(),
        ],
        loops=[BackgroundLoop(name="sender", run=sender.run)],
    )


def make_app(
    settings: NotifySettings, *, mailer: Mailer | None = None, renderer: EmailRenderer | None = None
) -> FastAPI:
    renderer = renderer or JinjaEmailRenderer(public_url=settings.public_url)
    runtime = build_runtime(settings, mailer=mailer, renderer=renderer)
    app = create_service_app(runtime, [api.router], title="PrintDesk notify", version=VERSION,
                             diag_targets=DiagTargets(smtp=SmtpTarget(settings.smtp_host, settings.smtp_port)))
    app.state.renderer = renderer  # the admin's test message renders with it
    _email_metrics(app, runtime)
    return app


def _email_metrics(app: FastAPI, runtime: ServiceRuntime) -> None:
    """`printdesk_notify_emails{status}`: messages pending (due now: a number that should stay near 0), scheduled
    (pending, due later: pickup reminders), sent, given up (failed) and cancelled, read from the database."""
    emails = app.state.metrics.gauge(
        "printdesk_notify_emails", "E-mails by status (pending = due now, scheduled, sent, failed, cancelled).",
        ("status",))
    messages = orm.messages
    status = sa.case((sa.and_(messages.c.status == MessageStatus.PENDING, messages.c.next_attempt_at > sa.func.now()),
                      "scheduled"), else_=messages.c.status)

    async def refresh() -> None:
        async with runtime.session_factory() as session:
            rows = (await session.execute(sa.select(status, sa.func.count()).group_by(status))).all()
        found = {str(name): count for name, count in rows}
        for name in (*(s.value for s in MessageStatus), "scheduled"):
            emails.labels(SERVICE, name).set(found.get(name, 0))

    app.state.metrics.on_scrape(refresh)
