"""What both benchmark stacks share: processes started in a scratch directory (each logging to
`log/<name>.log`), an embedded PostgreSQL and NATS, and a stop in reverse order, also when starting fails."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path
from typing import Self

from printdesk.devstack.servers import (
    EmbeddedNats,
    EmbeddedPostgres,
    create_database,
    database_url,
    free_port,
    stop_process,
)
from printdesk.devstack.stack import repo_root


class ScratchStack:
    """A mixin: the class sets `scratch`, `logs`, `processes`, `_postgres = _nats = None`, and `start()`."""

    scratch: Path
    logs: Path
    processes: dict[str, subprocess.Popen]
    _postgres: EmbeddedPostgres | None
    _nats: EmbeddedNats | None

    def start(self) -> Self:
        raise NotImplementedError

    def _start_servers(self, databases: list[str]) -> dict[str, str]:
        """PostgreSQL (with these databases) and NATS; each database's URL."""
        self.scratch.mkdir(parents=True, exist_ok=True)
        self.scratch.chmod(0o755)  # the embedded PostgreSQL runs as its own user
        self._postgres = EmbeddedPostgres(self.scratch / "pg", free_port(), self.logs / "postgres.log")
        self._postgres.start()
        urls = {}
        for name in databases:
            create_database(self._postgres.url(), name)
            urls[name] = database_url(self._postgres.url(), name)
        self._nats = EmbeddedNats(self.scratch / "nats", free_port(), free_port(), self.logs / "nats.log")
        self._nats.start()
        return urls

    def _spawn(self, name: str, argv: list[str], env: dict[str, str]) -> subprocess.Popen:
        self.logs.mkdir(parents=True, exist_ok=True)
        log = open(self.logs / f"{name}.log", "ab")  # noqa: SIM115 - handed to the child
        process = subprocess.Popen(argv, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=repo_root(),
                                   start_new_session=True)
        self.processes[name] = process
        return process

    def _stop_own(self) -> None:
        """What the stack started besides its processes, PostgreSQL and NATS."""

    def stop(self) -> None:
        for name in reversed(list(self.processes)):
            stop_process(self.processes[name])
        self._stop_own()
        if self._nats:
            self._nats.stop()
        if self._postgres:
            self._postgres.stop()
        time.sleep(0.1)

    def __enter__(self) -> Self:
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc: object) -> None:
        self.stop()
