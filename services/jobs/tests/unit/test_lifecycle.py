"""The job's state machine: every command, from every status, with the lock and the single-use confirm link."""

from __future__ import annotations

import copy
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from printdesk.jobs.domain import lifecycle as lc
from printdesk.jobs.domain.lifecycle import (
    ALLOWED_FROM,
    LEADS_TO,
    AlreadyDeleted,
    ConfirmationExpired,
    ConfirmationInvalid,
    ConfirmationUsed,
    InvalidInput,
    JobLifecycle,
    WrongStatus,
)
from printdesk.jobs.domain.locks import Actor, EditLock, Locked
from printdesk.jobs.domain.model import JobStatus as S
from printdesk.jobs.domain.pricing import Money, Rate

NOW = datetime(2025, 9, 1, 10, 0, tzinfo=UTC)
ALEX = Actor(staff_name="Alex", workstation="front-desk")
SAM = Actor(staff_name="Sam", workstation="back-room")
FILAMENT = Rate(price_per_gram=Decimal("0.10"), minimum_charge=Decimal("3.00"))
TOKEN = "a" * 64


def job(status: S = S.UPLOADED, **fields) -> JobLifecycle:
    return JobLifecycle(job_id="job-1", status=status, **fields)


def pending(**fields) -> JobLifecycle:
    j = job()
    j.approve(ALEX, NOW, weight_g=Decimal("45"), time_hours=Decimal("2.5"), rate=FILAMENT, token_hash=TOKEN, **fields)
    j.events.clear()
    return j


# A valid call of every command; what varies in the tables below is only the starting status.
COMMANDS: dict[str, Callable[[JobLifecycle], None]] = {
    "approve": lambda j: j.approve(ALEX, NOW, weight_g=Decimal("45"), time_hours=1, rate=FILAMENT, token_hash=TOKEN),
    "reject": lambda j: j.reject(ALEX, NOW, reasons=["Not to scale"]),
    "review": lambda j: j.review(ALEX, NOW, reviewed=True),
    "confirm": lambda j: j.confirm(TOKEN, NOW),
    "resend_confirmation": lambda j: j.resend_confirmation(ALEX, NOW, token_hash="b" * 64),
    "mark_printing": lambda j: j.mark_printing(ALEX, NOW, printer="Prusa MK4 #2"),
    "mark_complete": lambda j: j.mark_complete(ALEX, NOW),
    "record_payment": lambda j: j.record_payment(ALEX, NOW, grams="50", txn_no="T-1", picked_up_by="Jo", rate=FILAMENT),
    "revert_completion": lambda j: j.revert_completion(ALEX, NOW),
    "revert_pickup": lambda j: j.revert_pickup(ALEX, NOW),
    "delete": lambda j: j.delete(ALEX, NOW),
    "archive": lambda j: j.archive(ALEX, NOW),
    "prune": lambda j: j.prune(ALEX, NOW),
    "force_confirm": lambda j: j.force_confirm(ALEX, NOW, reason="student confirmed by phone"),
    "mark_failed": lambda j: j.mark_failed(ALEX, NOW, reason="spaghetti"),
    "change_status": lambda j: j.change_status(
        ALEX, NOW, new_status=S.ARCHIVED if j.status != S.ARCHIVED else S.UPLOADED, reason="fix"
    ),
    "force_unlock": lambda j: j.force_unlock(ALEX, NOW, reason="Alex went home"),
}


def ready(status: S) -> JobLifecycle:
    """A quoted job in `status` holding a live, unused confirm link, so confirm fails on the status alone."""
    return job(status, cost=Money(Decimal("4.50")),
               confirmation=lc.Confirmation(token_hash=TOKEN, expires_at=NOW + timedelta(hours=1)))


def test_every_command_has_its_starting_statuses():
    assert set(COMMANDS) == set(ALLOWED_FROM)


ALLOWED = [(c, s) for c in COMMANDS for s in sorted(ALLOWED_FROM[c])]
REFUSED = [(c, s) for c in COMMANDS for s in sorted(set(S) - ALLOWED_FROM[c])]


@pytest.mark.parametrize(("command", "status"), ALLOWED)
def test_a_command_works_from_each_of_its_starting_statuses(command, status):
    j = ready(status)
    COMMANDS[command](j)
    if (target := LEADS_TO.get(command, "told")) != "told":
        assert j.status == (target or status)
    assert len(j.events) == 1


@pytest.mark.parametrize(("command", "status"), REFUSED)
def test_a_command_from_any_other_status_is_refused_with_the_current_status(command, status):
    j = ready(status)
    before = copy.deepcopy(vars(j))
    with pytest.raises(WrongStatus) as raised:
        COMMANDS[command](j)
    assert raised.value.current == status
    assert raised.value.allowed == ALLOWED_FROM[command]
    assert raised.value.command == command
    assert vars(j) == before


def test_the_happy_path_from_upload_to_archive():
    j = job()
    j.approve(ALEX, NOW, weight_g=Decimal("45.55"), time_hours=Decimal("2"), rate=FILAMENT, token_hash=TOKEN)
    j.confirm(TOKEN, NOW + timedelta(hours=1))
    j.mark_printing(SAM, NOW, printer="Prusa MK4 #2")
    j.mark_complete(SAM, NOW)
    j.record_payment(ALEX, NOW, grams=Decimal("52.3"), txn_no="T-77", picked_up_by="Jo", rate=FILAMENT)
    j.archive(ALEX, NOW)
    assert j.status == S.ARCHIVED
    assert [type(e).__name__ for e in j.events] == [
        "JobApproved", "StudentConfirmed", "JobMarkedPrinting", "JobMarkedComplete", "PaymentRecorded", "JobArchived",
    ]


def test_approval_quotes_the_print_mints_a_72_hour_link_and_clears_new():
    j = job()
    j.approve(ALEX, NOW, weight_g=Decimal("45.55"), time_hours=Decimal("2.5"), rate=FILAMENT, token_hash=TOKEN,
              printer="Bambu X1C")
    assert (j.status, j.cost, j.weight_g, j.time_hours, j.printer) == (
        S.PENDING, Money(Decimal("4.56")), Decimal("45.55"), Decimal("2.5"), "Bambu X1C")
    assert j.confirmation == lc.Confirmation(token_hash=TOKEN, expires_at=NOW + timedelta(hours=72))
    assert j.staff_viewed_at == NOW
    event = j.events[0]
    assert isinstance(event, lc.JobApproved)
    assert (event.staff_name, event.workstation, event.cost) == ("Alex", "front-desk", Money(Decimal("4.56")))


def test_approval_keeps_the_students_printer_without_an_override():
    j = job(printer="Prusa MK4")
    COMMANDS["approve"](j)
    assert j.printer == "Prusa MK4"


@pytest.mark.parametrize(
    "inputs",
    [
        {"weight_g": 0, "time_hours": 1},
        {"weight_g": -3, "time_hours": 1},
        {"weight_g": 10, "time_hours": 0},
        {"weight_g": Decimal("NaN"), "time_hours": 1},
        {"weight_g": 10, "time_hours": 1, "token_hash": " "},
        {"weight_g": 10, "time_hours": 1, "printer": ""},
    ],
)
def test_approval_needs_a_positive_weight_and_time_and_a_link(inputs):
    j = job()
    with pytest.raises(InvalidInput):
        j.approve(ALEX, NOW, rate=FILAMENT, **{"token_hash": TOKEN, **inputs})
    assert j.status == S.UPLOADED and j.events == []


def test_rejection_keeps_its_reasons():
    j = job()
    j.reject(ALEX, NOW, reasons=["Not to scale", " "], custom_reason="walls too thin")
    assert (j.status, j.rejection_reasons, j.rejection_custom_reason) == (
        S.REJECTED, ("Not to scale",), "walls too thin")


def test_a_custom_reason_alone_is_enough_to_reject():
    j = job()
    j.reject(ALEX, NOW, reasons=[], custom_reason="walls too thin")
    assert j.status == S.REJECTED


def test_rejection_needs_a_reason():
    with pytest.raises(InvalidInput):
        job().reject(ALEX, NOW, reasons=["", "  "], custom_reason=" ")


def test_the_review_flag_is_set_and_cleared():
    j = job()
    j.review(ALEX, NOW, reviewed=True)
    assert j.staff_viewed_at == NOW
    j.review(ALEX, NOW, reviewed=False)
    assert j.staff_viewed_at is None
    assert [type(e) for e in j.events] == [lc.JobReviewed, lc.JobReviewCleared]


# --- the student's confirm link ---


def test_the_link_confirms_once():
    j = pending()
    j.confirm(TOKEN, NOW + timedelta(hours=71))
    assert j.status == S.READYTOPRINT
    assert j.confirmation is not None and j.confirmation.used_at == NOW + timedelta(hours=71)
    with pytest.raises(ConfirmationUsed):
        j.confirm(TOKEN, NOW + timedelta(hours=71))


def test_a_used_link_stays_used_even_if_the_job_goes_back_to_pending():
    j = pending()
    j.confirm(TOKEN, NOW)
    j.change_status(ALEX, NOW, new_status=S.PENDING, reason="student changed their mind")
    with pytest.raises(ConfirmationUsed):
        j.confirm(TOKEN, NOW)


def test_an_expired_link_is_refused():
    j = pending()
    with pytest.raises(ConfirmationExpired):
        j.confirm(TOKEN, NOW + timedelta(hours=72))
    assert j.status == S.PENDING


def test_a_wrong_token_is_refused():
    with pytest.raises(ConfirmationInvalid):
        pending().confirm("f" * 64, NOW)
    with pytest.raises(ConfirmationInvalid):
        pending().confirm("", NOW)


def test_a_job_never_approved_has_no_valid_link():
    with pytest.raises(ConfirmationInvalid):
        job().confirm(TOKEN, NOW)


def test_a_resend_replaces_the_link_so_the_old_one_stops_working():
    j = pending()
    j.resend_confirmation(SAM, NOW + timedelta(hours=80), token_hash="b" * 64)
    with pytest.raises(ConfirmationInvalid):
        j.confirm(TOKEN, NOW + timedelta(hours=81))
    j.confirm("b" * 64, NOW + timedelta(hours=81))
    assert j.status == S.READYTOPRINT
    assert j.confirmation_last_sent_at == NOW + timedelta(hours=80)


def test_a_job_put_in_pending_by_hand_has_no_quote_to_resend():
    j = job(S.PENDING)
    with pytest.raises(InvalidInput, match="no quote"):
        j.resend_confirmation(SAM, NOW, token_hash="b" * 64)
    assert j.confirmation is None and j.events == []


def test_a_valid_link_on_a_force_confirmed_job_is_refused_with_the_status():
    j = pending()
    j.force_confirm(ALEX, NOW, reason="confirmed by phone")
    with pytest.raises(WrongStatus) as raised:
        j.confirm(TOKEN, NOW)
    assert raised.value.current == S.READYTOPRINT


# --- printing, payment, reverts ---


def test_printing_needs_a_printer():
    with pytest.raises(InvalidInput):
        job(S.READYTOPRINT).mark_printing(ALEX, NOW, printer=" ")


def test_payment_charges_the_scale_grams_and_keeps_the_quote_and_the_difference():
    j = pending()
    assert j.cost == Money(Decimal("4.50"))
    j.status = S.COMPLETED
    j.record_payment(ALEX, NOW, grams=Decimal("52.3"), txn_no="T-77", picked_up_by="Jo", rate=FILAMENT)
    assert j.status == S.PAIDPICKEDUP
    assert j.payment is not None and j.payment.price == Money(Decimal("5.23"))
    assert j.cost == Money(Decimal("4.50"))
    assert j.charge_difference == Money(Decimal("0.73"))
    event = j.events[-1]
    assert isinstance(event, lc.PaymentRecorded)
    assert (event.quoted, event.price, event.difference) == (
        Money(Decimal("4.50")), Money(Decimal("5.23")), Money(Decimal("0.73")))


def test_payment_without_a_quote_reports_no_difference():
    j = job(S.COMPLETED)
    COMMANDS["record_payment"](j)
    assert j.charge_difference is None


@pytest.mark.parametrize(
    "inputs",
    [
        {"grams": 0, "txn_no": "T-1", "picked_up_by": "Jo"},
        {"grams": 10, "txn_no": " ", "picked_up_by": "Jo"},
        {"grams": 10, "txn_no": "T-1", "picked_up_by": ""},
    ],
)
def test_payment_needs_grams_a_transaction_number_and_who_picked_it_up(inputs):
    j = job(S.COMPLETED)
    with pytest.raises(InvalidInput):
        j.record_payment(ALEX, NOW, rate=FILAMENT, **inputs)
    assert j.status == S.COMPLETED and j.payment is None


def test_reverting_a_pickup_keeps_the_payment_in_history_only():
    j = job(S.COMPLETED)
    COMMANDS["record_payment"](j)
    j.revert_pickup(ALEX, NOW)
    assert (j.status, j.payment, len(j.payment_history)) == (S.COMPLETED, None, 1)


def test_reverting_a_completion_goes_back_to_printing():
    j = job(S.COMPLETED)
    j.revert_completion(ALEX, NOW)
    assert j.status == S.PRINTING


def test_a_deleted_job_accepts_nothing_more():
    j = pending()
    j.delete(ALEX, NOW)
    assert j.deleted_at == NOW
    assert isinstance(j.events[-1], lc.JobDeleted) and j.events[-1].status == S.PENDING
    with pytest.raises(AlreadyDeleted):
        j.confirm(TOKEN, NOW)
    with pytest.raises(AlreadyDeleted):
        j.review(ALEX, NOW, reviewed=True)


# --- admin overrides ---


@pytest.mark.parametrize(
    ("status", "override"),
    [
        (S.PENDING, lambda j, r: j.force_confirm(ALEX, NOW, reason=r)),
        (S.UPLOADED, lambda j, r: j.change_status(ALEX, NOW, new_status=S.PRINTING, reason=r)),
        (S.PRINTING, lambda j, r: j.mark_failed(ALEX, NOW, reason=r)),
        (S.UPLOADED, lambda j, r: j.force_unlock(ALEX, NOW, reason=r)),
    ],
)
@pytest.mark.parametrize("reason", ["", "   ", None])
def test_every_admin_override_needs_a_reason(status, override, reason):
    j = job(status)
    with pytest.raises(InvalidInput):
        override(j, reason)
    assert j.status == status and j.events == []


def test_change_status_goes_anywhere_but_where_the_job_is():
    for target in S:
        j = job(S.PRINTING)
        if target == S.PRINTING:
            with pytest.raises(InvalidInput):
                j.change_status(ALEX, NOW, new_status=target, reason="fix")
            continue
        j.change_status(ALEX, NOW, new_status=target.value, reason="fix")
        assert j.status == target
        assert j.events[-1] == lc.AdminStatusChanged(
            job_id="job-1", staff_name="Alex", workstation="front-desk", at=NOW, reason="fix",
            from_status=S.PRINTING, to_status=target)


def test_change_status_refuses_an_unknown_status():
    with pytest.raises(InvalidInput):
        job().change_status(ALEX, NOW, new_status="LOST", reason="fix")


def test_a_failed_print_goes_back_to_the_queue_with_its_cost_and_link():
    j = pending()
    j.confirm(TOKEN, NOW)
    j.mark_printing(ALEX, NOW, printer="Prusa MK4 #2")
    link, cost = j.confirmation, j.cost
    j.mark_failed(ALEX, NOW, reason="spaghetti")
    assert (j.status, j.cost, j.confirmation, j.printing_printer) == (S.READYTOPRINT, cost, link, None)
    assert j.failures == [lc.PrintFailure(reason="spaghetti", printer="Prusa MK4 #2", at=NOW)]


# --- the lock, on every mutation ---

SAMS_LOCK = EditLock(workstation="back-room", staff_name="Sam", expires_at=NOW + timedelta(minutes=3))
STAFF_COMMANDS = [c for c in COMMANDS if c not in {"confirm", "force_unlock"}]


@pytest.mark.parametrize("command", STAFF_COMMANDS)
def test_every_staff_command_is_refused_while_someone_else_holds_the_lock(command):
    j = ready(next(iter(ALLOWED_FROM[command])))
    j.lock = SAMS_LOCK
    with pytest.raises(Locked, match="Locked by back-room · Sam"):
        COMMANDS[command](j)
    assert j.events == [] and j.lock == SAMS_LOCK


@pytest.mark.parametrize("command", STAFF_COMMANDS)
def test_the_holders_command_goes_through_and_releases_the_lock(command):
    j = ready(next(iter(ALLOWED_FROM[command])))
    j.lock = EditLock(workstation="front-desk", staff_name="Alex", expires_at=NOW + timedelta(minutes=3))
    COMMANDS[command](j)
    assert j.lock is None


def test_an_expired_lock_does_not_stop_anyone():
    j = job(lock=EditLock(workstation="back-room", staff_name="Sam", expires_at=NOW))
    j.review(ALEX, NOW, reviewed=True)
    assert j.staff_viewed_at == NOW


def test_the_same_workstation_under_another_name_is_locked_out():
    j = job(lock=EditLock(workstation="front-desk", staff_name="Kim", expires_at=NOW + timedelta(minutes=3)))
    with pytest.raises(Locked, match="front-desk · Kim"):
        j.review(ALEX, NOW, reviewed=True)


def test_the_student_can_confirm_while_staff_hold_the_lock():
    j = pending()
    j.lock = SAMS_LOCK
    j.confirm(TOKEN, NOW)
    assert j.status == S.READYTOPRINT


def test_force_unlock_really_clears_the_lock_and_names_who_held_it():
    j = job(lock=SAMS_LOCK)
    j.force_unlock(ALEX, NOW, reason="Sam went home")
    assert j.lock is None
    assert j.events[-1] == lc.ForceUnlocked(
        job_id="job-1", staff_name="Alex", workstation="front-desk", at=NOW, reason="Sam went home",
        previous_holder="back-room · Sam")
    j.review(ALEX, NOW, reviewed=True)


def test_lock_acquire_extend_and_release_through_the_job():
    j = job()
    assert j.acquire_lock(ALEX, NOW).expires_at == NOW + timedelta(minutes=5)
    with pytest.raises(Locked):
        j.acquire_lock(SAM, NOW)
    assert j.extend_lock(ALEX, NOW + timedelta(minutes=4)).expires_at == NOW + timedelta(minutes=9)
    j.release_lock(ALEX, NOW)
    assert j.acquire_lock(SAM, NOW).staff_name == "Sam"


# --- random command sequences (hypothesis is not installed: a seeded random walk instead) ---

ACTORS = [ALEX, SAM, Actor(staff_name="Kim", workstation="front-desk")]
STEP_ERRORS = (lc.LifecycleError, Locked, lc.locks.NotLockHolder)


def random_step(rng: random.Random, j: JobLifecycle, now: datetime) -> tuple[str, Callable[[], object]]:
    actor = rng.choice(ACTORS)
    reason = rng.choice(["fix", ""])
    steps: dict[str, Callable[[], object]] = {
        "approve": lambda: j.approve(actor, now, weight_g=rng.choice([0, 12, 45.5]), time_hours=rng.choice([0, 1]),
                                     rate=FILAMENT, token_hash=rng.choice([TOKEN, "b" * 64])),
        "reject": lambda: j.reject(actor, now, reasons=rng.choice([[], ["bad"]])),
        "review": lambda: j.review(actor, now, reviewed=rng.random() < 0.5),
        "confirm": lambda: j.confirm(rng.choice([TOKEN, "b" * 64, "c" * 64]), now),
        "resend_confirmation": lambda: j.resend_confirmation(actor, now, token_hash=rng.choice([TOKEN, "b" * 64])),
        "mark_printing": lambda: j.mark_printing(actor, now, printer=rng.choice(["", "MK4"])),
        "mark_complete": lambda: j.mark_complete(actor, now),
        "record_payment": lambda: j.record_payment(actor, now, grams=rng.choice([0, 30]), txn_no="T",
                                                   picked_up_by="Jo", rate=FILAMENT),
        "revert_completion": lambda: j.revert_completion(actor, now),
        "revert_pickup": lambda: j.revert_pickup(actor, now),
        "delete": lambda: j.delete(actor, now),
        "archive": lambda: j.archive(actor, now),
        "force_confirm": lambda: j.force_confirm(actor, now, reason=reason),
        "mark_failed": lambda: j.mark_failed(actor, now, reason=reason),
        "change_status": lambda: j.change_status(actor, now, new_status=rng.choice(list(S)), reason=reason),
        "force_unlock": lambda: j.force_unlock(actor, now, reason=reason),
        "acquire_lock": lambda: j.acquire_lock(actor, now),
        "release_lock": lambda: j.release_lock(actor, now),
    }
    name = rng.choice(list(steps))
    return name, steps[name]


@pytest.mark.parametrize("seed", range(200))
def test_random_command_sequences_only_ever_take_allowed_transitions(seed):
    rng = random.Random(seed)
    j = job()
    now = NOW
    for _ in range(40):
        now += timedelta(minutes=rng.choice([0, 1, 6, 60 * 24]))
        before_status, before = j.status, copy.deepcopy(vars(j))
        name, step = random_step(rng, j, now)
        try:
            step()
        except STEP_ERRORS:
            assert vars(j) == before, f"{name} failed but changed the job"
            continue
        assert j.status in set(S)
        if name in ALLOWED_FROM:
            assert before_status in ALLOWED_FROM[name], f"{name} accepted from {before_status}"
            target = LEADS_TO.get(name, "told")
            if target != "told":
                assert j.status == (target or before_status), f"{name} led {before_status} to {j.status}"
            assert len(j.events) == len(before["events"]) + 1
        if j.deleted_at is not None:
            break
