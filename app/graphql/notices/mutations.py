"""Publishing announcements (MLIT staff, E2)."""

from __future__ import annotations

import strawberry

from app.domain.errors import DomainError, ErrorCode
from app.domain.notices import announcements as announcement_rules
from app.graphql.core.context import Info
from app.graphql.core.errors import UserError, user_errors
from app.graphql.core.permissions import require_viewer
from app.graphql.notices.inputs import AnnouncementInput
from app.graphql.notices.types import Announcement
from app.models.enums import Role


@strawberry.type
class AnnouncementPayload:
    announcement: Announcement | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


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
