"""The load client of the dashboard benchmark, run as its own process: `python -m bench.loadgen …`.

Plain asyncio (uvloop when installed) over raw HTTP/1.1 keep-alive sockets: each of `--concurrency`
connections sends a GET, reads the whole answer (Content-Length or chunked), and sends the next, cycling
through the paths given. Nothing is parsed beyond the status line and the framing headers, so the client
costs little per request; `--serve-trivial` starts the cheapest possible server to measure that cost.

Prints one JSON object: requests, errors (non-2xx or broken connections), requests/s, latency p50/p95/p99
in ms and bytes per response (body), over the measured window (after `--warmup`).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from urllib.parse import urlsplit


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


async def _read_answer(reader: asyncio.StreamReader) -> tuple[int, int, bool]:
    """(status, body bytes, connection kept alive) of one response."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    length, chunked, keep = None, False, True
    for line in lines[1:]:
        name, _, value = line.partition(":")
        name = name.strip().lower()
        if name == "content-length":
            length = int(value)
        elif name == "transfer-encoding" and "chunked" in value.lower():
            chunked = True
        elif name == "connection" and value.strip().lower() == "close":
            keep = False
    if chunked:
        size = 0
        while True:
            line = await reader.readuntil(b"\r\n")
            n = int(line.split(b";")[0], 16)
            await reader.readexactly(n + 2)
            size += n
            if n == 0:
                return status, size, keep
    if length is None:
        body = await reader.read()
        return status, len(body), False
    await reader.readexactly(length)
    return status, length, keep


async def _connection(host: str, port: int, requests: list[bytes], offset: int, stop_at: float, measure_from: float,
                      out: dict) -> None:
    reader = writer = None
    i = offset
    while time.perf_counter() < stop_at:
        request = requests[i % len(requests)]
        i += 1
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection(host, port)
            started = time.perf_counter()
            writer.write(request)
            status, size, keep = await _read_answer(reader)
            ended = time.perf_counter()
        except (OSError, asyncio.IncompleteReadError, ValueError, IndexError):
            if time.perf_counter() >= measure_from:
                out["errors"] += 1
            if writer is not None:
                writer.close()
            reader = writer = None
            await asyncio.sleep(0.01)
            continue
        if started >= measure_from and ended <= stop_at:
            out["latencies"].append(ended - started)
            out["bytes"] += size
            if not 200 <= status < 300:
                out["errors"] += 1
                out["statuses"][status] = out["statuses"].get(status, 0) + 1
        if not keep:
            writer.close()
            reader = writer = None
    if writer is not None:
        writer.close()


async def run(base: str, paths: list[str], headers: list[str], concurrency: int, seconds: float,
              warmup: float) -> dict:
    url = urlsplit(base)
    host, port = url.hostname or "127.0.0.1", url.port or 80
    extra = "".join(f"{h}\r\n" for h in headers)
    requests = [f"GET {p} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: application/json\r\n{extra}\r\n".encode()
                for p in paths]
    now = time.perf_counter()
    measure_from, stop_at = now + warmup, now + warmup + seconds
    out: dict = {"latencies": [], "errors": 0, "bytes": 0, "statuses": {}}
    await asyncio.gather(*(_connection(host, port, requests, k * 7, stop_at, measure_from, out)
                           for k in range(concurrency)))
    done = out["latencies"]
    return {
        "concurrency": concurrency, "seconds": seconds, "requests": len(done), "errors": out["errors"],
        "statuses": out["statuses"], "rps": len(done) / seconds,
        "p50_ms": percentile(done, 50) * 1000, "p95_ms": percentile(done, 95) * 1000,
        "p99_ms": percentile(done, 99) * 1000,
        "bytes_per_response": out["bytes"] / len(done) if done else 0,
    }


async def serve_trivial(port: int) -> None:
    """The cheapest HTTP/1.1 keep-alive server: a fixed 2-byte JSON answer to every request."""
    answer = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                await reader.readuntil(b"\r\n\r\n")
                writer.write(answer)
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", port)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


def _event_loop() -> None:
    try:
        import uvloop
    except ImportError:  # pragma: no cover - plain asyncio then
        return
    asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.loadgen", description=__doc__)
    parser.add_argument("--base", help="e.g. http://127.0.0.1:8080")
    parser.add_argument("--path", action="append", default=[], help="a path to GET (repeat; cycled through)")
    parser.add_argument("--header", action="append", default=[], help="'Name: value' sent with every request")
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--warmup", type=float, default=1.0)
    parser.add_argument("--serve-trivial", type=int, metavar="PORT", help="run the trivial server instead")
    args = parser.parse_args(argv)
    _event_loop()
    if args.serve_trivial:
        asyncio.run(serve_trivial(args.serve_trivial))
        return 0
    if not args.base or not args.path:
        parser.error("--base and at least one --path are needed")
    result = asyncio.run(run(args.base, args.path, args.header, args.concurrency, args.seconds, args.warmup))
    json.dump(result, sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
