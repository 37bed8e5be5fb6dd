"""E-mails rendered from Jinja2 templates (`printdesk/notify/templates/`): HTML autoescaped, text as is."""

from __future__ import annotations

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from printdesk.notify.service_layer.ports import RenderedEmail, SubmissionReceived


class JinjaEmailRenderer:
    def __init__(self, *, public_url: str, lab_name: str) -> None:
        self._public_url = public_url.rstrip("/")
        self._lab_name = lab_name
        self._env = Environment(
            loader=PackageLoader("printdesk.notify", "templates"),
            autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False, default=False),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )

    def _render(self, name: str, context: dict) -> RenderedEmail:
        context = {"lab_name": self._lab_name, "public_url": self._public_url, **context}
        subject = self._env.get_template(f"{name}.subject.txt").render(context)
        return RenderedEmail(
            subject=" ".join(subject.split()),  # one line, whatever the template or the data hold
            text=self._env.get_template(f"{name}.txt").render(context),
            html=self._env.get_template(f"{name}.html").render(context),
        )

    def submission_received(self, facts: SubmissionReceived) -> RenderedEmail:
        return self._render(
            "submission_received",
            {
                "student_name": facts.student_name,
                "original_filename": facts.original_filename,
                "job_id": facts.job_id,
                "short_id": facts.short_id,
                "print_method": facts.print_method,
                "color": facts.color,
                "printer": facts.printer,
                "tracking_url": facts.tracking_url,
                # Events from before tracking links existed point at the submission's success page.
                "request_url": f"{self._public_url}/submit/success?job={facts.short_id}",
            },
        )
