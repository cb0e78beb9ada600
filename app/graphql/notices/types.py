"""Announcements 連絡事項 and the service status (REQUIREMENTS E)."""

from __future__ import annotations

from datetime import datetime

import strawberry

from app.domain.clock import to_jst
from app.graphql.core.ids import encode_id
from app.models import Announcement as AnnouncementModel


@strawberry.type
class Announcement:
    id: strawberry.ID
    title: str
    body: str
    starts_at: datetime
    ends_at: datetime | None
    stops_service: bool = strawberry.field(description="この期間はサービスを停止する")

    @classmethod
    def of(cls, row: AnnouncementModel) -> "Announcement":
        return cls(
            id=strawberry.ID(encode_id("Announcement", row.id)), title=row.title, body=row.body,
            starts_at=to_jst(row.starts_at), ends_at=to_jst(row.ends_at) if row.ends_at else None, stops_service=row.stops_service,
        )


@strawberry.type
class SystemStatus:
    in_service: bool
    resumes_at: datetime | None
    next_stop_starts_at: datetime | None
    next_stop_ends_at: datetime | None
    message: str
    mail_from: str = strawberry.field(description="システムが送信するメールの差出人アドレス（受信許可の設定用）")
