"""The whole stack, started the way `make up` starts it (`printdesk-stack up`), once for the e2e session."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as email_policy
from pathlib import Path

import httpx
import pytest

from printdesk.devstack.samples import cube_stl, submission_form
from printdesk.devstack.servers import port_open

ROOT = Path(__file__).resolve().parents[2]
ADMIN_PASSWORD = "e2e-admin-password-" + os.urandom(4).hex()
STAFF_MEMBER = "Morgan Lead"


def submission(upload_id: str, first: str, last: str, email: str) -> dict:
    """A complete, valid submission form (the seed catalog's values) for this student."""
    return submission_form(upload_id, student_first_name=first, student_last_name=last, student_email=email,
                           discipline="Engineering", class_number="ENGR 1010")


def _free_block(size: int = 100) -> int:
    # Below the kernel's ephemeral range (32768+ here): an outgoing connection of the running
    # suite may hold any ephemeral port, and a listening server then fails to bind it.
    low = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0]) \
        if Path("/proc/sys/net/ipv4/ip_local_port_range").exists() else 32768
    for _ in range(200):
        base = random.randrange(20000, max(20100, low - size), 100)
        if not any(port_open(base + i) for i in range(size)):
            return base
    raise RuntimeError("no free port block")


@dataclass
class RunningStack:
    var: Path
    gateway_port: int
    base_port: int
    process: subprocess.Popen | None = None
    output: list[str] = field(default_factory=list)
    admin_password: str = ADMIN_PASSWORD

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.gateway_port}"

    @property
    def mail_dir(self) -> Path:
        return self.var / "mail"

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("PRINTDESK_", "NATS_URL", "TEST_DATABASE_URL", "TEST_NATS_URL"))}
        env.update({
            "PRINTDESK_VAR_DIR": str(self.var), "PRINTDESK_PORT": str(self.gateway_port),
            "PRINTDESK_INTERNAL_PORT_BASE": str(self.base_port), "PRINTDESK_ADMIN_PASSWORD": ADMIN_PASSWORD,
            # Every request of the suite comes from 127.0.0.1: lift the per-client limits out of the way.
            "PRINTDESK_JOBS_SUBMISSION_RATE_LIMIT": "1000", "PRINTDESK_JOBS_TRACKING_RATE_LIMIT": "1000",
            "NEXT_TELEMETRY_DISABLED": "1",
        })
        return env

    def start(self, timeout: float = 240) -> None:
        self.output = []
        self.process = subprocess.Popen(
            [str(Path(sys.prefix) / "bin" / "printdesk-stack"), "up"], cwd=ROOT, env=self.env(),
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        ready = threading.Event()

        def pump() -> None:
            for line in self.process.stdout:
                self.output.append(line)
                if "PrintDesk is ready" in line:
                    ready.set()

        threading.Thread(target=pump, daemon=True).start()
        deadline = time.monotonic() + timeout
        while not ready.wait(0.2):
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                logs = "".join(self.output)[-4000:]
                raise RuntimeError(f"stack did not start:\n{logs}")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(90)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)

    submission = staticmethod(submission)

    def submit(self, client: httpx.Client, first: str, last: str) -> tuple[dict, str]:
        """Upload a cube and submit it as a new student through the gateway: (the created job, the e-mail)."""
        email = f"e2e-{uuid.uuid4().hex[:8]}@example.edu"
        upload = client.post(f"{self.url}/api/v1/uploads", files={"file": ("part.stl", cube_stl(25), "model/stl")})
        assert upload.status_code == 201, upload.text
        job = client.post(f"{self.url}/api/v1/submissions",
                          json=submission(upload.json()["upload_id"], first, last, email))
        assert job.status_code == 201, job.text
        return job.json(), email

    def mail_to(self, address: str, subject_part: str = "") -> list[EmailMessage]:
        """Every message the SMTP sink kept for `address` whose subject contains `subject_part`."""
        found = []
        for path in sorted(self.mail_dir.glob("*.eml")):
            message = message_from_bytes(path.read_bytes(), policy=email_policy)
            if address in str(message["To"]) and subject_part in str(message["Subject"]):
                found.append(message)
        return found

    def add_staff(self, name: str) -> None:
        """Add a roster member with the documented command (`make staff` runs the same)."""
        result = subprocess.run([str(Path(sys.prefix) / "bin" / "printdesk-stack"), "admin", "add-staff", name],
                                cwd=ROOT, env=self.env(), capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr

    def login(self, client: httpx.Client) -> dict[str, str]:
        response = client.post(f"{self.url}/api/v1/auth/login", json={"workstation": "admin", "password": ADMIN_PASSWORD})
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}


@pytest.fixture(scope="session")
def stack():
    var = Path(tempfile.mkdtemp(prefix="printdesk-e2e-"))
    var.chmod(0o755)
    base_port = _free_block()
    gateway_port = base_port + 99  # inside the same block, past every internal offset
    running = RunningStack(var=var, gateway_port=gateway_port, base_port=base_port)
    running.start()
    running.add_staff(STAFF_MEMBER)
    yield running
    running.stop()
    if os.environ.get("PRINTDESK_E2E_KEEP"):  # keep logs, mail and storage to look at after a failure
        print(f"\ne2e stack state kept in {var}")
    else:
        shutil.rmtree(var, ignore_errors=True)
