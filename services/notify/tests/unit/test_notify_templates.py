"""The "upload received" e-mail: what it says, in HTML and plain text, and that HTML escapes what students type."""

from __future__ import annotations

from dataclasses import replace

from printdesk.contracts.api.catalog import seed_catalog
from printdesk.notify.adapters.renderer import JinjaEmailRenderer
from printdesk.notify.domain.emails import SubmissionReceived
from printdesk.notify.service_layer.lab_catalog import lab_details

renderer = JinjaEmailRenderer(public_url="https://print.example.edu/")
LAB = replace(lab_details(seed_catalog()), name="FabLab CoAD", pickup_location="Room 145, Atkinson Hall")


def render(lab=LAB, **overrides):  # noqa: ANN001
    facts = dict(student_name="Ada Lovelace", original_filename="bracket.stl", job_id="a1b2c3d4e5f6", short_id="a1b2c3")
    return renderer.submission_received(SubmissionReceived(**{**facts, **overrides}), lab)


def test_the_subject_names_the_job():
    assert render().subject == "We received your 3D print request – Job a1b2c3"


def test_both_bodies_greet_the_student_and_name_the_file_the_job_and_the_lab():
    email = render()
    for body in (email.text, email.html):
        assert "Hello Ada Lovelace" in body
        assert "bracket.stl" in body
        assert "a1b2c3" in body
        assert "FabLab CoAD" in body


def test_both_bodies_explain_the_four_steps_and_the_spam_folder():
    email = render()
    for body in (email.text, email.html):
        assert "1–2 business days" in body or "1-2 business days" in body
        assert "price" in body
        assert "confirm" in body
        assert "pickup" in body
        assert "spam" in body
    assert email.html.count("<li>") == 4


def test_an_event_from_before_tracking_links_links_to_the_request():
    email = render()
    link = "https://print.example.edu/submit/success?job=a1b2c3"
    assert link in email.text
    assert f'href="{link}"' in email.html
    assert "Track your request" not in email.text + email.html


FULL_FORM = dict(
    print_method="Filament", color="True Red", printer="Prusa MK4S",
    tracking_url="https://print.example.edu/track/Zm9vYmFyYmF6cXV4",
)


def test_both_bodies_show_the_method_the_color_and_the_printer():
    email = render(**FULL_FORM)
    assert "Print method:  Filament" in email.text
    assert "Color:         True Red" in email.text
    assert "Printer:       Prusa MK4S" in email.text
    for label, value in (("Print method", "Filament"), ("Color", "True Red"), ("Printer", "Prusa MK4S")):
        assert f">{label}</td>" in email.html and f">{value}</td>" in email.html


def test_both_bodies_invite_the_student_to_track_their_request_with_their_private_link():
    email = render(**FULL_FORM)
    assert "Track your request: https://print.example.edu/track/Zm9vYmFyYmF6cXV4" in email.text
    assert '<a href="https://print.example.edu/track/Zm9vYmFyYmF6cXV4"' in email.html
    assert ">Track your request</a>" in email.html
    assert "submit/success" not in email.text + email.html
    for body in (email.text, email.html):
        assert "Keep this link to yourself" in body


def test_html_escapes_a_hostile_color_or_printer_name():
    email = render(**{**FULL_FORM, "color": "<b>Red</b>", "printer": '"><script>x()</script>'})
    assert "<b>Red</b>" not in email.html and "&lt;b&gt;Red&lt;/b&gt;" in email.html
    assert "<script>" not in email.html


def test_rows_an_older_event_lacks_are_left_out():
    email = render()
    assert "Print method" not in email.text and "Printer" not in email.html


def test_html_escapes_a_hostile_student_name_and_file_name():
    email = render(student_name="<script>alert(1)</script>", original_filename='x"><img src=x onerror=alert(1)>.stl')
    assert "<script>" not in email.html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in email.html
    assert "<img" not in email.html
    # Plain text is not HTML: it keeps what the student typed.
    assert "Hello <script>alert(1)</script>" in email.text


def test_a_subject_stays_one_line_whatever_the_data():
    assert "\n" not in render(short_id="a1\nb2").subject


def test_the_lab_and_its_pickup_place_come_from_the_catalog():
    email = render()
    for body in (email.text, email.html):
        assert "FabLab CoAD" in body
        assert "Room 145, Atkinson Hall" in body
    seed = render(lab=lab_details(seed_catalog()))
    assert "Fabrication Lab, room 145 Atkinson" in seed.text


def test_html_escapes_a_hostile_lab_detail():
    email = render(lab=replace(LAB, name="<i>Lab</i>", pickup_location="<script>x()</script>"))
    assert "<script>" not in email.html and "<i>Lab</i>" not in email.html
    assert "&lt;i&gt;Lab&lt;/i&gt;" in email.html
