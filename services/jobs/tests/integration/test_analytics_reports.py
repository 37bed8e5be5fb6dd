"""The analytics reports against a hand-computed fixture: ten jobs with their trail and payments written
straight into a database of their own, the read model rebuilt, and every number checked (lab time zone
America/Chicago, UTC−6 in February)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import httpx
import pytest
import sqlalchemy as sa

from printdesk.jobs.adapters.analytics_store import analytics_jobs
from printdesk.jobs.adapters.orm import job_events, jobs, payments
from printdesk.jobs.bootstrap import make_app
from printdesk.jobs.config import JobsSettings
from printdesk.jobs.entrypoints.cli import rebuild_analytics

WINDOW = {"from": "2026-02-02", "to": "2026-02-08"}
NOW = datetime.now(UTC)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


# id: (status, method, printer, discipline, created, weight_g, cost, hours)
JOBS = {
    "j1": ("PAIDPICKEDUP", "Filament", "Prusa XL", "Art", at("2026-02-02T15:00"), "45", "4.50", 4),
    "j2": ("PAIDPICKEDUP", "Resin", "Formlabs Form 3", "Architecture", at("2026-02-03T05:00"), "10", "3.00", 10),
    "j3": ("REJECTED", "Filament", "Prusa MK4S", "Art", at("2026-02-04T15:00"), None, None, None),
    "j4": ("REJECTED", "Filament", "Prusa XL", "Engineering", at("2026-02-05T15:00"), None, None, None),
    "j5": ("PENDING", "Filament", "Prusa XL", "Art", at("2026-02-06T15:00"), "30", "3.00", 2),
    "j6": ("READYTOPRINT", "Resin", "Formlabs Form 3", "Art", at("2026-01-20T15:00"), "5", "3.00", 1),
    "j7": ("UPLOADED", "Filament", "Prusa MK4S", "Other", at("2026-02-08T15:00"), None, None, None),
    "j8": ("REJECTED", "Filament", "Prusa XL", "Art", at("2026-02-10T15:00"), None, None, None),
    "j9": ("UPLOADED", "Filament", "Prusa MK4S", "Other", NOW - timedelta(days=1), None, None, None),
    "j10": ("PENDING", "Filament", "Prusa MK4S", "Other", NOW - timedelta(days=4), "20", "3.00", 1),
}

ALEX, SAM = "Alex Kim", "Sam Lee"
# (job, event type, time, staff, details)
TRAIL = [
    ("j1", "JobApproved", at("2026-02-02T18:00"), ALEX, {}),
    ("j1", "StudentConfirmed", at("2026-02-02T20:00"), None, {}),
    ("j1", "JobMarkedPrinting", at("2026-02-03T14:00"), SAM, {"printer": "Prusa XL"}),
    ("j1", "JobMarkedComplete", at("2026-02-03T20:00"), SAM, {}),
    ("j1", "PaymentRecorded", at("2026-02-04T16:00"), ALEX, {}),
    ("j2", "JobApproved", at("2026-02-03T16:00"), ALEX, {}),
    ("j2", "JobMarkedPrinting", at("2026-02-04T15:00"), ALEX, {"printer": "Formlabs Form 3"}),
    ("j2", "JobMarkedComplete", at("2026-02-05T15:00"), SAM, {}),
    ("j2", "PaymentRecorded", at("2026-02-05T17:00"), SAM, {}),
    ("j3", "JobRejected", at("2026-02-04T17:00"), SAM,
     {"reasons": ["Walls too thin", "Unsupported overhangs"], "custom_reason": "Please thicken the base."}),
    ("j4", "JobRejected", at("2026-02-05T16:00"), ALEX, {"reasons": ["Walls too thin"], "custom_reason": None}),
    ("j5", "JobApproved", at("2026-02-06T16:00"), ALEX, {}),
    ("j6", "JobApproved", at("2026-01-21T16:00"), ALEX, {}),
    ("j8", "JobRejected", at("2026-02-10T16:00"), SAM, {"reasons": ["Exceeds printer size"], "custom_reason": None}),
]

# (job, grams, price, recorded, current): j1's first payment was set aside by a revert-pickup.
PAYMENTS = [
    ("j1", "40", "4.00", at("2026-02-04T15:00"), False),
    ("j1", "50", "5.00", at("2026-02-04T16:00"), True),
    ("j2", "12", "3.00", at("2026-02-05T17:00"), True),
]


async def load_fixture(app) -> None:
    async with app.state.runtime.session_factory() as session, session.begin():
        for n, (job_id, (status, method, printer, discipline, created, weight, cost, hours)) in enumerate(JOBS.items()):
            await session.execute(sa.insert(jobs).values(
                id=job_id, short_id=f"s{n}", status=status, student_name="Jane Doe", student_email="j@example.edu",
                upload_id=uuid.uuid4(), original_filename="m.stl", file_hash="0" * 64, created_at=created,
                updated_at=created, status_changed_at=created, discipline=discipline, print_method=method,
                printer=printer, weight_g=weight, cost=cost, time_hours=hours,
                printing_printer=printer if status == "PAIDPICKEDUP" else None,
            ))
        await session.execute(sa.insert(job_events), [
            {"seq": seq, "job_id": job_id, "event_type": kind, "at": when, "staff_name": staff,
             "workstation": "front-desk" if staff else None, "details": details, "prev_hash": "0" * 64,
             "hash": f"{seq:064d}"}
            for seq, (job_id, kind, when, staff, details) in enumerate(TRAIL, start=1)
        ])
        await session.execute(sa.insert(payments), [
            {"job_id": j, "grams": g, "price": p, "txn_no": "T1", "picked_up_by": "Jane Doe", "recorded_by": ALEX,
             "recorded_at": when, "is_current": current}
            for j, g, p, when, current in PAYMENTS
        ])


@pytest.fixture(scope="module")
async def reports(service_database, mint):
    """An app on a database holding only the fixture (served without its runtime), and a staff client."""
    url = service_database("jobs")
    app = make_app(JobsSettings(database_url=url, files_url="http://files"))
    mint.install(app)
    await load_fixture(app)
    assert await rebuild_analytics(url) == len(JOBS)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver",
                                 headers=mint.headers(workstation="front-desk")) as client:
        yield app, client
    await app.state.runtime.engine.dispose()


async def get(client, report: str, **params) -> dict:
    answer = await client.get(f"/api/v1/analytics/{report}", params={**WINDOW, **params})
    assert answer.status_code == 200, answer.text
    return answer.json()


async def test_the_overview_counts_the_real_rejection_steps_and_the_queue_now(reports):
    body = await get(reports[1], "overview")
    assert body["window"] == {"date_from": "2026-02-02", "date_to": "2026-02-08", "time_zone": "America/Chicago",
                              "printer": None, "method": None, "discipline": None}
    assert body["by_status"] == {"UPLOADED": 2, "PENDING": 2, "READYTOPRINT": 1, "PRINTING": 0, "COMPLETED": 0,
                                 "PAIDPICKEDUP": 2, "REJECTED": 3, "ARCHIVED": 0}
    assert body["in_queue"] == 5
    assert body["queue_age"] == {"days_0_2": 1, "days_3_7": 1, "days_7_plus": 3}
    assert body["submitted"] == 6 and body["completed"] == 2
    assert body["avg_turnaround_hours"] == 43.5  # (29 h + 58 h) / 2
    assert body["rejections"] == 2 and body["custom_reason_rejections"] == 1
    assert body["rejection_reasons"] == [{"reason": "Walls too thin", "count": 2},
                                         {"reason": "Unsupported overhangs", "count": 1}]
    assert body["staff_activity"] == [
        {"staff_name": ALEX, "actions": 6, "approvals": 3, "rejections": 1, "payments": 1},
        {"staff_name": SAM, "actions": 5, "approvals": 0, "rejections": 1, "payments": 1},
    ]


async def test_trends_are_per_day_in_the_lab_time_zone(reports):
    days = {d["day"]: d for d in (await get(reports[1], "trends"))["days"]}
    assert list(days) == [f"2026-02-0{n}" for n in range(2, 9)]
    assert [days[d]["submitted"] for d in days] == [2, 0, 1, 1, 1, 0, 1]  # j2 at 05:00 UTC is the 2nd in Chicago
    assert [days[d]["approved"] for d in days] == [1, 1, 0, 0, 1, 0, 0]
    assert [days[d]["rejected"] for d in days] == [0, 0, 1, 1, 0, 0, 0]
    assert [days[d]["completed"] for d in days] == [0, 1, 0, 1, 0, 0, 0]
    assert [days[d]["mean_lead_time_hours"] for d in days] == [None, 29.0, None, 58.0, None, None, None]


async def test_resources_show_printing_material_and_the_gap_between_quoted_and_weighed_grams(reports):
    body = await get(reports[1], "resources")
    assert [d["count"] for d in body["printing_per_day"]] == [0, 1, 1, 0, 0, 0, 0]
    assert body["printers"] == [
        {"printer": "Prusa MK4S", "jobs_printed": 0, "print_hours": 0.0, "utilization_pct": 0.0},
        {"printer": "Prusa XL", "jobs_printed": 1, "print_hours": 4.0, "utilization_pct": 2.38},  # 4 / 168 h
        {"printer": "Raise3D Pro 2 Plus", "jobs_printed": 0, "print_hours": 0.0, "utilization_pct": 0.0},
        {"printer": "Formlabs Form 3", "jobs_printed": 1, "print_hours": 10.0, "utilization_pct": 5.95},
    ]
    assert (body["material_g_total"], body["resin_g"], body["other_g"]) == (62.0, 12.0, 50.0)
    assert body["material_by_method"] == [{"print_method": "Filament", "weighed_g": 50.0},
                                          {"print_method": "Resin", "weighed_g": 12.0}]
    assert body["estimated_vs_weighed"] == [
        {"printer": "Formlabs Form 3", "print_method": "Resin", "jobs": 1, "estimated_g": 10.0, "weighed_g": 12.0,
         "gap_g": 2.0, "gap_pct": 20.0},
        {"printer": "Prusa XL", "print_method": "Filament", "jobs": 1, "estimated_g": 45.0, "weighed_g": 50.0,
         "gap_g": 5.0, "gap_pct": 11.11},
    ]


async def test_financial_counts_current_payments_and_compares_them_with_the_quotes(reports):
    body = await get(reports[1], "financial")
    assert body["currency"] == "USD"
    assert {d["day"]: (d["revenue_cents"], d["payments"]) for d in body["revenue_per_day"] if d["payments"]} == {
        "2026-02-04": (500, 1), "2026-02-05": (300, 1)}
    assert len(body["revenue_per_day"]) == 7
    assert (body["total_revenue_cents"], body["payment_count"], body["avg_ticket_cents"]) == (800, 2, 400)
    assert (body["estimated_revenue_cents"], body["actual_revenue_cents"]) == (750, 800)
    assert (body["variance_cents"], body["variance_pct"]) == (50, 6.67)


async def test_filters_narrow_every_report(reports):
    client = reports[1]
    resin = await get(client, "overview", method="Resin")
    assert resin["window"]["method"] == "Resin"
    assert resin["submitted"] == 1 and resin["in_queue"] == 1 and resin["rejections"] == 0
    assert resin["rejection_reasons"] == [] and resin["queue_age"]["days_7_plus"] == 1
    assert resin["staff_activity"] == [
        {"staff_name": ALEX, "actions": 2, "approvals": 1, "rejections": 0, "payments": 0},
        {"staff_name": SAM, "actions": 2, "approvals": 0, "rejections": 0, "payments": 1},
    ]
    assert (await get(client, "financial", method="Resin"))["total_revenue_cents"] == 300

    xl = await get(client, "overview", printer="Prusa XL")
    assert xl["submitted"] == 3 and xl["rejections"] == 1 and xl["custom_reason_rejections"] == 0
    assert xl["rejection_reasons"] == [{"reason": "Walls too thin", "count": 1}]
    xl_resources = await get(client, "resources", printer="Prusa XL")
    assert [p["printer"] for p in xl_resources["printers"]] == ["Prusa XL"]
    assert (await get(client, "financial", printer="Prusa XL"))["total_revenue_cents"] == 500

    art = await get(client, "trends", discipline="Art")
    assert sum(d["submitted"] for d in art["days"]) == 3 and sum(d["rejected"] for d in art["days"]) == 1
    art_overview = await get(client, "overview", discipline="Art", method="Filament")
    assert art_overview["custom_reason_rejections"] == 1 and art_overview["by_status"]["REJECTED"] == 2


async def test_a_later_window_sees_only_its_own_rejection(reports):
    body = await get(reports[1], "overview", **{"from": "2026-02-09", "to": "2026-02-15"})
    assert body["rejections"] == 1 and body["rejection_reasons"] == [{"reason": "Exceeds printer size", "count": 1}]
    assert body["submitted"] == 1 and body["completed"] == 0 and body["avg_turnaround_hours"] is None


async def test_the_default_window_is_the_last_30_days_in_the_lab(reports):
    answer = await reports[1].get("/api/v1/analytics/trends")
    assert answer.status_code == 200
    days = answer.json()["days"]
    assert len(days) == 30 and sum(d["submitted"] for d in days) == 2  # j9 and j10


async def test_a_rebuild_gives_the_same_rows(reports, service_database):
    app = reports[0]
    async with app.state.runtime.session_factory() as session:
        before = sorted(tuple(r[:-1]) for r in (await session.execute(sa.select(analytics_jobs))).all())
    assert await rebuild_analytics(str(app.state.runtime.settings.database_url)) == len(JOBS)
    async with app.state.runtime.session_factory() as session:
        after = sorted(tuple(r[:-1]) for r in (await session.execute(sa.select(analytics_jobs))).all())
    assert after == before and len(after) == len(JOBS)


@pytest.mark.parametrize(("params", "field"), [
    ({"from": "2026-02-30"}, "from"),
    ({"to": "yesterday"}, "to"),
    ({"from": "2026-02-08", "to": "2026-02-02"}, "to"),
    ({"from": "2020-01-01", "to": "2026-02-02"}, "to"),
    ({"printer": "Imaginary 3000"}, "printer"),
    ({"method": "Clay"}, "method"),
    ({"discipline": "Alchemy"}, "discipline"),
])
async def test_bad_windows_and_unknown_filters_are_a_422_naming_the_field(reports, params, field):
    for report in ("overview", "trends", "resources", "financial"):
        answer = await reports[1].get(f"/api/v1/analytics/{report}", params=params)
        assert answer.status_code == 422, (report, answer.text)
        error = answer.json()["error"]
        assert error["code"] == "validation_error" and field in error["fields"], error


async def test_the_reports_need_a_staff_token(reports):
    app = reports[0]
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as anonymous:
        for report in ("overview", "trends", "resources", "financial"):
            answer = await anonymous.get(f"/api/v1/analytics/{report}")
            assert answer.status_code == 401 and answer.json()["error"]["code"]
            forged = await anonymous.get(f"/api/v1/analytics/{report}", headers={"Authorization": "Bearer x.y.z"})
            assert forged.status_code == 401
