"""Whether the service is open now (E1, E2): the daily window and announced stops.

Announced stops are read from the database at most every few seconds per process (they change
rarely, and every API request asks); publishing or ending one in this process refreshes at once.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime

from tortoise.expressions import Q

from app.domain.clock import to_jst
from app.domain.notices.maintenance import DailyWindow
from app.models import Announcement

STOPS_CACHE_SECONDS = 5.0
_stops_cache: tuple[float, list[tuple[datetime, datetime]]] | None = None


@dataclass(frozen=True)
class ServiceStatus:
    in_service: bool
    resumes_at: datetime | None
    next_stop_starts_at: datetime | None
    next_stop_ends_at: datetime | None
    message: str


def _format(moment: datetime) -> str:
    return to_jst(moment).strftime("%Y年%m月%d日 %H:%M")


def forget_announced_stops() -> None:
    global _stops_cache
    _stops_cache = None


async def _announced_stops() -> list[tuple[datetime, datetime]]:
    """Every stop announced and not withdrawn, whatever its time: the caller compares with now."""
    global _stops_cache
    if _stops_cache is not None and _stops_cache[0] > time.monotonic():
        return _stops_cache[1]
    rows = await Announcement.filter(
        Q(stops_service=True) & Q(ended_at__isnull=True) & Q(ends_at__isnull=False)
    ).values_list("starts_at", "ends_at")
    stops = [(start, end) for start, end in rows]
    _stops_cache = (time.monotonic() + STOPS_CACHE_SECONDS, stops)
    return stops


async def service_status(window: DailyWindow | None, now: datetime) -> ServiceStatus:
    stops = [(s, e) for s, e in await _announced_stops() if e > now]
    if window is not None:
        stops.append(window.next_stop(now))
    current = [end for start, end in stops if start <= now < end]
    if current:
        resumes_at = max(current)
        return ServiceStatus(
            in_service=False,
            resumes_at=resumes_at,
            next_stop_starts_at=None,
            next_stop_ends_at=None,
            message=f"ただいまメンテナンスのためサービスを停止しています。{_format(resumes_at)}に再開します。",
        )
    upcoming = sorted((start, end) for start, end in stops if start > now)
    next_start, next_end = upcoming[0] if upcoming else (None, None)
    message = "サービスを提供しています。"
    if next_start is not None and next_end is not None:
        message += f"次回の停止は{_format(next_start)}から{_format(next_end)}までです。"
    return ServiceStatus(True, None, next_start, next_end, message)
