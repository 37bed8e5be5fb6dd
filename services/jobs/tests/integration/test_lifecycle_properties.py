"""Property: whatever staff, admins and students do to a job, in any order, through the real API, PostgreSQL,
NATS and the files service's storage root —

- every command is accepted exactly when SPEC.md §4 allows it from the job's status (else 409, or 422 for a
  bad input), and the job ends where the spec says;
- the trail holds one row per accepted step and its hash chain verifies;
- once the files service has caught up, disk, metadata.json and its records agree (its audit report is clean).

The expected behaviour is written out here, apart from the domain code, so the two check each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from printdesk.devstack.samples import cube_stl, submission_form
from printdesk.devstack.testing import announce_staff, eventually, staff_known
from printdesk.jobs.adapters.lifecycle_store import whole_trail
from printdesk.jobs.adapters.orm import outbox
from printdesk.jobs.domain.audit import verify_chain

STAFF = "Alex Kim"
RIVAL = "Robin Park"
U, P, R, PR, C, PP, RJ, A = (
    "UPLOADED", "PENDING", "READYTOPRINT", "PRINTING", "COMPLETED", "PAIDPICKEDUP", "REJECTED", "ARCHIVED")
STATUSES = [U, P, R, PR, C, PP, RJ, A]
GONE = "GONE"

# command -> {from status: to status}; anything else is refused with 409.
MOVES: dict[str, dict[str, str]] = {
    "approve": {U: P}, "reject": {U: RJ}, "review": {U: U}, "confirm": {P: R}, "resend": {P: P},
    "mark_printing": {R: PR}, "mark_complete": {PR: C}, "payment": {C: PP}, "revert_completion": {C: PR},
    "revert_pickup": {PP: C}, "delete": {U: GONE, P: GONE}, "force_confirm": {P: R}, "mark_failed": {PR: R},
    "reject_without_reason": {U: U}, "notes": {s: s for s in STATUSES},
}
# Refused with 422 (bad input) when the status would allow the command, 409 otherwise.
BAD_INPUT = {"reject_without_reason": {U}}
# Refused with 422 whatever the status: the request itself is malformed.
ALWAYS_422 = {"approve_zero_grams"}
NOT_ON_TRAIL = {"lock_rival", "unlock_rival"}

COMMANDS = sorted([*MOVES, *ALWAYS_422, "change_status", "lock_rival", "unlock_rival"])


@dataclass
class Model:
    status: str = U
    rival_lock: bool = False
    link: str | None = None  # the student's confirm link: None, "fresh" or "used"
    quoted: bool = False
    trail: int = 1  # JobCreated
    log: list[str] = field(default_factory=list)

    def expect(self, command: str, target: str | None) -> tuple[int, str]:
        """(HTTP status, job status after) the spec requires."""
        if command in ALWAYS_422:  # the request is refused before the job is looked up
            return 422, self.status
        if self.status == GONE:
            return 404, GONE
        if command in ("lock_rival", "unlock_rival"):  # taking one's own lock again renews it
            return 200, self.status
        if command == "confirm":  # the student's link knows no lock
            if self.link is None:
                return 404, self.status
            return (200, R) if self.link == "fresh" and self.status == P else (409, self.status)
        if self.rival_lock:
            return 409, self.status
        if command == "change_status":
            return (422, self.status) if target == self.status else (200, target)
        moves = MOVES[command]
        if self.status not in moves:
            return 409, self.status
        if self.status in BAD_INPUT.get(command, ()):
            return 422, self.status
        if command == "resend" and not self.quoted:  # a PENDING job put there by hand has nothing to confirm
            return 422, self.status
        return 200, moves[self.status]


def body_for(command: str, target: str | None) -> tuple[str, str, dict]:
    """(HTTP method, path under the job, JSON body)."""
    who = {"staff_name": STAFF}
    return {
        "approve": ("POST", "approve", {**who, "weight_g": "12.5", "time_hours": "1.5"}),
        "approve_zero_grams": ("POST", "approve", {**who, "weight_g": "0", "time_hours": "1"}),
        "reject": ("POST", "reject", {**who, "reasons": ["Walls too thin"]}),
        "reject_without_reason": ("POST", "reject", {**who, "reasons": []}),
        "review": ("POST", "review", {**who, "reviewed": True}),
        "resend": ("POST", "resend-confirmation", who),
        "mark_printing": ("POST", "mark-printing", {**who, "printer": "Prusa XL"}),
        "mark_complete": ("POST", "mark-complete", who),
        "payment": ("POST", "payment", {**who, "grams": "13", "txn_no": "TC-9", "picked_up_by": "Jane Doe"}),
        "revert_completion": ("POST", "revert-completion", who),
        "revert_pickup": ("POST", "revert-pickup", who),
        "delete": ("DELETE", "", who),
        "notes": ("PATCH", "notes", {**who, "notes": "front shelf"}),
        "force_confirm": ("POST", "admin:force-confirm", {**who, "reason": "student confirmed by phone"}),
        "mark_failed": ("POST", "admin:mark-failed", {**who, "reason": "spaghetti"}),
        "change_status": ("POST", "admin:change-status", {**who, "reason": "fixing a mistake", "new_status": target}),
        "lock_rival": ("POST", "lock", {"staff_name": RIVAL}),
        "unlock_rival": ("POST", "unlock", {"staff_name": RIVAL}),
    }[command]


async def latest_confirm_token(app, job_id: str) -> str:
    async with app.state.runtime.session_factory() as session:
        rows = (await session.execute(
            sa.select(outbox.c.envelope).where(outbox.c.subject == "jobs.job.confirmation_link_issued.v1")
        )).scalars().all()
    mine = sorted((r for r in rows if r["data"]["job_id"] == job_id), key=lambda r: r["occurred_at"])
    return mine[-1]["data"]["confirm_url"].rsplit("/", 1)[1] if mine else "no-link-yet"


async def perform(app, client, mint, job_id: str, command: str, target: str | None):
    if command == "confirm":
        return await client.post(f"/api/v1/confirm/{await latest_confirm_token(app, job_id)}")
    method, path, body = body_for(command, target)
    rival = command.endswith("_rival")
    headers = mint.headers(workstation="print-lab" if rival else "front-desk", role="admin")
    if path.startswith("admin:"):
        url = f"/api/v1/admin/jobs/{job_id}/{path.removeprefix('admin:')}"
    else:
        url = f"/api/v1/jobs/{job_id}" + (f"/{path}" if path else "")
    return await client.request(method, url, headers=headers, json=body)


steps = st.lists(st.tuples(st.sampled_from(COMMANDS), st.sampled_from(STATUSES)), min_size=1, max_size=9)


@pytest.fixture(scope="module")
async def rival_known(jobs_service):
    app, _ = jobs_service
    await announce_staff(app.state.runtime.settings.nats_url, RIVAL)
    assert await staff_known(app, RIVAL)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                    HealthCheck.too_slow])
@given(sequence=steps)
async def test_any_sequence_of_commands_follows_the_spec(jobs_service, files_service, mint, rival_known, sequence):
    app, client = jobs_service
    upload = await files_service[1].post("/api/v1/uploads", files={"file": ("m.stl", cube_stl(), "model/stl")})
    submitted = await client.post("/api/v1/submissions", json=submission_form(upload.json()["upload_id"]))
    assert submitted.status_code == 201, submitted.text
    job_id = submitted.json()["job_id"]
    model = Model()

    for command, target in sequence:
        expected_code, expected_status = model.expect(command, target)
        response = await perform(app, client, mint, job_id, command, target)
        model.log.append(f"{command}({target}) from {model.status} → {response.status_code}")
        accepted = expected_code == 200
        wanted = (200, 204) if accepted else (expected_code,)
        assert response.status_code in wanted, (model.log, response.text)
        if response.status_code >= 400:
            assert response.json()["error"]["message"], model.log
        if accepted:
            if command == "lock_rival":
                model.rival_lock = True
            elif command == "unlock_rival":
                model.rival_lock = False
            elif command in ("approve", "resend"):
                model.link, model.quoted = "fresh", True
            elif command == "confirm":
                model.link = "used"
            if command not in NOT_ON_TRAIL:
                model.trail += 1
            model.status = expected_status
        current = await client.get(f"/api/v1/jobs/{job_id}", headers=mint.headers())
        if model.status == GONE:
            assert current.status_code == 404, model.log
        else:
            assert current.json()["status"] == model.status, model.log

    trail = (await client.get(f"/api/v1/jobs/{job_id}/events", headers=mint.headers())).json()["events"]
    assert len(trail) == model.trail, (model.log, [e["event_type"] for e in trail])
    async with app.state.runtime.session_factory() as session:
        assert verify_chain([r async for r in whole_trail(session)]) == []
    await files_agree(files_service, mint, job_id, model)


FOLDERS = {U: "Uploaded", P: "Pending", R: "ReadyToPrint", PR: "Printing", C: "Completed", PP: "PaidPickedUp",
           RJ: "Rejected", A: "Archived"}


async def files_agree(files_service, mint, job_id: str, model: Model) -> None:
    """The files service caught up with the job — its file is in the status's folder (or gone with the job) —
    and its audit report has nothing to say about the job: disk, metadata.json and records agree."""
    _, files, _ = files_service
    admin = mint.headers(workstation="office", role="admin")

    async def settled() -> bool:
        where = await files.get(f"/api/v1/files/jobs/{job_id}/candidates", headers=admin)
        if model.status == GONE:
            if where.status_code != 404:
                return False
        elif where.status_code != 200 or where.json()["folder"] != FOLDERS[model.status]:
            return False
        report = (await files.get("/api/v1/admin/audit/report", headers=admin)).json()
        short_id = job_id[:6]
        problems = {
            "orphaned": [p for p in report["orphaned_files"] if short_id in p],
            "stale": [f for f in report["stale_files"] if f["job_id"] == job_id],
            "broken": [b for b in report["broken_links"] if b["job_id"] == job_id],
            "pending": [m for m in report["pending_moves"] if m["job_id"] == job_id],
        }
        return not any(problems.values())

    assert await eventually(settled, timeout=15), (model.log, "the files service did not settle cleanly")
