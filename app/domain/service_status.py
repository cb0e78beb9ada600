"""Whether the service is open now (E1, E2): the daily window and announced stops."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tortoise.expressions import Q

from app.domain.maintenance import DailyWindow
from app.models import Announcement


@dataclass(frozen=True)
class ServiceStatus:
    in_service: bool
    resumes_at: datetime | None
    next_stop_starts_at: datetime | None
    next_stop_ends_at: datetime | None
    message: str


def _format(moment: datetime) -> str:
    from app.domain.clock import to_jst

    return to_jst(moment).strftime("%Y年%m月%d日 %H:%M")


async def service_status(window: DailyWindow | None, now: datetime) -> ServiceStatus:
    stops: list[tuple[datetime, datetime]] = []
    if window is not None:
        stops.append(window.next_stop(now))
    announced = await Announcement.filter(
        Q(ends_at__gt=now) & Q(stops_service=True) & Q(ended_at__isnull=True)
    ).order_by("starts_at").values_list("starts_at", "ends_at")
    stops.extend((start, end) for start, end in announced if end is not None)
    current = [end for start, end in stops if start <= now < end]
    upcoming = sorted((start, end) for start, end in stops if start > now)
    if current:
        resumes_at = max(current)
        return ServiceStatus(
            in_service=False,
            resumes_at=resumes_at,
            next_stop_starts_at=None,
            next_stop_ends_at=None,
            message=f"ただいまメンテナンスのためサービスを停止しています。{_format(resumes_at)}に再開します。",
        )
    next_start, next_end = upcoming[0] if upcoming else (None, None)
    message = "サービスを提供しています。"
    if next_start is not None and next_end is not None:
        message += f"次回の停止は{_format(next_start)}から{_format(next_end)}までです。"
    return ServiceStatus(True, None, next_start, next_end, message)
