"""The first slice through the Traefik gateway: upload → job → stored file → e-mail → staff list."""

from __future__ import annotations

import uuid

import httpx
import pytest

from printdesk.devstack.samples import cube_stl
from printdesk.devstack.testing import wait_for

pytestmark = pytest.mark.e2e


def test_every_service_is_healthy_through_the_gateway(stack):
    for svc in ("auth", "jobs", "files", "notify"):
        response = httpx.get(f"{stack.url}/api/v1/{svc}/health")
        assert response.status_code == 200, (svc, response.text)
        assert response.json()["status"] == "up"


def test_a_student_submission_reaches_the_dashboard_list_and_the_mailbox(stack):
    email = f"e2e-{uuid.uuid4().hex[:8]}@example.edu"
    with httpx.Client(timeout=20) as client:
        upload = client.post(f"{stack.url}/api/v1/uploads", files={"file": ("bracket.stl", cube_stl(30), "model/stl")})
        assert upload.status_code == 201, upload.text
        assert upload.json()["analysis"]["bbox_mm"] == [30.0, 30.0, 30.0]
        submitted = client.post(f"{stack.url}/api/v1/submissions",
                                json=stack.submission(upload.json()["upload_id"], "Ada", "Lovelace", email))
        assert submitted.status_code == 201, submitted.text
        job = submitted.json()

        headers = stack.login(client)

        def listed():
            body = client.get(f"{stack.url}/api/v1/jobs", params={"status": "UPLOADED"}, headers=headers).json()
            return next((j for j in body["jobs"] if j["id"] == job["job_id"] and j["display_name"]), None)

        card = wait_for(listed)
        assert card is not None, "job did not appear with its stored file"
        assert card["display_name"] == f"AdaLovelace_Filament_TrueRed_{job['short_id']}.stl"
        assert (stack.var / "storage" / "Uploaded" / card["display_name"]).exists()
        counts = client.get(f"{stack.url}/api/v1/jobs/counts", headers=headers).json()["counts"]
        assert counts["UPLOADED"] >= 1

        # The student's tracking link works without signing in.
        assert job["tracking_url"].startswith(f"{stack.url}/track/")
        token = job["tracking_url"].rsplit("/", 1)[1]
        tracked = httpx.get(f"{stack.url}/api/v1/track/{token}")
        assert tracked.status_code == 200, tracked.text
        assert tracked.json()["job"]["short_id"] == job["short_id"]
        assert tracked.json()["job"]["status"] == "UPLOADED"
        assert httpx.get(f"{stack.url}/api/v1/track/{token[:-2]}xx").status_code == 404

    messages = wait_for(lambda: stack.mail_to(email))
    assert messages, "no e-mail reached the SMTP sink"
    message = messages[0]
    assert job["short_id"] in message["Subject"]
    body = message.get_body(("plain",)).get_content()
    assert "Ada" in body and job["short_id"] in body
    assert job["tracking_url"] in body


def test_bad_input_gets_json_4xx_through_the_gateway_and_writes_nothing(stack):
    with httpx.Client(timeout=20) as client:
        headers = stack.login(client)
        before = client.get(f"{stack.url}/api/v1/jobs/counts", headers=headers).json()["counts"]
        before_files = sorted(p.name for p in (stack.var / "storage").rglob("*") if p.is_file())
        cases = [
            client.post(f"{stack.url}/api/v1/uploads", files={"file": ("notes.txt", b"hello", "text/plain")}),
            client.post(f"{stack.url}/api/v1/uploads", files={"file": ("empty.stl", b"", "model/stl")}),
            client.post(f"{stack.url}/api/v1/uploads", files={"file": ("fake.stl", b"solid nothing here" * 20, "model/stl")}),
            client.post(f"{stack.url}/api/v1/submissions", json={"student_first_name": "Ada"}),
            client.post(f"{stack.url}/api/v1/submissions", content=b"{oops", headers={"content-type": "application/json"}),
            client.post(f"{stack.url}/api/v1/auth/login", json={"workstation": "admin", "password": "wrong password"}),
            client.post(f"{stack.url}/api/v1/auth/login", json={"workstation": "nobody-here", "password": "whatever1234"}),
            client.get(f"{stack.url}/api/v1/jobs", headers={"Authorization": "Bearer not.a.token"}),
            httpx.get(f"{stack.url}/api/v1/jobs/counts"),  # no session cookie, no token
            client.get(f"{stack.url}/api/v1/no-such-endpoint"),
        ]
        expected = [415, 422, 422, 422, 400, 401, 401, 401, 401, 404]
        assert [r.status_code for r in cases] == expected, [r.text for r in cases]
        for response in cases:
            assert response.headers["content-type"].startswith("application/json"), response.text
            error = response.json()["error"]
            assert error["code"] and error["message"]
        after = client.get(f"{stack.url}/api/v1/jobs/counts", headers=headers).json()["counts"]
        assert after == before
        assert sorted(p.name for p in (stack.var / "storage").rglob("*") if p.is_file()) == before_files


@pytest.mark.parametrize("path", ["/", "/submit", "/login", "/dashboard", "/api/v1/catalog", "/api/v1/jobs"])
def test_every_answer_through_the_gateway_carries_the_security_headers(stack, path):
    response = httpx.get(f"{stack.url}{path}", timeout=30)
    assert response.status_code in (200, 401), response.text[:200]
    headers = response.headers
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "same-origin"
    assert "camera=()" in headers["permissions-policy"]
    policy = dict(part.strip().split(" ", 1) for part in headers["content-security-policy"].split(";"))
    assert policy["default-src"] == "'self'" and policy["connect-src"] == "'self'"
    assert policy["object-src"] == "'none'" and policy["frame-ancestors"] == "'none'"
    assert policy["form-action"] == "'self'" and policy["base-uri"] == "'self'"
    assert "server" not in headers


def test_the_gateway_refuses_a_nul_hidden_in_a_path(stack):
    response = httpx.get(f"{stack.url}/api/v1/track/abc%00def", timeout=30)
    assert response.status_code == 400
