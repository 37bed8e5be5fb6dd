"""The "upload received" e-mail: what it says, in HTML and plain text, and that HTML escapes what students type."""

from __future__ import annotations

from printdesk.notify.adapters.renderer import JinjaEmailRenderer
from printdesk.notify.service_layer.ports import SubmissionReceived

renderer = JinjaEmailRenderer(public_url="https://print.example.edu/", lab_name="FabLab CoAD")


def render(**overrides):
    facts = dict(student_name="Ada Lovelace", original_filename="bracket.stl", job_id="a1b2c3d4e5f6", short_id="a1b2c3")
    return renderer.submission_received(SubmissionReceived(**{**facts, **overrides}))


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


def test_both_bodies_link_to_the_request():
    email = render()
    link = "https://print.example.edu/submit/success?job=a1b2c3"
    assert link in email.text
    assert f'href="{link}"' in email.html


def test_html_escapes_a_hostile_student_name_and_file_name():
    email = render(student_name="<script>alert(1)</script>", original_filename='x"><img src=x onerror=alert(1)>.stl')
    assert "<script>" not in email.html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in email.html
    assert "<img" not in email.html
    # Plain text is not HTML: it keeps what the student typed.
    assert "Hello <script>alert(1)</script>" in email.text


def test_a_subject_stays_one_line_whatever_the_data():
    assert "\n" not in render(short_id="a1\nb2").subject
