"""The submission form against the lab catalog (SPEC.md §2.1): each field's rule, in the student's words."""

from __future__ import annotations

import pytest

from printdesk.jobs.domain.submission import InvalidSubmission, SubmissionForm


def form(**overrides) -> SubmissionForm:
    values = dict(
        student_first_name="Ada", student_last_name="Lovelace", student_email="ada@example.edu",
        discipline="Architecture", class_number="ARCH 4000", print_method="Filament", color="True Red",
        printer="Prusa MK4S", scaling_confirmed=True, min_charge_consent=True,
    )
    return SubmissionForm(**{**values, **overrides})


def test_a_complete_form_has_no_problems(seed_choices):
    assert form().problems(seed_choices) == {}
    assert form(print_method="Resin", color="Clear", printer="Formlabs Form 3").problems(seed_choices) == {}


@pytest.mark.parametrize(
    ("overrides", "field", "words"),
    [
        ({"student_first_name": "A"}, "student_first_name", "First name must be 2 to 100 characters."),
        ({"student_first_name": "x" * 101}, "student_first_name", "First name must be 2 to 100 characters."),
        ({"student_first_name": "   "}, "student_first_name", "First name"),
        ({"student_last_name": "L"}, "student_last_name", "Last name must be 2 to 100 characters."),
        ({"student_email": "not-an-email"}, "student_email", "name@example.edu"),
        ({"student_email": "a@b"}, "student_email", "name@example.edu"),
        ({"student_email": "x" * 95 + "@e.edu"}, "student_email", "at most 100 characters"),
        ({"discipline": "Astrology"}, "discipline", "Choose your discipline from the list: Art, Architecture"),
        ({"class_number": ""}, "class_number", "ARCH 4000, or N/A"),
        ({"class_number": "C" * 51}, "class_number", "at most 50 characters"),
        ({"color": "Black"}, "color", "Choose one of the Filament colors: True Red"),
        ({"printer": "Formlabs Form 3"}, "printer", "Choose a printer for Filament: Prusa MK4S, Prusa XL, Raise3D Pro 2 Plus."),
        ({"scaling_confirmed": False}, "scaling_confirmed", "scaled in millimeters"),
        ({"min_charge_consent": False}, "min_charge_consent", "minimum charge of $3.00"),
    ],
)
def test_each_field_has_its_own_message(seed_choices, overrides, field, words):
    problems = form(**overrides).problems(seed_choices)
    assert list(problems) == [field]
    assert words in problems[field]


def test_an_unknown_method_asks_for_a_method_before_a_colour_and_a_printer(seed_choices):
    problems = form(print_method="Laser").problems(seed_choices)
    assert problems["print_method"] == "Choose a print method: Filament, Resin."
    assert "print method first" in problems["color"]
    assert "print method first" in problems["printer"]


def test_every_problem_is_reported_at_once(seed_choices):
    empty = SubmissionForm("", "", "", "", "", "", "", "", False, False)
    assert set(empty.problems(seed_choices)) == {
        "student_first_name", "student_last_name", "student_email", "discipline", "class_number",
        "print_method", "color", "printer", "scaling_confirmed", "min_charge_consent",
    }


def test_choices_are_exact_and_case_sensitive_as_the_catalog_spells_them(seed_choices):
    assert "color" in form(color="true red").problems(seed_choices)
    assert "discipline" in form(discipline="architecture").problems(seed_choices)


def test_spaces_are_tidied_before_checking_and_storing(seed_choices):
    messy = form(student_first_name="  Ada  ", student_last_name=" Byron   King ", student_email=" ada@example.edu ",
                 class_number="  ARCH   4000 ", color=" True Red ", printer="Prusa MK4S ")
    checked = messy.checked(seed_choices)
    assert (checked.student_first_name, checked.student_last_name) == ("Ada", "Byron King")
    assert checked.student_name == "Ada Byron King"
    assert checked.student_email == "ada@example.edu"
    assert checked.class_number == "ARCH 4000"
    assert (checked.color, checked.printer) == ("True Red", "Prusa MK4S")


def test_checked_raises_with_every_field_problem(seed_choices):
    with pytest.raises(InvalidSubmission) as caught:
        form(student_first_name="A", min_charge_consent=False).checked(seed_choices)
    assert set(caught.value.fields) == {"student_first_name", "min_charge_consent"}
