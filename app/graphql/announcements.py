"""連絡事項 (E2): listed for everyone, published by MLIT staff."""

from __future__ import annotations

from datetime import datetime

import strawberry

from app.domain import announcements as announcement_rules
from app.domain.clock import to_jst
from app.domain.errors import DomainError, ErrorCode
from app.graphql.context import Info
from app.graphql.errors import UserError, user_errors
from app.graphql.ids import encode_id
from app.graphql.permissions import require_viewer
from app.models import Announcement as AnnouncementModel
from app.models.enums import Role


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


@strawberry.input
class AnnouncementInput:
    title: str
    body: str
    starts_at: datetime = strawberry.field(description="ISO 8601（時差付き）")
    ends_at: datetime | None = None
    stops_service: bool = False


@strawberry.type
class AnnouncementPayload:
    announcement: Announcement | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class AnnouncementQuery:
    @strawberry.field(description="掲載中・掲載予定の連絡事項（ログイン不要）")
    async def announcements(self) -> list[Announcement]:
        return [Announcement.of(row) for row in await announcement_rules.current_announcements()]


@strawberry.type
class AnnouncementMutation:
    @strawberry.mutation(description="連絡事項の掲載（国土交通省職員のみ）。stopsService の期間は API がメンテナンス中と応答します")
    async def publish_announcement(self, info: Info, input: AnnouncementInput) -> AnnouncementPayload:
        viewer = require_viewer(info, Role.MLIT_STAFF)
        if input.starts_at.tzinfo is None or (input.ends_at is not None and input.ends_at.tzinfo is None):
            return AnnouncementPayload(errors=[UserError(field="startsAt", code=ErrorCode.INVALID, message="日時は時差付き（例: 2026-12-01T01:00:00+09:00）で指定してください。")])
        try:
            row = await announcement_rules.publish_announcement(
                viewer, input.title, input.body, input.starts_at, input.ends_at, input.stops_service
            )
        except DomainError as error:
            return AnnouncementPayload(errors=user_errors(error))
        return AnnouncementPayload(announcement=Announcement.of(row))
