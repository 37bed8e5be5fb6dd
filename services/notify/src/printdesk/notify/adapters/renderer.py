"""E-mails rendered from Jinja2 templates (`printdesk/notify/templates/`): HTML autoescaped, text as is.

Each e-mail is three templates, `<name>.subject.txt`, `<name>.txt` and `<name>.html`, given the facts of
the e-mail, the lab's details (`lab`) and filters for amounts, weights, durations and moments.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from printdesk.notify.domain import wording
from printdesk.notify.domain.emails import (
    PickupReminder,
    QuoteToConfirm,
    ReadyForPickup,
    SubmissionReceived,
    SubmissionRejected,
)
from printdesk.notify.domain.lab import LabDetails
from printdesk.notify.service_layer.ports import RenderedEmail


class JinjaEmailRenderer:
    def __init__(self, *, public_url: str) -> None:
        self._public_url = public_url.rstrip("/")
        self._env = Environment(
            loader=PackageLoader("printdesk.notify", "templates"),
            autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False, default=False),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self._env.filters.update(
            weight=wording.weight, duration=wording.duration, local_time=wording.local_time,
        )

    def _render(self, name: str, facts: Any, lab: LabDetails, **extra: Any) -> RenderedEmail:
        context = {
            **asdict(facts),
            "lab": lab,
            "lab_name": lab.name,
            "public_url": self._public_url,
            "money": lambda amount: wording.money(amount, lab.currency),
            **extra,
        }
        subject = self._env.get_template(f"{name}.subject.txt").render(context)
        return RenderedEmail(
            subject=" ".join(subject.split()),  # one line, whatever the template or the data hold
            text=self._env.get_template(f"{name}.txt").render(context),
            html=self._env.get_template(f"{name}.html").render(context),
        )

    def submission_received(self, facts: SubmissionReceived, lab: LabDetails) -> RenderedEmail:
        # Events from before tracking links existed point at the submission's success page.
        request_url = f"{self._public_url}/submit/success?job={facts.short_id}"
        return self._render("submission_received", facts, lab, request_url=request_url)

    def quote_to_confirm(self, facts: QuoteToConfirm, lab: LabDetails) -> RenderedEmail:
        return self._render(
            "quote_to_confirm", facts, lab,
            rate=lab.rate_for(facts.print_method),
            valid_hours=wording.whole_hours(facts.issued_at, facts.expires_at),
        )

    def submission_rejected(self, facts: SubmissionRejected, lab: LabDetails) -> RenderedEmail:
        return self._render("submission_rejected", facts, lab, submit_url=f"{self._public_url}/submit")

    def ready_for_pickup(self, facts: ReadyForPickup, lab: LabDetails) -> RenderedEmail:
        return self._render("ready_for_pickup", facts, lab)

    def pickup_reminder(self, facts: PickupReminder, lab: LabDetails) -> RenderedEmail:
        return self._render("pickup_reminder", facts, lab)

    def test_message(self, lab: LabDetails, *, requested_by: str | None, workstation: str | None) -> RenderedEmail:
        return self._render("test_message", _NoFacts(), lab, requested_by=requested_by, workstation=workstation)


@dataclass(frozen=True)
class _NoFacts:
    """A message about no job."""
