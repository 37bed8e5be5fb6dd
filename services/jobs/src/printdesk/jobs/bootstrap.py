"""The one composition root of the jobs service: used by the API, the consumers and the tests."""

from __future__ import annotations

from fastapi import FastAPI

from printdesk.jobs.adapters import orm
from printdesk.jobs.adapters.uow import JobsUnitOfWork
from printdesk.jobs.adapters.uploads_client import HttpUploadLookup
from printdesk.jobs.config import JobsSettings
from printdesk.jobs.domain.tracking import PrintTimeDefaults
from printdesk.jobs.entrypoints import api, consumers
from printdesk.jobs.entrypoints.analytics_consumers import analytics_consumer_spec
from printdesk.jobs.entrypoints.retention_runs import retention_schedule_loop
from printdesk.jobs.entrypoints.stream import JobFeed, feed_loop
from printdesk.kit.app import create_service_app
from printdesk.kit.roster import roster_consumer_spec
from printdesk.kit.runtime import ConsumerSpec, ServiceRuntime

SERVICE = "jobs"
VERSION = "0.1.0"


def build_runtime(settings: JobsSettings, feed: JobFeed | None = None) -> ServiceRuntime:
    orm.start_mappers()
    return ServiceRuntime(
        SERVICE,
        settings,
        outbox=orm.outbox,
        inbox=orm.inbox,
        uow_class=JobsUnitOfWork,
        consumers=[
            ConsumerSpec(durable="files-events", stream="FILES", handlers=consumers.HANDLERS),
            roster_consumer_spec(),
            analytics_consumer_spec(),
        ],
        loops=([feed_loop(feed)] if feed is not None else [])
        + ([retention_schedule_loop(settings)] if settings.retention_daily_at else []),
    )


def make_app(settings: JobsSettings) -> FastAPI:
    feed = JobFeed()
    runtime = build_runtime(settings, feed)
    app = create_service_app(runtime, api.ROUTERS, title="PrintDesk jobs", version=VERSION)
    app.state.job_feed = feed
    app.state.uploads = HttpUploadLookup(settings.files_url)
    app.state.print_time_defaults = PrintTimeDefaults(
        by_method=settings.estimated_print_hours, fallback=settings.estimated_print_hours_fallback
    )
    return app
