"""The one composition root of the files service."""

from __future__ import annotations

from datetime import timedelta

from fastapi import FastAPI

from printdesk.files.adapters import orm
from printdesk.files.adapters.analysis import TrimeshAnalyzer
from printdesk.files.adapters.storage import LocalStorage
from printdesk.files.adapters.uow import FilesUnitOfWork
from printdesk.files.config import FilesSettings
from printdesk.files.entrypoints import api, consumers, open_links, storage_routes
from printdesk.files.entrypoints.move_finisher import MoveFinisher
from printdesk.files.entrypoints.sweeper import StagingSweeper
from printdesk.files.service_layer.handlers import UploadLimits
from printdesk.files.service_layer.moves import FilePolicy
from printdesk.kit.app import create_service_app
from printdesk.kit.diag import DiagTargets, StorageTarget
from printdesk.kit.roster import roster_consumer_spec
from printdesk.kit.runtime import BackgroundLoop, ConsumerSpec, ServiceRuntime

SERVICE = "files"
VERSION = "0.1.0"


def make_app(settings: FilesSettings) -> FastAPI:
    storage = LocalStorage(settings.storage_root)
    policy = FilePolicy(allowed_extensions=settings.candidate_extensions,
                        extension_priority=settings.candidate_priority)
    sweeper = StagingSweeper(
        storage, max_age=timedelta(hours=settings.staging_max_age_hours),
        interval_seconds=settings.staging_sweep_interval_seconds,
    )
    finisher = MoveFinisher(
        storage, policy, interval_seconds=settings.move_finisher_interval_seconds,
        grace=timedelta(seconds=settings.move_finisher_grace_seconds),
    )
    runtime = ServiceRuntime(
        SERVICE,
        settings,
        outbox=orm.outbox,
        inbox=orm.inbox,
        uow_class=FilesUnitOfWork,
        consumers=[
            ConsumerSpec(durable="jobs-events", stream="JOBS",
                         handlers=consumers.handlers_for(storage, policy, finisher.wake)),
            roster_consumer_spec(),
        ],
        loops=[BackgroundLoop(name="staging-sweeper", run=sweeper.run),
               BackgroundLoop(name="move-finisher", run=finisher.run)],
    )
    app = create_service_app(
        runtime, [api.router, open_links.router, storage_routes.router], title="PrintDesk files", version=VERSION,
        diag_targets=DiagTargets(storage=StorageTarget(settings.storage_root, settings.min_free_bytes)),
    )
    app.state.upload_bytes = app.state.metrics.counter(
        "printdesk_files_upload_bytes", "Bytes of the model files accepted by uploads.")
    app.state.storage = storage
    app.state.file_policy = policy
    app.state.analyzer = TrimeshAnalyzer()
    app.state.sweeper = sweeper
    app.state.move_finisher = finisher
    app.state.upload_limits = UploadLimits(
        max_bytes=settings.max_upload_bytes, analysis_max_bytes=settings.analysis_max_bytes,
    )
    return app
