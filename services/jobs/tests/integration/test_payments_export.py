"""The payments workbook: typed cells, totals, a sheet per month, only current payments, audited."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from openpyxl import load_workbook

from printdesk.devstack.samples import cube_stl, submission_form
from printdesk.jobs.adapters.orm import outbox, payments

STAFF = "Alex Kim"
CHICAGO = ZoneInfo("America/Chicago")


async def paid_job(client, files_client, staff: dict, grams: str, weight: str) -> str:
    upload = await files_client.post("/api/v1/uploads", files={"file": ("m.stl", cube_stl(), "model/stl")})
    job = await client.post("/api/v1/submissions", json=submission_form(upload.json()["upload_id"]))
    job_id = job.json()["job_id"]
    who = {"staff_name": STAFF}
    steps = [("approve", {"weight_g": weight, "time_hours": 1}), ("force-confirm", None),
             ("mark-printing", {"printer": "Prusa XL"}), ("mark-complete", {}),
             ("payment", {"grams": grams, "txn_no": f"TC-{job_id[:4]}", "picked_up_by": "Jane Doe"})]
    for path, extra in steps:
        url = (f"/api/v1/admin/jobs/{job_id}/force-confirm" if path == "force-confirm"
               else f"/api/v1/jobs/{job_id}/{path}")
        body = {**who, "reason": "confirmed at the desk"} if extra is None else {**who, **extra}
        answer = await client.post(url, headers=staff, json=body)
        assert answer.status_code == 200, (path, answer.text)
    return job_id


async def test_the_workbook_has_typed_cells_totals_and_a_sheet_per_month(jobs_service, files_service, mint):
    app, client = jobs_service
    admin = mint.headers(workstation="office", role="admin")
    first = await paid_job(client, files_service[1], admin, "50", "45")
    second = await paid_job(client, files_service[1], admin, "12.34", "10")
    reverted = await paid_job(client, files_service[1], admin, "99", "90")
    undo = await client.post(f"/api/v1/jobs/{reverted}/revert-pickup", headers=admin, json={"staff_name": STAFF})
    assert undo.status_code == 200
    last_month = datetime.now(UTC) - timedelta(days=40)
    async with app.state.runtime.session_factory() as session, session.begin():
        await session.execute(sa.update(payments).where(payments.c.job_id == first).values(recorded_at=last_month))

    today = datetime.now(CHICAGO).date()
    params = {"from": str(today - timedelta(days=45)), "to": str(today), "staff_name": STAFF}
    response = await client.get("/api/v1/exports/payments", params=params, headers=admin)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert f'payments_{params["from"]}_{params["to"]}.xlsx' in response.headers["content-disposition"]

    book = load_workbook(io.BytesIO(response.content))
    sheet = book["All payments"]
    header = [c.value for c in sheet[1]]
    assert header[:8] == ["Job ID", "Student", "E-mail", "Discipline", "Method", "Printer", "Grams", "Price"]
    rows = [r for r in sheet.iter_rows(min_row=2, values_only=True) if r[-1] in (first, second, reverted)]
    assert [r[-1] for r in rows] == [first, second]  # oldest first; the reverted pickup is not a payment now
    old, new = rows
    assert old[6] == 50.0 and old[7] == 5.0 and old[8] == 4.5 and old[9] == 0.5
    assert new[6] == 12.34 and new[7] == 3.0  # the minimum charge
    assert isinstance(old[12], datetime) and old[12].tzinfo is None
    assert abs(old[12] - last_month.astimezone(CHICAGO).replace(tzinfo=None)) < timedelta(seconds=1)
    price_cell = next(c for c in sheet["H"] if c.value == 5.0)
    assert "$" in price_cell.number_format and sheet["M2"].number_format == "yyyy-mm-dd hh:mm"
    total = next(r for r in sheet.iter_rows(values_only=True) if str(r[0]).startswith("Total"))
    all_rows = list(sheet.iter_rows(min_row=2, max_row=sheet.max_row - 1, values_only=True))
    assert total[7] == round(sum(r[7] for r in all_rows), 2) and total[0] == f"Total ({len(all_rows)} payments)"
    months = {last_month.astimezone(CHICAGO).strftime("%Y-%m"), datetime.now(CHICAGO).strftime("%Y-%m")}
    assert months <= set(book.sheetnames)

    async with app.state.runtime.session_factory() as session:
        audited = (await session.execute(
            sa.select(outbox.c.envelope).where(outbox.c.subject == "jobs.payments.exported.v1"))).scalars().all()
    assert any(e["data"]["date_to"] == params["to"] and e["actor"]["staff_name"] == STAFF for e in audited)


async def test_bad_requests_for_the_books_are_refused(jobs_service, mint):
    _, client = jobs_service
    admin = mint.headers(workstation="office", role="admin")
    ok = {"from": "2026-01-01", "to": "2026-01-31", "staff_name": STAFF}
    cases = [({**ok, "to": "2025-12-31"}, 422, "to"), ({**ok, "from": "2026-13-01"}, 422, None),
             ({**ok, "from": "2020-01-01"}, 422, "to"), ({**ok, "staff_name": "Nobody"}, 422, "staff_name")]
    for params, status, field in cases:
        answer = await client.get("/api/v1/exports/payments", params=params, headers=admin)
        assert answer.status_code == status, (params, answer.text)
        if field:
            assert field in answer.json()["error"]["fields"]
    assert (await client.get("/api/v1/exports/payments", params=ok, headers=mint.headers())).status_code == 403
    assert (await client.get("/api/v1/exports/payments", params=ok)).status_code == 401
