"""The baseline of the upload benchmark: the plainest HTTP receiver that copies a request body to disk.

`python -m bench.sink --port P --dir D` answers each POST by writing its body (Content-Length bytes,
received straight into a 1 MB buffer) to a file in D, fsyncing it like the files service does, deleting
it and replying 201. No parsing, no hashing, no framework: what the machine can do over loopback.
"""

from __future__ import annotations

import argparse
import os
import socket
from pathlib import Path

BUFFER = 1024 * 1024


def _receive(conn: socket.socket, directory: Path) -> None:
    head = b""
    while b"\r\n\r\n" not in head:
        chunk = conn.recv(65536)
        if not chunk:
            return
        head += chunk
    headers, _, rest = head.partition(b"\r\n\r\n")
    length = next(
        int(line.split(b":", 1)[1]) for line in headers.split(b"\r\n") if line.lower().startswith(b"content-length:")
    )
    target = directory / "upload.bin"
    buffer = bytearray(BUFFER)
    view = memoryview(buffer)
    with open(target, "wb") as f:
        f.write(rest)
        remaining = length - len(rest)
        while remaining > 0:
            n = conn.recv_into(view, min(BUFFER, remaining))
            if n == 0:
                break
            f.write(view[:n])
            remaining -= n
        f.flush()
        os.fsync(f.fileno())
    target.unlink()
    body = b'{"received": %d}' % (length - remaining)
    conn.sendall(b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: %d\r\n"
                 b"Connection: close\r\n\r\n%s" % (len(body), body))


def serve(port: int, directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    with socket.create_server(("127.0.0.1", port)) as server:
        while True:
            conn, _ = server.accept()
            with conn:
                _receive(conn, directory)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dir", type=Path, required=True)
    args = parser.parse_args()
    serve(args.port, args.dir)


if __name__ == "__main__":
    main()
