"""`python -m bench.uploads` (or `make bench`): the upload and analysis benchmark of issue 3 (see README.md).

Uploads of 200 MB and 1 GB binary STLs through Traefik to the files service, against the same bytes sent
to a plain loopback sink in the same run; the files process's RSS growth while it receives them; the
mesh analysis of a 1M-triangle STL against numpy alone. Prints a table and writes bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import socket
import statistics
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

from bench import analysis
from bench.models import torus_triangles, write_binary_stl, write_bulk_stl
from bench.results import RESULTS, machine_facts, publish, scratch_dir
from bench.stack import BenchStack
from printdesk.devstack.servers import venv_bin

MB = 1024 * 1024
BOUNDARY = "printdesk-bench-boundary"
TARGETS = {"throughput_ratio": 0.5, "rss_growth_mb": 64, "analysis_ratio": 1.5}


@dataclass
class Sent:
    status: int
    body: bytes
    seconds: float
    payload_bytes: int

    @property
    def mb_per_s(self) -> float:
        return self.payload_bytes / MB / self.seconds


def post_file(port: int, path: Path, filename: str, url: str = "/api/v1/uploads") -> Sent:
    """POST the file as multipart/form-data over a raw socket (the kernel sends the file: sendfile)."""
    size = path.stat().st_size
    head = (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\n"
            "Content-Type: model/stl\r\n\r\n").encode()
    tail = f"\r\n--{BOUNDARY}--\r\n".encode()
    request = (f"POST {url} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
               f"Content-Type: multipart/form-data; boundary={BOUNDARY}\r\n"
               f"Content-Length: {len(head) + size + len(tail)}\r\nConnection: close\r\n\r\n").encode()
    with socket.create_connection(("127.0.0.1", port)) as sock, open(path, "rb") as f:
        started = time.perf_counter()
        try:
            sock.sendall(request + head)
            sock.sendfile(f)
            sock.sendall(tail)
        except (BrokenPipeError, ConnectionResetError):
            pass  # answered (and closed) before the whole body went: read that answer
        response = b""
        while chunk := sock.recv(65536):
            response += chunk
        seconds = time.perf_counter() - started
    status = int(response.split(b" ", 2)[1]) if response.startswith(b"HTTP/") else 0
    return Sent(status, response.partition(b"\r\n\r\n")[2], seconds, size)


def slow_upload(port: int, path: Path, seconds: float) -> Sent:
    """POST the file spread evenly over `seconds`, as a student on a slow uplink would."""
    data = path.read_bytes()
    head = (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{path.name}\"\r\n"
            "Content-Type: model/stl\r\n\r\n").encode()
    tail = f"\r\n--{BOUNDARY}--\r\n".encode()
    request = (f"POST /api/v1/uploads HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
               f"Content-Type: multipart/form-data; boundary={BOUNDARY}\r\n"
               f"Content-Length: {len(head) + len(data) + len(tail)}\r\nConnection: close\r\n\r\n").encode()
    pieces = 100
    step = -(-len(data) // pieces)
    started = time.perf_counter()
    response = b""
    with socket.create_connection(("127.0.0.1", port)) as sock:
        try:
            sock.sendall(request + head)
            for i in range(pieces):
                sock.sendall(data[i * step:(i + 1) * step])
                time.sleep(seconds / pieces)
            sock.sendall(tail)
        except OSError:
            pass  # cut off by the other end: read what it answered
        sock.settimeout(30)
        try:
            while chunk := sock.recv(65536):
                response += chunk
        except OSError:
            pass
    status = int(response.split(b" ", 2)[1]) if response.startswith(b"HTTP/") else 0
    return Sent(status, response.partition(b"\r\n\r\n")[2], time.perf_counter() - started, len(data))


class RssWatch:
    """Samples a process's resident memory every few milliseconds while it runs."""

    def __init__(self, pid: int) -> None:
        self.process = psutil.Process(pid)
        self.before = self.process.memory_info().rss
        self.peak = self.before
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.005):
            self.peak = max(self.peak, self.process.memory_info().rss)

    def __enter__(self) -> RssWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.process.memory_info().rss)

    @property
    def growth_mb(self) -> float:
        return (self.peak - self.before) / MB


def upload_rounds(stack: BenchStack, path: Path, repeat: int) -> dict[str, object]:
    baseline, gateway, rss = [], [], []
    for _ in range(repeat):
        base = post_file(stack.sink_port, path, path.name)
        assert base.status == 201, base.body[:300]
        baseline.append(base.mb_per_s)
        with RssWatch(stack.files_pid) as watch:
            sent = post_file(stack.gateway_port, path, path.name)
        assert sent.status == 201, sent.body[:500]
        body = json.loads(sent.body)
        assert body["size_bytes"] == path.stat().st_size
        gateway.append(sent.mb_per_s)
        rss.append(watch.growth_mb)
        stack.clear_staging()
    return {
        "size_mb": path.stat().st_size / MB, "baseline_mb_s": statistics.median(baseline),
        "gateway_mb_s": statistics.median(gateway), "rss_growth_mb": max(rss),
        "ratio": statistics.median(gateway) / statistics.median(baseline), "runs": repeat,
    }


def upload_facts(scratch: Path) -> dict[str, str]:
    """The machine's facts, with what decides an upload's speed: the scratch disk, Traefik, the packages."""
    fs = subprocess.run(["df", "-T", str(scratch)], capture_output=True, text=True).stdout.splitlines()[-1].split()
    traefik = subprocess.run([venv_bin("traefik"), "version"], capture_output=True, text=True).stdout
    versions = {name: _version(name) for name in ("uvicorn", "fastapi", "python-multipart", "trimesh", "numpy")}
    server = ", ".join(f"{name} {'installed' if importlib.util.find_spec(name) else 'not installed'}"
                       for name in ("httptools", "uvloop"))
    return machine_facts(**{
        "disk": f"{fs[1]} on {fs[0]} (scratch in {scratch.parent})",
        "traefik": next((line.split()[-1] for line in traefik.splitlines() if line.startswith("Version")), "?"),
        "packages": ", ".join(f"{k} {v}" for k, v in versions.items()),
        "uvicorn speed-ups": f"{server} (uvicorn uses them when present)",
    })


def _version(name: str) -> str:
    from importlib.metadata import version

    return version(name)


def _mark(ok: bool) -> str:
    return "yes" if ok else "**NO**"


def report(results: dict, facts: dict[str, str]) -> str:
    lines = ["| measure | PrintDesk | baseline | ratio | target | met |", "|---|---|---|---|---|---|"]
    for row in results.get("uploads", []):
        ok = row["ratio"] >= TARGETS["throughput_ratio"]
        lines.append(
            f"| upload {row['size_mb']:.0f} MB through the gateway (median of {row['runs']}) "
            f"| {row['gateway_mb_s']:.0f} MB/s | {row['baseline_mb_s']:.0f} MB/s loopback sink "
            f"| {row['ratio']:.2f} | ≥ 0.50 | {_mark(ok)} |"
        )
        lines.append(
            f"| files RSS growth during the {row['size_mb']:.0f} MB upload (worst run) | {row['rss_growth_mb']:.1f} MB "
            f"| — | — | < 64 MB | {_mark(row['rss_growth_mb'] < TARGETS['rss_growth_mb'])} |"
        )
    if analysed := results.get("analysis"):
        ratio = analysed["service_s"] / analysed["numpy_same_s"]
        lines.append(
            f"| analysis of a {analysed['triangles']:,}-triangle STL (median of 5) | {analysed['service_s'] * 1000:.0f} ms "
            f"| {analysed['numpy_same_s'] * 1000:.0f} ms numpy, same facts | {ratio:.2f} | ≤ 1.5 "
            f"| {_mark(ratio <= TARGETS['analysis_ratio'])} |"
        )
        lines.append(
            f"| ↳ the same against numpy's bare load (np.fromfile only) | {analysed['service_s'] * 1000:.0f} ms "
            f"| {analysed['numpy_load_s'] * 1000:.1f} ms | {analysed['service_s'] / analysed['numpy_load_s']:.0f} "
            "| (for scale) | — |"
        )
        lines.append(
            f"| ↳ trimesh's stock path (load, is_watertight, volume) | {analysed['trimesh_stock_s'] * 1000:.0f} ms "
            f"| {analysed['numpy_same_s'] * 1000:.0f} ms | {analysed['trimesh_stock_s'] / analysed['numpy_same_s']:.1f} "
            "| (not used) | — |"
        )
    if e2e := results.get("end_to_end"):
        lines.append(
            f"| upload + analysis of that STL ({e2e['size_mb']:.0f} MB) through the gateway, end to end "
            f"| {e2e['seconds']:.2f} s | — | — | — | — |"
        )
    if as_is := results.get("as_is"):
        lines.append(
            f"| the same {as_is['size_mb']:.0f} MB upload through gateway/dynamic.yml as it is "
            f"| HTTP {as_is['status']}, {as_is['content_type']} | — | — | — | — |"
        )
    for name, slow in results.get("slow", {}).items():
        lines.append(
            f"| a {slow['size_mb']:.1f} MB upload sent over {slow['seconds']:.0f} s, {name} "
            f"| HTTP {slow['status']} after {slow['elapsed']:.0f} s | — | — | — | — |"
        )
    machine = "\n".join(f"- {k}: {v}" for k, v in facts.items())
    return "\n".join(lines) + "\n\nMachine:\n" + machine + "\n"


def slow_checks(stack: BenchStack, scratch: Path, seconds: float) -> dict[str, dict]:
    """A small upload sent slowly through both gateways at once: Traefik's default 60 s read timeout ends it."""
    path = scratch / "slow.stl"
    write_bulk_stl(path, 2 * MB)
    gateways = {
        "gateway/dynamic.yml as it is, Traefik's default timeouts": stack.gateway_as_is_port,
        "streaming gateway with readTimeout=10m": stack.gateway_port,
    }
    results: dict[str, dict] = {}

    def run(name: str, port: int) -> None:
        sent = slow_upload(port, path, seconds)
        results[name] = {"size_mb": path.stat().st_size / MB, "seconds": seconds, "status": sent.status,
                         "elapsed": sent.seconds}

    threads = [threading.Thread(target=run, args=item) for item in gateways.items()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {name: results[name] for name in gateways}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.uploads", description=__doc__)
    parser.add_argument("--sizes-mb", default="200,1024", help="upload sizes in MB (default 200,1024)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per upload size (median reported)")
    parser.add_argument("--skip-uploads", action="store_true")
    parser.add_argument("--skip-analysis", action="store_true")
    parser.add_argument("--slow-seconds", type=float, default=70,
                        help="length of the slow-client check (0 skips it; default 70, past Traefik's 60 s)")
    parser.add_argument("--results", type=Path, default=RESULTS,
                        help="the results file whose `uploads` section this run replaces (default bench/RESULTS.md); '-' for none")
    parser.add_argument("--keep", action="store_true", help="keep the scratch directory (logs, data)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes_mb.split(",") if s]

    results: dict = {}
    with scratch_dir("uploads", keep=args.keep) as scratch:
        torus = scratch / "torus-1m.stl"
        write_binary_stl(torus, torus_triangles())
        if not args.skip_analysis:
            print("analysis: 1,000,000-triangle torus …", flush=True)
            results["analysis"] = analysis.run(torus)
        if not args.skip_uploads:
            with BenchStack(scratch / "stack") as stack:
                results["uploads"] = []
                for size in sizes:
                    path = scratch / f"bulk-{size}mb.stl"
                    write_bulk_stl(path, size * MB)
                    print(f"upload: {size} MB × {args.repeat} (baseline, then gateway) …", flush=True)
                    results["uploads"].append(upload_rounds(stack, path, args.repeat))
                    if size == min(sizes):
                        refused = post_file(stack.gateway_as_is_port, path, path.name)
                        results["as_is"] = {"size_mb": size, "status": refused.status,
                                            "content_type": "JSON" if refused.body.startswith(b"{") else "plain text"}
                    path.unlink()
                sent = post_file(stack.gateway_port, torus, "torus.stl")
                assert sent.status == 201, sent.body[:500]
                assert json.loads(sent.body)["analysis"]["watertight"] is True
                results["end_to_end"] = {"size_mb": torus.stat().st_size / MB, "seconds": sent.seconds}
                if args.slow_seconds > 0:
                    print(f"slow client: 2 MB over {args.slow_seconds:.0f} s through both gateways …", flush=True)
                    results["slow"] = slow_checks(stack, scratch, args.slow_seconds)
        table = report(results, upload_facts(scratch))
        publish("uploads", "## Upload and analysis benchmark (issue 3)\n\n"
                "Written by `python -m bench.uploads` (see README.md for what each row measures).\n\n" + table,
                args.results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
