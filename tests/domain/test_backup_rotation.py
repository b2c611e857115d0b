"""The rotation policy: 7 daily, 4 weekly, 12 monthly; manual backups and the newest good one always stay."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from mediation_app.domain.backup_rotation import BackupEntry, BackupKind, backups_to_delete, backups_to_keep

NOW = datetime(2026, 11, 21, 23, 30)


@st.composite
def backup_sets(draw: st.DrawFn) -> list[BackupEntry]:
    ages = draw(st.lists(st.integers(min_value=-3 * 3600, max_value=800 * 86400), max_size=60))
    kinds = st.sampled_from(list(BackupKind))
    return [
        BackupEntry(f"b{i}", NOW - timedelta(seconds=age), draw(kinds), draw(st.booleans()))
        for i, age in enumerate(ages)
    ]


@given(backup_sets())
def test_manual_backups_are_never_deleted(entries: list[BackupEntry]) -> None:
    deleted = backups_to_delete(entries, NOW)
    assert all(entry.kind is not BackupKind.MANUAL for entry in deleted)


@given(backup_sets())
def test_the_newest_good_backup_is_kept(entries: list[BackupEntry]) -> None:
    good = [e for e in entries if e.good]
    keep = backups_to_keep(entries, NOW)
    if good:
        assert max(good, key=lambda e: e.taken_at).name in keep


@given(backup_sets())
def test_at_most_one_automatic_backup_per_bucket_is_kept(entries: list[BackupEntry]) -> None:
    keep = backups_to_keep(entries, NOW)
    automatic = [e for e in entries if e.name in keep and e.kind is not BackupKind.MANUAL and e.taken_at <= NOW]
    assert len(automatic) <= 7 + 4 + 12 + 1  # the buckets plus the newest good one


@given(backup_sets())
def test_each_of_the_last_seven_days_keeps_its_newest_backup(entries: list[BackupEntry]) -> None:
    keep = backups_to_keep(entries, NOW)
    pool = [e for e in entries if e.kind is not BackupKind.MANUAL and e.taken_at <= NOW]
    candidates = [e for e in pool if e.good] or pool  # refused copies count only when no good one exists
    for offset in range(7):
        same_day = [e for e in candidates if e.taken_at.date() == NOW.date() - timedelta(days=offset)]
        if same_day:
            assert max(same_day, key=lambda e: e.taken_at).name in keep


@given(backup_sets())
def test_rotation_is_stable_when_run_again(entries: list[BackupEntry]) -> None:
    keep = backups_to_keep(entries, NOW)
    remaining = [e for e in entries if e.name in keep]
    assert backups_to_keep(remaining, NOW) == keep


@given(backup_sets())
def test_keep_and_delete_split_the_backups(entries: list[BackupEntry]) -> None:
    keep = backups_to_keep(entries, NOW)
    deleted = {e.name for e in backups_to_delete(entries, NOW)}
    assert keep.isdisjoint(deleted)
    assert keep | deleted == {e.name for e in entries}


def test_a_year_of_daily_backups_keeps_days_weeks_and_months() -> None:
    entries = [BackupEntry(f"d{i}", NOW - timedelta(days=i), BackupKind.DAILY) for i in range(400)]
    entries.append(BackupEntry("manual-old", NOW - timedelta(days=900), BackupKind.MANUAL))
    keep = backups_to_keep(entries, NOW)
    kept_days = sorted(int(name[1:]) for name in keep if name.startswith("d"))
    assert kept_days[:7] == list(range(7))  # the last seven days
    assert "manual-old" in keep
    # the newest of each of the 12 months (Nov back to Dec last year) and of the last 4 ISO weeks
    months = {(NOW - timedelta(days=d)).strftime("%Y-%m") for d in kept_days}
    assert len(months) == 12 and max(kept_days) < 366
    assert len(kept_days) <= 7 + 4 + 12


def test_a_refused_copy_does_not_push_out_the_good_one() -> None:
    good = BackupEntry("good", NOW - timedelta(hours=3), BackupKind.START)
    bad = BackupEntry("bad", NOW - timedelta(hours=1), BackupKind.EXIT, good=False)
    keep = backups_to_keep([good, bad], NOW)
    assert "good" in keep and "bad" not in keep


def test_a_backup_from_the_future_is_kept() -> None:
    ahead = BackupEntry("ahead", NOW + timedelta(days=2), BackupKind.DAILY)
    today = BackupEntry("today", NOW - timedelta(hours=1), BackupKind.START)
    assert backups_to_keep([ahead, today], NOW) == {"ahead", "today"}
