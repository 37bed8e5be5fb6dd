"""The approved, not-approved and ready-for-pickup e-mails: their figures, links, reasons and the lab's details,
in HTML and plain text, with what students typed escaped in HTML."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from printdesk.contracts.api.catalog import seed_catalog
from printdesk.notify.adapters.renderer import JinjaEmailRenderer
from printdesk.notify.domain.emails import PickupReminder, QuoteToConfirm, ReadyForPickup, SubmissionRejected
from printdesk.notify.service_layer.lab_catalog import lab_details

renderer = JinjaEmailRenderer(public_url="https://print.example.edu/")
SEED_LAB = lab_details(seed_catalog())
ISSUED = datetime(2025, 9, 1, 14, 0, tzinfo=UTC)
CONFIRM_URL = "https://print.example.edu/confirm/Zm9vYmFyYmF6cXV4LmFiYw"
HOSTILE_NAME = "<script>alert(1)</script>"
HOSTILE_FILE = 'x"><img src=x onerror=alert(1)>.stl'

JOB = dict(student_name="Ada Lovelace", original_filename="bracket.stl", job_id="a1b2c3d4e5f6", short_id="a1b2c3")


def quote(lab=SEED_LAB, **overrides):  # noqa: ANN001
    facts = QuoteToConfirm(
        **JOB, print_method="Filament", color="True Red", printer="Prusa MK4S", cost=Decimal("12.5"),
        weight_g=Decimal("125.0"), time_hours=Decimal("2.5"), confirm_url=CONFIRM_URL, issued_at=ISSUED,
        expires_at=ISSUED + timedelta(hours=72),
    )
    return renderer.quote_to_confirm(replace(facts, **overrides), lab)


def rejection(lab=SEED_LAB, **overrides):  # noqa: ANN001
    facts = SubmissionRejected(**JOB, reasons=("Walls too thin", "Exceeds printer size"), custom_reason=None)
    return renderer.submission_rejected(replace(facts, **overrides), lab)


def pickup(lab=SEED_LAB, **overrides):  # noqa: ANN001
    facts = ReadyForPickup(**JOB, print_method="Resin", color="Clear", printer="Formlabs Form 3")
    return renderer.ready_for_pickup(replace(facts, **overrides), lab)


# ---- approved: confirm to proceed ------------------------------------------------------------------


def test_the_approval_subject_asks_to_confirm():
    assert quote().subject == "3D Print Job Approved – Confirm to Proceed – Job a1b2c3"


def test_the_approval_shows_the_file_the_choices_and_the_figures():
    email = quote()
    assert "File:          bracket.stl" in email.text
    assert "Printer:       Prusa MK4S" in email.text
    assert "Print method:  Filament" in email.text
    assert "Color:         True Red" in email.text
    assert "Weight:        125 g" in email.text
    assert "Print time:    2.5 hours" in email.text
    assert "Cost:          $12.50" in email.text
    for label, value in (("Printer", "Prusa MK4S"), ("Print method", "Filament"), ("Color", "True Red"),
                         ("Weight", "125 g"), ("Print time", "2.5 hours")):
        assert f">{label}</td>" in email.html and f">{value}</td>" in email.html
    assert "<strong>$12.50</strong>" in email.html


def test_a_print_under_an_hour_is_shown_in_minutes_and_no_time_is_left_out():
    assert "Print time:    45 minutes" in quote(time_hours=Decimal("0.75")).text
    none = quote(time_hours=Decimal(0))
    assert "Print time" not in none.text and "Print time" not in none.html


def test_the_pricing_note_uses_the_catalogs_rate_minimum_and_payment_method():
    for body in (quote().text, quote().html):
        assert "$0.10 per gram for Filament" in body
        assert "minimum charge of $3.00" in body
        assert "TigerCASH" in body
    dearer = replace(SEED_LAB, minimum_charge=Decimal("5"), payment_method="Card")
    email = quote(lab=dearer, print_method="Resin")
    assert "$0.20 per gram for Resin" in email.text and "minimum charge of $5.00" in email.text
    assert "paid with Card" in email.text
    unknown = quote(print_method="Powder")
    assert "per gram for" not in unknown.text and "minimum charge of $3.00" in unknown.text


def test_the_confirm_button_and_the_plain_link_lead_to_the_confirmation_page():
    email = quote()
    assert f"CONFIRM AND PRINT: {CONFIRM_URL}" in email.text
    assert email.html.count(f'href="{CONFIRM_URL}"') == 2
    assert ">Confirm and print</a>" in email.html


def test_the_expiry_is_given_on_the_labs_clock():
    email = quote()
    for body in (email.text, email.html):
        assert "expires in 72 hours" in body
        assert "Thursday, September 4, 2025 at 9:00 AM CDT" in body
    berlin = quote(lab=replace(SEED_LAB, time_zone="Europe/Berlin"))
    assert "Thursday, September 4, 2025 at 4:00 PM CEST" in berlin.text


def test_the_approval_tells_someone_who_did_not_ask_to_ignore_it():
    for body in (quote().text, quote().html):
        assert "If you did not submit a 3D print request to Fabrication Lab, you can ignore this e-mail" in body


def test_a_resent_link_says_it_is_new_and_that_older_links_no_longer_work():
    email = quote(resent=True)
    assert email.subject.startswith("New confirmation link (older links no longer work): ")
    assert email.subject.endswith("3D Print Job Approved – Confirm to Proceed – Job a1b2c3")
    for body in (email.text, email.html):
        assert "NEW CONFIRMATION LINK" in body.upper()
        assert "no longer work" in body
    assert "no longer work" not in quote().text + quote().subject


def test_the_approval_escapes_what_the_student_typed():
    email = quote(student_name=HOSTILE_NAME, original_filename=HOSTILE_FILE, color="<b>Red</b>")
    assert "<script>" not in email.html and "<img" not in email.html and "<b>Red</b>" not in email.html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in email.html
    assert f"Hello {HOSTILE_NAME}" in email.text


# ---- not approved ----------------------------------------------------------------------------------


def test_the_rejection_lists_the_reasons_and_invites_a_revised_submission():
    email = rejection()
    assert email.subject == "Submission Not Approved – Job a1b2c3"
    assert "  - Walls too thin\n  - Exceeds printer size\n" in email.text
    assert "<li>Walls too thin</li>" in email.html and "<li>Exceeds printer size</li>" in email.html
    for body in (email.text, email.html):
        assert "bracket.stl" in body
        assert "revise your model" in body
        assert "https://print.example.edu/submit" in body
        assert "A note from staff" not in body
    assert 'href="https://print.example.edu/submit"' in email.html


def test_the_staffs_own_message_is_shown_escaped_in_html():
    email = rejection(custom_reason="Please scale it <b>down</b>\nto 200 mm.")
    assert "A note from staff\nPlease scale it <b>down</b>\nto 200 mm." in email.text
    assert "Please scale it &lt;b&gt;down&lt;/b&gt;\nto 200 mm." in email.html


def test_a_rejection_with_only_a_message_has_no_empty_reason_list():
    email = rejection(reasons=(), custom_reason="The file is empty.")
    assert "<ul" not in email.html and "Why it was not approved" not in email.text
    assert "The file is empty." in email.text


def test_the_rejection_escapes_what_the_student_typed_and_names_the_lab():
    email = rejection(student_name=HOSTILE_NAME, original_filename=HOSTILE_FILE)
    assert "<script>" not in email.html and "<img" not in email.html
    assert "Fabrication Lab, room 145 Atkinson" in email.text


# ---- ready for pickup ------------------------------------------------------------------------------


def test_the_pickup_email_says_where_when_and_how_to_pay_from_the_catalog():
    email = pickup()
    assert email.subject == "Your 3D Print is Complete – Job a1b2c3"
    assert "Pick up at:    Fabrication Lab, room 145 Atkinson" in email.text
    assert "Opening hours: Monday–Friday 8:30–4:30" in email.text
    assert "Payment:       TigerCASH only" in email.text
    assert "<strong>Fabrication Lab, room 145 Atkinson</strong>" in email.html
    assert ">Monday–Friday 8:30–4:30</td>" in email.html and ">TigerCASH only</td>" in email.html


def test_another_labs_catalog_changes_every_detail():
    lab = replace(SEED_LAB, name="Maker Hall", pickup_location="Room 12, Maker Hall", pickup_hours="Daily 10–6",
                  payment_method="Campus Card")
    email = pickup(lab=lab)
    for body in (email.text, email.html):
        for value in ("Maker Hall", "Room 12, Maker Hall", "Daily 10–6", "Campus Card"):
            assert value in body
        assert "TigerCASH" not in body and "Atkinson" not in body and "Fabrication Lab" not in body


def test_an_empty_catalog_detail_leaves_its_row_out():
    email = pickup(lab=replace(SEED_LAB, pickup_hours="", payment_method=""))
    assert "Opening hours" not in email.text + email.html
    assert "Payment:" not in email.text and " only" not in email.html
    assert "paid when you collect it" in email.text


def test_the_pickup_email_escapes_what_the_student_typed():
    email = pickup(student_name=HOSTILE_NAME, original_filename=HOSTILE_FILE)
    assert "<script>" not in email.html and "<img" not in email.html
    assert "&lt;script&gt;" in email.html


# ---- still waiting: the pickup reminder ----------------------------------------------------------------


def reminder(lab=SEED_LAB, **overrides):  # noqa: ANN001
    facts = PickupReminder(**JOB, print_method="Resin", color="Clear", printer="Formlabs Form 3", ready_since=ISSUED)
    return renderer.pickup_reminder(replace(facts, **overrides), lab)


def test_the_reminder_says_since_when_the_print_waits_on_the_labs_clock_and_where():
    email = reminder()
    assert email.subject == "Reminder: your 3D print is waiting for pickup – Job a1b2c3"
    # 14:00 UTC on 1 September 2025 is 9:00 in Chicago (CDT), the seed lab's zone.
    assert "ready since Monday, September 1, 2025 at 9:00 AM CDT" in email.text
    assert "ready since Monday, September 1, 2025 at 9:00 AM CDT" in email.html
    assert "Pick up at:    Fabrication Lab, room 145 Atkinson" in email.text
    assert ">TigerCASH only</td>" in email.html
    assert "If you no longer need the print" in email.text


def test_the_reminder_escapes_what_the_student_typed():
    email = reminder(student_name=HOSTILE_NAME, original_filename=HOSTILE_FILE)
    assert "<script>" not in email.html and "<img" not in email.html
    assert "&lt;script&gt;" in email.html
