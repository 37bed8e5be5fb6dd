"""Daily backups kept as the newest of each of the last days, weeks and months; nothing else is touched."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from printdesk.devstack.backup_rotation import Keep, prune_backups, to_remove


def _stamp(at: datetime) -> str:
    return at.strftime("%Y%m%dT%H%M%SZ")


def test_a_year_of_nightly_backups_keeps_14_days_8_weeks_and_12_months():
    last = datetime(2026, 11, 26, 2, 0, tzinfo=UTC)
    names = [_stamp(last - timedelta(days=d)) for d in range(400)]
    removed = set(to_remove(names, Keep()))
    kept = sorted(set(names) - removed, reverse=True)
    assert kept[:14] == names[:14]  # every one of the last 14 nights
    weeks = {datetime.strptime(n, "%Y%m%dT%H%M%SZ").isocalendar()[:2] for n in kept}
    assert len(weeks) >= 8
    months = {n[:6] for n in kept}
    assert len(months) == 12 and "202512" in months and "202511" not in months
    # One per week and month beyond the last 14 days: each is the newest of its week or month.
    assert len(kept) <= 14 + 8 + 12
    assert _stamp(datetime(2026, 1, 31, 2, 0, tzinfo=UTC)) in kept  # January's newest
    assert _stamp(datetime(2026, 1, 30, 2, 0, tzinfo=UTC)) in removed


def test_several_backups_in_one_day_keep_the_newest_of_that_day():
    names = ["20261126T020000Z", "20261126T140000Z", "20261125T020000Z"]
    assert to_remove(names, Keep(daily=2, weekly=0, monthly=0)) == ["20261126T020000Z"]


def test_only_complete_backups_are_deleted_and_never_the_one_just_written(tmp_path: Path):
    root = tmp_path / "backups"
    last = datetime(2026, 11, 26, 2, 0, tzinfo=UTC)
    for days in range(5):
        folder = root / _stamp(last - timedelta(days=days))
        folder.mkdir(parents=True)
        (folder / "manifest.json").write_text("{}")
    half_done = root / _stamp(last - timedelta(days=10))
    half_done.mkdir()  # a backup that failed: no manifest
    (root / "notes").mkdir()
    (root / "README.txt").write_text("copied off-site every night")

    removed = prune_backups(root, Keep(daily=2, weekly=0, monthly=0), protect=root / _stamp(last))

    assert sorted(p.name for p in removed) == [_stamp(last - timedelta(days=d)) for d in (4, 3, 2)]
    assert sorted(p.name for p in root.iterdir()) == sorted(
        ["README.txt", "notes", half_done.name, _stamp(last), _stamp(last - timedelta(days=1))])
    # The backup just written is kept even when the counts would not keep it.
    assert prune_backups(root, Keep(daily=0, weekly=0, monthly=0), protect=root / _stamp(last)) == [
        root / _stamp(last - timedelta(days=1))]
    assert (root / _stamp(last)).is_dir()


def test_a_missing_folder_has_nothing_to_prune(tmp_path: Path):
    assert prune_backups(tmp_path / "nowhere", Keep()) == []
