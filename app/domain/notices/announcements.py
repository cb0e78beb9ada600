"""連絡事項 (E2): published by MLIT staff, listed for everyone; some announce a service stop."""

from __future__ import annotations

from datetime import datetime

from tortoise.expressions import F, Q

from app.domain import clock
from app.domain.accounts.administration import require_mlit
from app.domain.errors import DomainError, ErrorCode, Problem
from app.domain.notices.service_status import forget_announced_stops
from app.domain.text import char_count, normalize_text
from app.domain.viewer import Viewer
from app.models import Announcement

TITLE_MAX = 200
BODY_MAX = 5000


def _checked(title: str, body: str, starts_at: datetime, ends_at: datetime | None, stops_service: bool) -> dict[str, object]:
    title, body = normalize_text(title).strip(), normalize_text(body).strip()
    problems: list[Problem] = []
    if not title:
        problems.append(Problem("title", ErrorCode.REQUIRED, "件名を入力してください。"))
    elif char_count(title) > TITLE_MAX:
        problems.append(Problem("title", ErrorCode.TOO_LONG, f"件名は{TITLE_MAX}文字以内で入力してください。"))
    if not body:
        problems.append(Problem("body", ErrorCode.REQUIRED, "本文を入力してください。"))
    elif char_count(body) > BODY_MAX:
        problems.append(Problem("body", ErrorCode.TOO_LONG, f"本文は{BODY_MAX}文字以内で入力してください。"))
    if ends_at is not None and ends_at <= starts_at:
        problems.append(Problem("endsAt", ErrorCode.INVALID, "終了日時は開始日時より後にしてください。"))
    if stops_service and ends_at is None:
        problems.append(Problem("endsAt", ErrorCode.REQUIRED, "サービス停止のお知らせには停止の終了日時を入力してください。"))
    if problems:
        raise DomainError.of(problems)
    return {"title": title, "body": body, "starts_at": starts_at, "ends_at": ends_at, "stops_service": stops_service}


async def publish_announcement(
    viewer: Viewer, title: str, body: str, starts_at: datetime, ends_at: datetime | None, stops_service: bool
) -> Announcement:
    actor = require_mlit(viewer)
    announcement = await Announcement.create(published_by_id=actor, **_checked(title, body, starts_at, ends_at, stops_service))
    forget_announced_stops()
    return announcement


async def edit_announcement(
    viewer: Viewer, announcement_id: int, title: str, body: str, starts_at: datetime, ends_at: datetime | None, stops_service: bool
) -> Announcement:
    require_mlit(viewer)
    values = _checked(title, body, starts_at, ends_at, stops_service)
    if not await Announcement.filter(id=announcement_id, ended_at__isnull=True).update(version=F("version") + 1, **values):
        raise DomainError("announcementId", ErrorCode.NOT_FOUND, "指定された掲載中のお知らせはありません。")
    forget_announced_stops()
    return await Announcement.get(id=announcement_id)


async def end_announcement(viewer: Viewer, announcement_id: int) -> Announcement:
    require_mlit(viewer)
    if not await Announcement.filter(id=announcement_id, ended_at__isnull=True).update(ended_at=clock.now()):
        raise DomainError("announcementId", ErrorCode.NOT_FOUND, "指定された掲載中のお知らせはありません。")
    forget_announced_stops()
    return await Announcement.get(id=announcement_id)


async def current_announcements() -> list[Announcement]:
    """Current and upcoming announcements, newest start first (no login needed)."""
    now = clock.now()
    return await Announcement.filter(Q(ended_at__isnull=True) & (Q(ends_at__isnull=True) | Q(ends_at__gt=now))).order_by("-starts_at", "-id")
