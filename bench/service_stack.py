"""What the dashboard and event-pipeline benchmarks run, in a scratch directory, stopped afterwards.

PostgreSQL and NATS (embedded), the SMTP sink, the jobs and notify services as `printdesk-<svc> serve` (as
`make up` starts them), Traefik with gateway/dynamic.yml unchanged, and a small JWKS endpoint standing in for
the auth service: the benchmark signs its own staff tokens (`TokenMint`) and the services trust that key.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

from bench.scratch import ScratchStack
from printdesk.auth.adapters.signing import jwks
from printdesk.devstack.servers import (
    EmbeddedNats,
    EmbeddedPostgres,
    free_port,
    port_open,
    stop_process,
    venv_bin,
    wait_until,
)
from printdesk.devstack.stack import GATEWAY_HARDENING, SERVICES, repo_root
from printdesk.devstack.testing import TokenMint


def serve_jwks(document: dict) -> ThreadingHTTPServer:
    """An HTTP server answering every GET with `document` (the services fetch their signing keys here)."""
    body = json.dumps(document).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's hook name
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@dataclass
class ServiceStack(ScratchStack):
    scratch: Path
    services: tuple[str, ...] = ("jobs", "notify")
    gateway_port: int = field(default_factory=free_port)
    smtp_port: int = field(default_factory=free_port)
    ports: dict[str, int] = field(default_factory=lambda: {svc: free_port() for svc in SERVICES})
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.mint = TokenMint()
        self.logs = self.scratch / "log"
        self.mail = self.scratch / "mail"
        self._postgres: EmbeddedPostgres | None = None
        self._nats: EmbeddedNats | None = None
        self._jwks: ThreadingHTTPServer | None = None
        self.database_urls: dict[str, str] = {}

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.gateway_port}"

    @property
    def nats_url(self) -> str:
        assert self._nats is not None
        return self._nats.url

    @property
    def postgres_version(self) -> str:
        assert self._postgres is not None
        out = subprocess.run([str(self._postgres.bin / "postgres"), "--version"], capture_output=True, text=True)
        return out.stdout.strip()

    def headers(self) -> dict[str, str]:
        return self.mint.headers(workstation="bench-desk", role="staff")

    def service_env(self) -> dict[str, str]:
        assert self._jwks is not None
        env = dict(os.environ)
        env.update({
            "NATS_URL": self.nats_url,
            "PRINTDESK_AUTH_JWKS_URL": f"http://127.0.0.1:{self._jwks.server_address[1]}/api/v1/auth/jwks",
            "PRINTDESK_FILES_URL": f"http://127.0.0.1:{self.ports['files']}",
            "PRINTDESK_STORAGE_ROOT": str(self.scratch / "storage"),
            "PRINTDESK_SMTP_HOST": "127.0.0.1",
            "PRINTDESK_SMTP_PORT": str(self.smtp_port),
            "PRINTDESK_PUBLIC_URL": self.base_url,
            "PRINTDESK_LOG_LEVEL": os.environ.get("PRINTDESK_BENCH_LOG_LEVEL", "WARNING"),
        })
        for svc, url in self.database_urls.items():
            env[f"PRINTDESK_{svc.upper()}_DATABASE_URL"] = url
        return env

    def run_cli(self, service: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        result = subprocess.run([venv_bin(f"printdesk-{service}"), *args], env=self.service_env(),
                                capture_output=True, text=True)
        if check and result.returncode != 0:
            raise RuntimeError(f"printdesk-{service} {' '.join(args)} failed:\n{result.stderr[-3000:]}")
        return result

    def start(self) -> ServiceStack:
        urls = self._start_servers([f"printdesk_{svc}" for svc in self.services])
        self.database_urls = {svc: urls[f"printdesk_{svc}"] for svc in self.services}
        self._jwks = serve_jwks(jwks([self.mint.key]))
        sink = self._spawn("smtp", [sys.executable, "-m", "printdesk.devstack.smtp_sink", "--dir", str(self.mail),
                                    "--port", str(self.smtp_port)], dict(os.environ))
        wait_until(lambda: port_open(self.smtp_port), 15, "SMTP sink", sink)
        for svc in self.services:
            self.run_cli(svc, "migrate")
        for svc in self.services:
            self._spawn(svc, [venv_bin(f"printdesk-{svc}"), "serve", "--host", "127.0.0.1",
                              "--port", str(self.ports[svc])], self.service_env())
        for svc in self.services:
            url = f"http://127.0.0.1:{self.ports[svc]}/api/v1/{svc}/health"
            wait_until(lambda url=url: _answers(url), 60, f"{svc} service", self.processes[svc])
        self._start_gateway()
        return self

    def _start_gateway(self) -> None:
        env = dict(os.environ)
        for svc in SERVICES:
            env[f"PRINTDESK_UPSTREAM_{svc.upper()}"] = f"http://127.0.0.1:{self.ports[svc]}"
        env["PRINTDESK_UPSTREAM_WEB"] = "http://127.0.0.1:9"
        process = self._spawn("gateway", [
            venv_bin("traefik"), f"--entrypoints.web.address=127.0.0.1:{self.gateway_port}",
            f"--providers.file.filename={repo_root() / 'gateway' / 'dynamic.yml'}",
            "--global.checkNewVersion=false", "--global.sendAnonymousUsage=false", "--log.level=WARN",
            *GATEWAY_HARDENING,
        ], env)
        # Traefik answers before its routes load: wait on a routed URL.
        wait_until(lambda: _answers(f"{self.base_url}/api/v1/jobs/health"), 30, "gateway", process)

    def restart(self, service: str) -> None:
        """Stop and start one service (after a bulk load, so nothing it caches is stale)."""
        stop_process(self.processes.pop(service))
        self._spawn(service, [venv_bin(f"printdesk-{service}"), "serve", "--host", "127.0.0.1",
                              "--port", str(self.ports[service])], self.service_env())
        url = f"http://127.0.0.1:{self.ports[service]}/api/v1/{service}/health"
        wait_until(lambda: _answers(url), 60, f"{service} service", self.processes[service])

    def pids(self) -> dict[str, int]:
        found = {name: p.pid for name, p in self.processes.items()}
        if self._postgres and self._postgres.process:
            found["postgres"] = self._postgres.process.pid
        return found

    def _stop_own(self) -> None:
        if self._jwks:
            self._jwks.shutdown()


def _answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=2).status_code == 200
    except httpx.HTTPError:
        return False
