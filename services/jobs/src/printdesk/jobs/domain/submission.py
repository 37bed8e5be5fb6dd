"""What a student's submission form must hold (SPEC.md §2.1), checked against the lab's current catalog.

Every field is checked and every problem reported at once, in words a student can act on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

EMAIL_PATTERN = re.compile(r"^\S+@\S+\.\S+$")


@dataclass(frozen=True)
class MethodChoices:
    colors: tuple[str, ...]
    printers: tuple[str, ...]


@dataclass(frozen=True)
class CatalogChoices:
    """The part of the lab catalog a submission is checked against."""

    version: int
    disciplines: tuple[str, ...]
    methods: dict[str, MethodChoices] = field(hash=False)
    minimum_charge: Decimal
    currency: str

    def minimum_charge_text(self) -> str:
        amount = f"{self.minimum_charge:.2f}"
        return f"${amount}" if self.currency == "USD" else f"{amount} {self.currency}"


class InvalidSubmission(ValueError):
    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in fields.items()))
        self.fields = fields


def _tidy(value: str) -> str:
    return " ".join(value.split())


def _listing(values: tuple[str, ...]) -> str:
    return ", ".join(values)


@dataclass(frozen=True)
class SubmissionForm:
    """The form as the student filled it in; `checked(...)` returns it tidied, or raises InvalidSubmission."""

    student_first_name: str
    student_last_name: str
    student_email: str
    discipline: str
    class_number: str
    print_method: str
    color: str
    printer: str
    scaling_confirmed: bool
    min_charge_consent: bool

    @property
    def student_name(self) -> str:
        return f"{self.student_first_name} {self.student_last_name}"

    def problems(self, catalog: CatalogChoices) -> dict[str, str]:
        """One message per field that is not acceptable (empty when the form is fine)."""
        form = self.tidied()
        problems: dict[str, str] = {}
        if not 2 <= len(form.student_first_name) <= 100:
            problems["student_first_name"] = "First name must be 2 to 100 characters."
        if not 2 <= len(form.student_last_name) <= 100:
            problems["student_last_name"] = "Last name must be 2 to 100 characters."
        if len(form.student_email) > 100 or not EMAIL_PATTERN.match(form.student_email):
            problems["student_email"] = "Enter an e-mail address like name@example.edu (at most 100 characters)."
        if form.discipline not in catalog.disciplines:
            problems["discipline"] = f"Choose your discipline from the list: {_listing(catalog.disciplines)}."
        if not 1 <= len(form.class_number) <= 50:
            problems["class_number"] = "Enter your class number (at most 50 characters), e.g. ARCH 4000, or N/A."
        method = catalog.methods.get(form.print_method)
        if method is None:
            problems["print_method"] = f"Choose a print method: {_listing(tuple(catalog.methods))}."
            problems["color"] = "Choose a print method first, then a color."
            problems["printer"] = "Choose a print method first, then a printer."
        else:
            if form.color not in method.colors:
                problems["color"] = f"Choose one of the {form.print_method} colors: {_listing(method.colors)}."
            if form.printer not in method.printers:
                problems["printer"] = f"Choose a printer for {form.print_method}: {_listing(method.printers)}."
        if form.scaling_confirmed is not True:
            problems["scaling_confirmed"] = "Please confirm that your model was scaled in millimeters before export."
        if form.min_charge_consent is not True:
            problems["min_charge_consent"] = (
                f"Please accept the minimum charge of {catalog.minimum_charge_text()}; the final cost may be higher."
            )
        return problems

    def tidied(self) -> SubmissionForm:
        return SubmissionForm(
            student_first_name=_tidy(self.student_first_name),
            student_last_name=_tidy(self.student_last_name),
            student_email=self.student_email.strip(),
            discipline=self.discipline.strip(),
            class_number=_tidy(self.class_number),
            print_method=self.print_method.strip(),
            color=self.color.strip(),
            printer=self.printer.strip(),
            scaling_confirmed=self.scaling_confirmed,
            min_charge_consent=self.min_charge_consent,
        )

    def checked(self, catalog: CatalogChoices) -> SubmissionForm:
        if problems := self.problems(catalog):
            raise InvalidSubmission(problems)
        return self.tidied()
