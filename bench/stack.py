"""What the upload benchmark runs, started in a scratch directory and stopped afterwards: PostgreSQL, NATS,
the files service (`printdesk-files serve`), Traefik with gateway/dynamic.yml, and the baseline sink.

Two gateways on the same gateway/dynamic.yml: `gateway` started as `make up` starts it (a 10-minute read
timeout), and `gateway_as_is` with Traefik's default timeouts, to show what those do to a slow upload.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from bench.scratch import ScratchStack
from printdesk.devstack.servers import (
    EmbeddedNats,
    EmbeddedPostgres,
    free_port,
    port_open,
    venv_bin,
    wait_until,
)
from printdesk.devstack.stack import GATEWAY_HARDENING, SERVICES, repo_root

# Traefik 3 ends any request still being read after 60 s (504): a 50 MB upload on a slow student uplink
# takes longer. The streaming gateway reads for up to 10 minutes instead (a static, entry-point setting).
STREAMING_ENTRYPOINT = ("--entrypoints.web.transport.respondingTimeouts.readTimeout=10m",)


@dataclass
class BenchStack(ScratchStack):
    scratch: Path
    max_upload_mb: int = 2048
    files_port: int = field(default_factory=free_port)
    gateway_port: int = field(default_factory=free_port)
    gateway_as_is_port: int = field(default_factory=free_port)
    sink_port: int = field(default_factory=free_port)
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._postgres: EmbeddedPostgres | None = None
        self._nats: EmbeddedNats | None = None
        self.storage = self.scratch / "storage"
        self.logs = self.scratch / "log"

    # ---- parts -------------------------------------------------------------------------------------
    def _files_env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update({
            "PRINTDESK_FILES_DATABASE_URL": self.database_url,
            "NATS_URL": self._nats.url if self._nats else "",
            "PRINTDESK_STORAGE_ROOT": str(self.storage),
            "PRINTDESK_FILES_MAX_UPLOAD_MB": str(self.max_upload_mb),
            "PRINTDESK_LOG_LEVEL": "WARNING",
        })
        return env

    def _gateway(self, name: str, port: int, config: Path, *extra: str) -> None:
        env = dict(os.environ)
        for svc in SERVICES:  # only files answers; the others' routes are not used here
            env[f"PRINTDESK_UPSTREAM_{svc.upper()}"] = f"http://127.0.0.1:{self.files_port if svc == 'files' else 9}"
        env["PRINTDESK_UPSTREAM_WEB"] = "http://127.0.0.1:9"
        process = self._spawn(name, [
            venv_bin("traefik"), f"--entrypoints.web.address=127.0.0.1:{port}",
            f"--providers.file.filename={config}", "--global.checkNewVersion=false",
            "--global.sendAnonymousUsage=false", "--log.level=WARN", *GATEWAY_HARDENING, *extra,
        ], env)
        # Traefik answers before its routes load: wait on a routed URL.
        url = f"http://127.0.0.1:{port}/api/v1/files/health"
        wait_until(lambda: httpx.get(url, timeout=2).status_code == 200, 30, name, process)

    def start(self) -> BenchStack:
        self.database_url = self._start_servers(["printdesk_files"])["printdesk_files"]
        migrate = subprocess.run([venv_bin("printdesk-files"), "migrate"], env=self._files_env(),
                                 capture_output=True, text=True)
        if migrate.returncode != 0:
            raise RuntimeError(f"files migrations failed:\n{migrate.stderr[-2000:]}")
        files = self._spawn("files", [venv_bin("printdesk-files"), "serve", "--host", "127.0.0.1",
                                      "--port", str(self.files_port)], self._files_env())
        health = f"http://127.0.0.1:{self.files_port}/api/v1/files/health"
        wait_until(lambda: httpx.get(health, timeout=2).status_code == 200, 60, "files service", files)

        original = repo_root() / "gateway" / "dynamic.yml"
        self._gateway("gateway", self.gateway_port, original, *STREAMING_ENTRYPOINT)
        self._gateway("gateway-as-is", self.gateway_as_is_port, original)

        sink = self._spawn("sink", [sys.executable, "-m", "bench.sink", "--port", str(self.sink_port),
                                    "--dir", str(self.scratch / "sink")], dict(os.environ))
        wait_until(lambda: port_open(self.sink_port), 10, "baseline sink", sink)
        return self

    @property
    def files_pid(self) -> int:
        return self.processes["files"].pid

    def clear_staging(self) -> None:
        for path in (self.storage / ".incoming").glob("*"):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

