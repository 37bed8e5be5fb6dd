"""`make up` checks every port it will listen on before it starts anything, and says what to do."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from printdesk.devstack.servers import free_port
from printdesk.devstack.stack import StackConfig, run_foreground


@contextmanager
def listening(port: int) -> Iterator[None]:
    """Another program listening on `port`."""
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", port))
        s.listen()
        yield


def _free_block() -> int:
    """A base port whose whole internal block (base+1 … base+32) is free."""
    for _ in range(100):
        base = free_port() // 100 * 100
        if base > 1100 and all(_free(base + i) for i in range(1, 33)):
            return base
    raise RuntimeError("no free block of ports")


def _free(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) != 0


def _config(tmp_path: Path, gateway_port: int, base_port: int, **env: str) -> StackConfig:
    return StackConfig(root=tmp_path, var=tmp_path / "var", gateway_port=gateway_port, base_port=base_port,
                       env=env)


def test_a_taken_gateway_port_stops_make_up_before_anything_starts(tmp_path, capsys):
    gateway = free_port()
    with listening(gateway):
        assert run_foreground(_config(tmp_path, gateway, _free_block())) == 1
    err = capsys.readouterr().err
    assert f"Port {gateway} (the gateway) is already in use by another program" in err
    assert f"PRINTDESK_PORT={gateway + 1} make up" in err
    assert "nothing was started" in err
    assert not (tmp_path / "var").exists()  # no database, no log, no folder made


def test_a_taken_internal_port_names_the_part_and_how_to_move_them_all(tmp_path, capsys):
    base = _free_block()
    with listening(base + 2):  # the jobs service's port
        assert run_foreground(_config(tmp_path, free_port(), base)) == 1
    err = capsys.readouterr().err
    assert f"Port {base + 2} (jobs) is already in use" in err
    assert f"PRINTDESK_INTERNAL_PORT_BASE={base + 1000} make up" in err
    assert not (tmp_path / "var").exists()


def test_servers_given_in_the_settings_need_no_port_here(tmp_path):
    base = _free_block()
    config = _config(tmp_path, 8080, base, PRINTDESK_POSTGRES_URL="postgresql://db.example/x",
                     NATS_URL="nats://bus.example:4222", PRINTDESK_SMTP_HOST="mail.example")
    assert set(config.ports_to_open().values()) == {"the gateway", "auth", "jobs", "files", "notify", "web"}
    embedded = _config(tmp_path, 8080, base)
    assert {"postgres", "nats", "NATS monitoring", "the SMTP sink"} <= set(embedded.ports_to_open().values())
    with listening(base + 32):  # where the embedded PostgreSQL would listen: irrelevant with an external one
        assert config.busy_ports() == []
        assert len(embedded.busy_ports()) == 1
