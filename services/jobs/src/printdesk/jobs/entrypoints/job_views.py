"""A job as staff see it (`JobDetail`) and its trail (`JobEventList`), built from the lifecycle store's rows."""

from __future__ import annotations

from datetime import datetime

from printdesk.contracts.api import (
    ConfirmationInfo,
    JobDetail,
    JobEventItem,
    JobEventList,
    JobStatus,
    LockInfo,
    PaymentInfo,
    PrintFailureInfo,
)
from printdesk.jobs.domain.audit import AuditRecord
from printdesk.jobs.domain.locks import held_lock
from printdesk.jobs.service_layer.ports import LoadedJob


def detail_of(loaded: LoadedJob, now: datetime) -> JobDetail:
    job, facts = loaded.lifecycle, loaded.facts
    lock = held_lock(job.lock, now)
    link, paid = job.confirmation, job.payment
    difference = job.charge_difference
    return JobDetail(
        id=job.job_id, short_id=facts.short_id, status=JobStatus(job.status), student_name=facts.student_name,
        student_email=facts.student_email, display_name=facts.display_name, original_filename=facts.original_filename,
        created_at=facts.created_at, updated_at=facts.updated_at, discipline=facts.discipline,
        class_number=facts.class_number, print_method=facts.print_method, color=facts.color, printer=job.printer,
        file_path=facts.file_path, weight_g=job.weight_g, time_hours=job.time_hours,
        cost=job.cost.amount if job.cost else None, printing_printer=job.printing_printer,
        staff_viewed_at=job.staff_viewed_at, rejection_reasons=list(job.rejection_reasons),
        rejection_custom_reason=job.rejection_custom_reason, notes=job.notes, last_updated_by=facts.last_updated_by,
        lock=LockInfo(workstation=lock.workstation, staff_name=lock.staff_name, holder=lock.holder,
                      expires_at=lock.expires_at) if lock else None,
        confirmation=ConfirmationInfo(expires_at=link.expires_at, used_at=link.used_at,
                                      last_sent_at=job.confirmation_last_sent_at) if link else None,
        payment=PaymentInfo(grams=paid.grams, price=paid.price.amount, txn_no=paid.txn_no,
                            picked_up_by=paid.picked_up_by, recorded_by=paid.recorded_by,
                            recorded_at=paid.recorded_at) if paid else None,
        charge_difference=difference.amount if difference else None,
        failures=[PrintFailureInfo(reason=f.reason, printer=f.printer, at=f.at) for f in job.failures],
    )


def trail_of(job_id: str, records: list[AuditRecord]) -> JobEventList:
    return JobEventList(job_id=job_id, events=[
        JobEventItem(seq=r.seq, event_type=r.event_type, at=r.at, staff_name=r.staff_name,
                     workstation=r.workstation, details=r.details, hash=r.hash)
        for r in records
    ])
