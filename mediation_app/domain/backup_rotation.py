"""Which backups to keep: the newest of each of the last 7 days, 4 ISO weeks and 12 months, every manual one."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum


class BackupKind(StrEnum):
    START = "start"
    EXIT = "exit"
    DAILY = "daily"
    MANUAL = "manual"


@dataclass(frozen=True)
class BackupEntry:
    """One backup file as the rotation sees it; ``good`` is False once a verification has refused it."""

    name: str
    taken_at: datetime
    kind: BackupKind
    good: bool = True


@dataclass(frozen=True)
class RotationPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def _newest_per_bucket(
    entries: Iterable[BackupEntry], bucket: Callable[[date], Hashable], wanted: set[Hashable]
) -> set[str]:
    newest: dict[Hashable, BackupEntry] = {}
    for entry in entries:
        key = bucket(entry.taken_at.date())
        if key in wanted and (key not in newest or entry.taken_at > newest[key].taken_at):
            newest[key] = entry
    return {entry.name for entry in newest.values()}


def backups_to_keep(
    entries: Iterable[BackupEntry], now: datetime, policy: RotationPolicy = RotationPolicy()
) -> frozenset[str]:
    """Names kept: manual ones, ones from the future (a clock set wrong), the newest good one, and the
    newest good backup (else newest) of each day, ISO week and month inside the policy's windows."""
    entries = list(entries)
    today = now.date()
    kept = {e.name for e in entries if e.kind is BackupKind.MANUAL or e.taken_at > now}
    good = [e for e in entries if e.good]
    if good:
        kept.add(max(good, key=lambda e: e.taken_at).name)
    days: set[Hashable] = {today - timedelta(days=i) for i in range(policy.daily)}
    weeks: set[Hashable] = {(today - timedelta(weeks=i)).isocalendar()[:2] for i in range(policy.weekly)}
    months: set[Hashable] = {_month_index(today) - i for i in range(policy.monthly)}
    pool = [e for e in entries if e.taken_at <= now and e.kind is not BackupKind.MANUAL]
    # Buckets choose among good copies; refused ones count only while no good copy exists at all.
    candidates = [e for e in pool if e.good] or pool
    kept |= _newest_per_bucket(candidates, lambda d: d, days)
    kept |= _newest_per_bucket(candidates, lambda d: d.isocalendar()[:2], weeks)
    kept |= _newest_per_bucket(candidates, _month_index, months)
    return frozenset(kept)


def backups_to_delete(
    entries: Iterable[BackupEntry], now: datetime, policy: RotationPolicy = RotationPolicy()
) -> list[BackupEntry]:
    """The automatic backups the rotation lets go, oldest first."""
    entries = list(entries)
    keep = backups_to_keep(entries, now, policy)
    return sorted((e for e in entries if e.name not in keep), key=lambda e: e.taken_at)
