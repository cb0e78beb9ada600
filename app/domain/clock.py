"""The one clock of the domain: injectable so that tests move time instead of sleeping."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

JST = ZoneInfo("Asia/Tokyo")

_now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)  # noqa: E731


def now() -> datetime:
    """The current time in UTC. Always UTC: SQLite compares stored datetimes as text, so every
    datetime that reaches a query must be in the offset they are stored in."""
    return _now().astimezone(timezone.utc)


def utc(moment: datetime) -> datetime:
    return moment.astimezone(timezone.utc)


def set_clock(source: Callable[[], datetime] | None) -> None:
    """Replace the clock (tests); `None` restores the system clock."""
    global _now
    _now = source or (lambda: datetime.now(timezone.utc))


@contextmanager
def _reading(moment: datetime) -> Iterator[None]:
    global _now
    previous = _now
    _now = lambda: moment
    try:
        yield
    finally:
        _now = previous


def stopped_at(moment: datetime) -> AbstractContextManager[None]:
    """The clock reads `moment` for a synchronous stretch of code (no await inside): what that code
    derives from the time can then be told from what it does not."""
    return _reading(moment)


def travelled_to(moment: datetime) -> AbstractContextManager[None]:
    """The clock reads `moment` for a stretch of a single-task program, awaits included (seed-demo
    dating its cases in the past); never in a server, where other requests would read it too."""
    return _reading(moment)


def to_jst(moment: datetime) -> datetime:
    return moment.astimezone(JST)


def jst_or_none(moment: datetime | None) -> datetime | None:
    return to_jst(moment) if moment else None


def today() -> date:
    """Today in Japan: the day every date rule of the system is judged by."""
    return to_jst(now()).date()


def months_after(day: date, months: int = 1) -> date:
    """The same day `months` later, or that month's last day (1月31日 → 2月28日)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in range(day.day, 27, -1):
        try:
            return date(year, month, candidate)
        except ValueError:
            continue
    return date(year, month, min(day.day, 28))
