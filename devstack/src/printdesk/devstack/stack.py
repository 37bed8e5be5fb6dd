"""`make up`: the whole PrintDesk system on one machine, no Docker, all state under `var/`.

Starts (or uses, when configured) PostgreSQL, NATS and an SMTP server; applies every service's
migrations; creates the first admin workstation; starts the four services, the web app and the
Traefik gateway; waits until each answers; prints where everything is; and on Ctrl-C or SIGTERM
(`make down`) stops them in reverse order.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from printdesk.devstack.servers import (
    EmbeddedNats,
    EmbeddedPostgres,
    create_database,
    database_url,
    log_tail,
    port_open,
    stop_process,
    venv_bin,
    wait_until,
)

SERVICES = ("auth", "jobs", "files", "notify")
# Every gateway PrintDesk runs (make up, compose.yaml, the benchmarks) takes these flags: request headers whose
# names alias another header's (X_Forwarded_For, X.Forwarded.For) are dropped before routing, so a client
# cannot slip a look-alike of a header the gateway sets past it; a NUL encoded in a path is refused.
GATEWAY_HARDENING = (
    "--entrypoints.web.http.aliasHeadersStrategy=delete",
    "--entrypoints.web.http.encodedCharacters.allowEncodedNullCharacter=false",
)
_OFFSETS = {"auth": 1, "jobs": 2, "files": 3, "notify": 4, "web": 10, "nats": 22, "nats_monitor": 23,
            "smtp": 25, "postgres": 32}


def repo_root() -> Path:
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "Makefile").exists() and (parent / "services").is_dir():
            return parent
    return Path.cwd()


class StackError(RuntimeError):
    """`make up` cannot start; the message says why and what to do."""


@dataclass
class StackConfig:
    root: Path
    var: Path
    gateway_port: int
    base_port: int
    env: dict[str, str] = field(default_factory=lambda: dict(os.environ))

    @classmethod
    def from_env(cls) -> StackConfig:
        root = repo_root()
        return cls(
            root=root,
            var=Path(os.environ.get("PRINTDESK_VAR_DIR", root / "var")).resolve(),
            gateway_port=int(os.environ.get("PRINTDESK_PORT", "8080")),
            base_port=int(os.environ.get("PRINTDESK_INTERNAL_PORT_BASE", "18100")),
        )

    def port(self, name: str) -> int:
        return self.base_port + _OFFSETS[name]

    @property
    def public_url(self) -> str:
        return self.env.get("PRINTDESK_PUBLIC_URL", f"http://127.0.0.1:{self.gateway_port}")

    @property
    def state_file(self) -> Path:
        return self.var / "run" / "stack.json"

    @property
    def given_database_urls(self) -> dict[str, str]:
        return {svc: self.env[f"PRINTDESK_{svc.upper()}_DATABASE_URL"] for svc in SERVICES
                if self.env.get(f"PRINTDESK_{svc.upper()}_DATABASE_URL")}

    @property
    def embedded_postgres(self) -> bool:
        return len(self.given_database_urls) < len(SERVICES) and not self.env.get("PRINTDESK_POSTGRES_URL")

    @property
    def embedded_nats(self) -> bool:
        return not self.env.get("NATS_URL")

    @property
    def embedded_smtp(self) -> bool:
        return not self.env.get("PRINTDESK_SMTP_HOST")

    def ports_to_open(self) -> dict[int, str]:
        """Every port `make up` will listen on, with what listens there."""
        wanted = {self.gateway_port: "the gateway"}
        internal = [*SERVICES, "web"]
        internal += ["postgres"] if self.embedded_postgres else []
        internal += ["nats", "nats_monitor"] if self.embedded_nats else []
        internal += ["smtp"] if self.embedded_smtp else []
        for name in internal:
            wanted[self.port(name)] = {"nats_monitor": "NATS monitoring", "smtp": "the SMTP sink"}.get(name, name)
        return wanted

    def busy_ports(self) -> list[str]:
        """What is in the way before anything starts: each port another program already listens on."""
        problems = []
        for port, what in self.ports_to_open().items():
            if not port_open(port):
                continue
            if port == self.gateway_port:
                problems.append(f"Port {port} ({what}) is already in use by another program. Stop it, or choose "
                                f"another port: PRINTDESK_PORT={port + 1} make up")
            else:
                problems.append(f"Port {port} ({what}) is already in use by another program. PrintDesk's internal "
                                f"ports are {self.base_port}+1 … {self.base_port}+{max(_OFFSETS.values())}; move "
                                f"them all with PRINTDESK_INTERNAL_PORT_BASE={self.base_port + 1000} make up")
        return problems


@dataclass
class Part:
    name: str
    where: str
    process: subprocess.Popen | None = None
    external: bool = False


class Stack:
    def __init__(self, config: StackConfig) -> None:
        self.config = config
        self.parts: list[Part] = []
        self._postgres: EmbeddedPostgres | None = None
        self._nats: EmbeddedNats | None = None
        self.database_urls: dict[str, str] = {}
        self.nats_url = ""
        self.smtp = ("", 0)

    # ---- helpers -----------------------------------------------------------------------------
    def _log(self, name: str):  # noqa: ANN202
        path = self.config.var / "log" / f"{name}.log"
        path.parent.mkdir(parents=True, exist_ok=True)
        return open(path, "ab")  # noqa: SIM115 - handed to the child

    def _spawn(self, name: str, argv: list[str], where: str, env: dict[str, str], cwd: Path | None = None) -> Part:
        process = subprocess.Popen(
            argv, cwd=cwd or self.config.root, env=env, stdout=self._log(name), stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        part = Part(name, where, process)
        self.parts.append(part)
        return part

    def service_env(self) -> dict[str, str]:
        c = self.config
        env = dict(c.env)
        env.update({
            "NATS_URL": self.nats_url,
            "PRINTDESK_AUTH_JWKS_URL": f"http://127.0.0.1:{c.port('auth')}/api/v1/auth/jwks",
            "PRINTDESK_FILES_URL": f"http://127.0.0.1:{c.port('files')}",
            "PRINTDESK_STORAGE_ROOT": env.get("PRINTDESK_STORAGE_ROOT", str(c.var / "storage")),
            "PRINTDESK_SMTP_HOST": self.smtp[0],
            "PRINTDESK_SMTP_PORT": str(self.smtp[1]),
            "PRINTDESK_PUBLIC_URL": c.public_url,
            "PRINTDESK_COOKIE_SECURE": env.get("PRINTDESK_COOKIE_SECURE", "false"),
        })
        for svc, url in self.database_urls.items():
            env[f"PRINTDESK_{svc.upper()}_DATABASE_URL"] = url
        return env

    # ---- the parts, in start order -------------------------------------------------------------
    def start_postgres(self) -> None:
        c = self.config
        given = c.given_database_urls
        admin_url = c.env.get("PRINTDESK_POSTGRES_URL")
        if c.embedded_postgres:
            self._postgres = EmbeddedPostgres(c.var / "postgres", c.port("postgres"), c.var / "log" / "postgres.log")
            self._postgres.start()
            admin_url = self._postgres.url()
            self.parts.append(Part("postgres", f"127.0.0.1:{c.port('postgres')} (data in var/postgres)",
                                   self._postgres.process))
        else:
            self.parts.append(Part("postgres", "external (from settings)", external=True))
        for svc in SERVICES:
            if svc in given:
                self.database_urls[svc] = given[svc]
            else:
                create_database(admin_url, f"printdesk_{svc}")
                self.database_urls[svc] = database_url(admin_url, f"printdesk_{svc}")

    def start_nats(self) -> None:
        c = self.config
        if not c.embedded_nats:
            self.nats_url = c.env["NATS_URL"]
            self.parts.append(Part("nats", f"{self.nats_url} (external)", external=True))
            return
        self._nats = EmbeddedNats(c.var / "nats", c.port("nats"), c.port("nats_monitor"), c.var / "log" / "nats.log")
        self._nats.start()
        self.nats_url = self._nats.url
        self.parts.append(Part("nats", f"{self.nats_url} JetStream (data in var/nats)", self._nats.process))

    def start_smtp(self) -> None:
        c = self.config
        if not c.embedded_smtp:
            self.smtp = (c.env["PRINTDESK_SMTP_HOST"], int(c.env.get("PRINTDESK_SMTP_PORT", "25")))
            self.parts.append(Part("smtp", f"{self.smtp[0]}:{self.smtp[1]} (external)", external=True))
            return
        port = c.port("smtp")
        part = self._spawn(
            "smtp", [sys.executable, "-m", "printdesk.devstack.smtp_sink", "--dir", str(c.var / "mail"),
                     "--port", str(port)],
            f"127.0.0.1:{port} sink (every message in var/mail/*.eml)", dict(c.env),
        )
        wait_until(lambda: port_open(port), 15, "SMTP sink", part.process, c.var / "log" / "smtp.log")
        self.smtp = ("127.0.0.1", port)

    def migrate(self) -> None:
        env = self.service_env()
        for svc in SERVICES:
            result = subprocess.run([venv_bin(f"printdesk-{svc}"), "migrate"], env=env, capture_output=True, text=True)
            if result.returncode != 0:
                raise RuntimeError(f"migrations of {svc} failed:\n{result.stderr[-3000:]}")

    def bootstrap_admin(self) -> str:
        result = subprocess.run([venv_bin("printdesk-auth"), "bootstrap-admin"], env=self.service_env(),
                                capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"creating the admin workstation failed:\n{result.stderr[-3000:]}")
        return result.stdout.strip()

    def start_services(self) -> None:
        env = self.service_env()
        for svc in SERVICES:
            port = self.config.port(svc)
            self._spawn(svc, [venv_bin(f"printdesk-{svc}"), "serve", "--host", "127.0.0.1", "--port", str(port)],
                        f"127.0.0.1:{port}", env)

    def start_web(self) -> None:
        c = self.config
        web = c.root / "web"
        if not (web / ".next" / "BUILD_ID").exists():
            raise RuntimeError("the web app is not built; run `make up` (it builds it) or `make web`")
        port = c.port("web")
        env = dict(c.env, PORT=str(port), HOSTNAME="127.0.0.1", NODE_ENV="production")
        self._spawn("web", [str(web / "node_modules" / ".bin" / "next"), "start", "-H", "127.0.0.1", "-p", str(port)],
                    f"127.0.0.1:{port}", env, cwd=web)

    def start_gateway(self) -> None:
        c = self.config
        env = dict(c.env)
        for svc in SERVICES:
            env[f"PRINTDESK_UPSTREAM_{svc.upper()}"] = f"http://127.0.0.1:{c.port(svc)}"
        env["PRINTDESK_UPSTREAM_WEB"] = f"http://127.0.0.1:{c.port('web')}"
        self._spawn(
            "gateway",
            [venv_bin("traefik"), f"--entrypoints.web.address=127.0.0.1:{c.gateway_port}",
             f"--providers.file.filename={c.root / 'gateway' / 'dynamic.yml'}", "--providers.file.watch=true",
             "--global.checkNewVersion=false", "--global.sendAnonymousUsage=false", "--log.level=WARN",
             # A 50 MB model on a slow student uplink takes longer than Traefik's default 60 s read timeout.
             "--entrypoints.web.transport.respondingTimeouts.readTimeout=10m", *GATEWAY_HARDENING],
            f"http://127.0.0.1:{c.gateway_port}", env,
        )

    def wait_healthy(self, timeout: float = 90) -> None:
        c = self.config
        checks = {svc: f"http://127.0.0.1:{c.port(svc)}/api/v1/{svc}/health" for svc in SERVICES}
        checks["web"] = f"http://127.0.0.1:{c.port('web')}/"
        # Traefik answers before its routes load: wait on routed URLs, one per upstream.
        checks["gateway"] = f"http://127.0.0.1:{c.gateway_port}/api/v1/jobs/health"
        checks["gateway→web"] = f"http://127.0.0.1:{c.gateway_port}/"
        deadline = time.monotonic() + timeout
        pending = dict(checks)
        while pending:
            for part in self.parts:
                if part.process is not None and part.process.poll() is not None:
                    tail = log_tail(c.var / "log" / f"{part.name}.log")
                    raise RuntimeError(f"{part.name} exited (code {part.process.returncode}); "
                                       f"var/log/{part.name}.log ends:\n{tail}")
            for name, url in list(pending.items()):
                try:
                    if httpx.get(url, timeout=2).status_code == 200:
                        del pending[name]
                except httpx.HTTPError:
                    pass
            if pending and time.monotonic() > deadline:
                raise TimeoutError(f"not healthy after {timeout:.0f}s: {', '.join(pending)}")
            time.sleep(0.2)

    # ---- whole-stack operations ----------------------------------------------------------------
    def up(self) -> str:
        c = self.config
        if busy := c.busy_ports():
            raise StackError("\n  ".join(["nothing was started:", *busy]))
        for sub in ("log", "run", "mail"):
            (c.var / sub).mkdir(parents=True, exist_ok=True)
        self.start_postgres()
        self.start_nats()
        self.start_smtp()
        self.migrate()
        admin_note = self.bootstrap_admin()
        self.start_services()
        self.start_web()
        self.start_gateway()
        self.wait_healthy()
        c.state_file.write_text(json.dumps({
            "pid": os.getpid(), "url": c.public_url, "gateway_port": c.gateway_port,
            "parts": {p.name: p.where for p in self.parts},
        }, indent=2))
        return admin_note

    def down(self) -> None:
        for part in reversed(self.parts):
            if part.name == "postgres" and self._postgres is not None:
                self._postgres.stop()
            elif part.name == "nats" and self._nats is not None:
                self._nats.stop()
            else:
                stop_process(part.process)
        self.config.state_file.unlink(missing_ok=True)

    def status_table(self) -> str:
        rows = [("part", "state", "where")]
        for part in self.parts:
            state = "external" if part.external else ("up" if part.process and part.process.poll() is None else "down")
            rows.append((part.name, state, part.where))
        widths = [max(len(r[i]) for r in rows) for i in range(3)]
        return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows)


def run_foreground(config: StackConfig) -> int:
    stack = Stack(config)
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        admin_note = stack.up()
    except Exception as exc:
        print(f"\nPrintDesk could not start: {exc}", file=sys.stderr, flush=True)
        stack.down()
        return 1
    print(stack.status_table())
    if admin_note:
        print(f"\n{admin_note}")
    print(f"\nPrintDesk is ready at {config.public_url}  (logs in {config.var / 'log'}; Ctrl-C or `make down` stops it)",
          flush=True)
    while not stop.wait(1):
        for part in stack.parts:
            if part.process is not None and part.process.poll() is not None and not getattr(part, "_reported", False):
                print(f"warning: {part.name} exited with code {part.process.returncode}; see var/log/{part.name}.log",
                      file=sys.stderr, flush=True)
                part._reported = True  # type: ignore[attr-defined]
    print("\nStopping PrintDesk…", flush=True)
    stack.down()
    print("Stopped. Data is kept in", config.var, flush=True)
    return 0
