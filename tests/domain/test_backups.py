"""Which backups the rotation keeps, with a fixed clock."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

from grantdesk.domain.backups import Backup, BackupReason, backups_to_keep

NOW = datetime(2026, 11, 22, 21, 30, tzinfo=UTC)


def backup(taken_at: datetime, reason: BackupReason = BackupReason.AUTOMATIC) -> Backup:
    return Backup(Path(f"{reason.value}-{taken_at:%Y%m%d-%H%M%S}.sqlite3"), taken_at, reason)


def evenings(days: int) -> list[Backup]:
    """A backup every ten minutes from 18:00 to 21:00 on each of the last `days` days."""
    return [
        backup(datetime(2026, 11, 22, 18, tzinfo=UTC) - timedelta(days=day, minutes=-10 * slot))
        for day in range(days)
        for slot in range(19)
    ]


def test_the_newest_ten_and_the_last_of_each_day_for_a_month_are_kept():
    backups = evenings(45)
    kept = backups_to_keep(backups, NOW)
    newest_first = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    daily = {
        b
        for b in newest_first
        if b.taken_at.time() == datetime(2026, 1, 1, 21).time()
        and NOW - b.taken_at <= timedelta(days=30)
    }
    assert kept == set(newest_first[:10]) | daily
    assert len(daily) == 30  # today's 21:00 is also among the newest ten
    assert len(kept) == 10 + 29
    oldest_daily = min(b.taken_at for b in daily)
    assert oldest_daily == datetime(2026, 10, 24, 21, tzinfo=UTC)


def test_a_copy_taken_before_an_update_is_kept_however_old():
    old_upgrade = backup(NOW - timedelta(days=400), BackupReason.BEFORE_UPGRADE)
    old_automatic = backup(NOW - timedelta(days=400, minutes=5))
    kept = backups_to_keep([*evenings(3), old_upgrade, old_automatic], NOW)
    assert old_upgrade in kept
    assert old_automatic not in kept


def test_a_few_backups_are_all_kept():
    few = evenings(1)[:4]
    assert backups_to_keep(few, NOW) == set(few)
    assert backups_to_keep([], NOW) == set()


def test_a_quiet_month_keeps_the_last_backup_of_each_day_there_was_one():
    sparse = [backup(NOW - timedelta(days=day, hours=2)) for day in (0, 3, 9, 27, 31, 60)]
    extra = [backup(NOW - timedelta(days=3, hours=5))]
    kept = backups_to_keep(sparse + extra, NOW, newest=2)
    assert kept == set(sparse[:4])
