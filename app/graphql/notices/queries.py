"""`announcements` and `systemStatus`: answered without login, also during a stop (E1, E2)."""

from __future__ import annotations

import strawberry

from app.domain import clock
from app.domain.clock import jst_or_none
from app.domain.notices import announcements as announcement_rules
from app.domain.notices.maintenance import parse_window
from app.domain.notices.service_status import service_status
from app.graphql.core.context import Info
from app.graphql.notices.types import Announcement, SystemStatus


@strawberry.type
class AnnouncementQuery:
    @strawberry.field(description="掲載中・掲載予定の連絡事項（ログイン不要）")
    async def announcements(self) -> list[Announcement]:
        return [Announcement.of(row) for row in await announcement_rules.current_announcements()]


@strawberry.type
class SystemQuery:
    @strawberry.field
    async def system_status(self, info: Info) -> SystemStatus:
        settings = info.context.settings
        status = await service_status(parse_window(settings.maintenance), clock.now())
        return SystemStatus(
            in_service=status.in_service,
            resumes_at=jst_or_none(status.resumes_at),
            next_stop_starts_at=jst_or_none(status.next_stop_starts_at),
            next_stop_ends_at=jst_or_none(status.next_stop_ends_at),
            message=status.message,
            mail_from=settings.mail_from,
        )
