"""systemStatus: whether the service is open, the next stop, and the mail sender (A8, E1)."""

from __future__ import annotations

from datetime import datetime

import strawberry

from app.domain import clock
from app.domain.maintenance import parse_window
from app.domain.service_status import service_status
from app.graphql.context import Info


def _jst(moment: datetime | None) -> datetime | None:
    return clock.to_jst(moment) if moment else None


@strawberry.type
class SystemStatus:
    in_service: bool
    resumes_at: datetime | None
    next_stop_starts_at: datetime | None
    next_stop_ends_at: datetime | None
    message: str
    mail_from: str = strawberry.field(description="システムが送信するメールの差出人アドレス（受信許可の設定用）")


@strawberry.type
class SystemQuery:
    @strawberry.field
    async def system_status(self, info: Info) -> SystemStatus:
        settings = info.context.settings
        status = await service_status(parse_window(settings.maintenance), clock.now())
        return SystemStatus(
            in_service=status.in_service,
            resumes_at=_jst(status.resumes_at),
            next_stop_starts_at=_jst(status.next_stop_starts_at),
            next_stop_ends_at=_jst(status.next_stop_ends_at),
            message=status.message,
            mail_from=settings.mail_from,
        )
