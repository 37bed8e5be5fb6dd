"""`printdesk-open <link>`: open a job's file from a signed `3dprint://` link in the right slicer.

Exit codes: 0 opened (or the person cancelled the slicer choice), 1 configuration problem, 2 the link
or the file was refused (the message says why), 3 an unexpected error (see the log).
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import re
import subprocess
import sys
import urllib.request
from pathlib import Path

from printdesk.handler import config as config_module
from printdesk.handler import links
from printdesk.handler.config import ConfigError, HandlerConfig
from printdesk.handler.links import LinkRefused
from printdesk.handler.paths import resolve
from printdesk.handler.ui import Ui, default_ui

EXIT_OK, EXIT_CONFIG, EXIT_REFUSED, EXIT_UNEXPECTED = 0, 1, 2, 3
TITLE = "PrintDesk"
log = logging.getLogger("printdesk.handler")
_SIGNATURE = re.compile(r"([?&]sig=)[^&#]*")


def _setup_log(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3,
                                                                        encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.handlers[:] = [handler]
    log.setLevel(logging.INFO)


def launch(executable: str, file_path: str) -> None:
    """Start the slicer with the file as its one argument; never through a shell."""
    subprocess.Popen([executable, file_path], shell=False, close_fds=True,  # noqa: S603 - argv list, no shell
                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def report_opened(config: HandlerConfig, link: links.OpenLink, slicer: str) -> None:
    """Tell PrintDesk the file was opened (FileOpenedInSlicer); the signed link is the proof. Best effort."""
    if not config.api_url:
        return
    body = json.dumps({"path": link.path, "exp": link.expires_at, "kid": link.key_id, "sig": link.signature,
                       "slicer": slicer, "workstation": config.workstation}).encode()
    request = urllib.request.Request(f"{config.api_url}/api/v1/files/jobs/{link.job_id}/opened", data=body,
                                     headers={"Content-Type": "application/json"}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=3):  # noqa: S310 - the lab's own API
            pass
    except Exception as exc:  # reporting must never stop the slicer from opening
        log.warning("could not report the opening: %s", exc)


def _for_log(url: str) -> str:
    """The link as the log keeps it: its signature left out (a log is no place for a working link)."""
    return _SIGNATURE.sub(r"\1<redacted>", url[:300])


def run(url: str, config: HandlerConfig, ui: Ui, launcher=launch) -> int:  # noqa: ANN001
    log.info("link received: %s", _for_log(url))
    try:
        link = links.parse(url)
        links.verify(link, config.public_keys)
        file_path = resolve(config.storage_base, link.path)
    except LinkRefused as refused:
        log.warning("refused (%s): %s", refused.reason, refused.message)
        ui.error(f"{TITLE}: cannot open this file", refused.message)
        return EXIT_REFUSED
    log.info("resolved %s -> %s", link.path, file_path)
    slicers = config.slicers_for(file_path)
    if not slicers:
        message = f"No slicer is set up for {Path(file_path).suffix} files. Add one to {config.source}."
        log.warning(message)
        ui.error(f"{TITLE}: no slicer", message)
        return EXIT_REFUSED
    index = 0 if len(slicers) == 1 else ui.choose(TITLE, f"Open {Path(file_path).name} in:", [s.name for s in slicers])
    if index is None:
        log.info("cancelled by the user")
        return EXIT_OK
    slicer = slicers[index]
    if not Path(slicer.path).exists():
        message = f"{slicer.name} is not installed at {slicer.path}. Fix its path in {config.source}."
        log.warning(message)
        ui.error(f"{TITLE}: slicer missing", message)
        return EXIT_REFUSED
    try:
        launcher(slicer.path, file_path)
    except OSError as exc:
        log.error("launch of %s failed: %s", slicer.name, exc)
        ui.error(f"{TITLE}: {slicer.name} did not start", str(exc))
        return EXIT_REFUSED
    log.info("opened %s in %s", file_path, slicer.name)
    report_opened(config, link, slicer.name)
    # Said once the slicer is started: a slicer takes seconds to show, and a second click would open it twice.
    ui.opened(TITLE, f"Opening {Path(file_path).name} in {slicer.name}…")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    ui = default_ui()
    if len(argv) != 1:
        ui.error(TITLE, "printdesk-open expects exactly one 3dprint:// link.")
        return EXIT_REFUSED
    try:
        config = config_module.load()
    except ConfigError as exc:
        _setup_log(config_module.default_log_path())
        log.error("configuration: %s", exc)
        ui.error(f"{TITLE}: configuration error", str(exc))
        return EXIT_CONFIG
    _setup_log(config.log_path)
    try:
        return run(argv[0], config, ui)
    except Exception as exc:
        log.exception("unexpected error")
        ui.error(f"{TITLE}: unexpected error", f"{exc}\nDetails are in {config.log_path}.")
        return EXIT_UNEXPECTED


if __name__ == "__main__":
    raise SystemExit(main())
