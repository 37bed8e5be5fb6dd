"""`python -m bench.sse_listener --url … --header …`: a second workstation's live stream, as its own process.

Holds `GET /api/v1/jobs/stream` open and prints one line per `job` event the moment it is read:
`<unix time> <job id> <action>`; `ready` first once the stream is open. Runs until killed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import httpx


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.sse_listener", description=__doc__)
    parser.add_argument("--url", required=True)
    parser.add_argument("--header", action="append", default=[], help="'Name: value'")
    args = parser.parse_args(argv)
    headers = dict(h.split(": ", 1) for h in args.header)
    event = ""
    with httpx.Client(timeout=httpx.Timeout(10, read=None)) as client, \
            client.stream("GET", args.url, headers=headers) as response:
        if response.status_code != 200:
            print(f"error {response.status_code}", flush=True)
            return 1
        for line in response.iter_lines():
            if line.startswith("event:"):
                event = line[6:].strip()
            elif line.startswith("data:") and event == "ready":
                print("ready", flush=True)
            elif line.startswith("data:") and event == "job":
                arrived = time.time()
                change = json.loads(line[5:])
                sys.stdout.write(f"{arrived:.6f} {change.get('job_id')} {change.get('action')}\n")
                sys.stdout.flush()
            elif not line:
                event = ""
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
