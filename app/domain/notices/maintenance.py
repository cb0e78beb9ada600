"""The daily maintenance stop (REQUIREMENTS E1): a window in Japan time that may cross midnight."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from app.domain.clock import JST

_WINDOW = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$")


class MaintenanceWindowError(ValueError):
    pass


@dataclass(frozen=True)
class DailyWindow:
    start: time
    end: time

    def _occurrence_containing_or_after(self, moment: datetime) -> tuple[datetime, datetime]:
        """The window occurrence that contains `moment`, or else the next one to start."""
        local = moment.astimezone(JST)
        for day_offset in (-1, 0, 1):
            day = (local + timedelta(days=day_offset)).date()
            starts = datetime.combine(day, self.start, JST)
            ends = datetime.combine(day, self.end, JST)
            if ends <= starts:
                ends += timedelta(days=1)
            if local < ends:
                return starts, ends
        raise AssertionError("unreachable: a daily window recurs within two days")

    def active_until(self, moment: datetime) -> datetime | None:
        """When the stop ends, if `moment` falls inside one; else None."""
        starts, ends = self._occurrence_containing_or_after(moment)
        return ends if starts <= moment.astimezone(JST) < ends else None

    def next_stop(self, moment: datetime) -> tuple[datetime, datetime]:
        """The current stop if one is under way, else the next one (start, end) in Japan time."""
        return self._occurrence_containing_or_after(moment)


def parse_window(text: str) -> DailyWindow | None:
    """`HH:MM-HH:MM` (Japan time) → a window; empty → no daily stop."""
    if not text:
        return None
    match = _WINDOW.match(text)
    if not match:
        raise MaintenanceWindowError(f"SHURO_MAINTENANCE は HH:MM-HH:MM（日本時間、例 01:00-04:00）で指定してください（指定値: {text!r}）。")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if (h1, m1) == (h2, m2):
        raise MaintenanceWindowError("SHURO_MAINTENANCE の開始と終了が同じ時刻です。停止しない場合は空にしてください。")
    return DailyWindow(time(h1, m1), time(h2, m2))
