"""`changeApplications`: the staff's queue of change applications, with the plans' visibility and the
queue order of `plans` (oldest first), and Relay-style cursor paging."""

from __future__ import annotations

import asyncio

import strawberry
from tortoise.expressions import Q

from app.domain.visibility import visible_change_applications
from app.graphql.changes.types import ChangeApplication
from app.graphql.core.context import Info
from app.graphql.core.enums import Bureau, ChangeStatus
from app.graphql.core.permissions import require_viewer
from app.graphql.plans.search import PageInfo, decode_cursor, encode_cursor, page_size
from app.models.enums import STAFF_ROLES


@strawberry.input
class ChangeApplicationFilter:
    statuses: list[ChangeStatus] | None = None
    bureaus: list[Bureau] | None = None


@strawberry.type
class ChangeApplicationEdge:
    cursor: str
    node: ChangeApplication


@strawberry.type
class ChangeApplicationConnection:
    edges: list[ChangeApplicationEdge]
    page_info: PageInfo
    total_count: int


@strawberry.type
class ChangeQuery:
    @strawberry.field(description="変更申請の一覧（審査待ちの古い順、職員・分析担当者）")
    async def change_applications(self, info: Info, filter: ChangeApplicationFilter | None = None, first: int | None = 50,
                                  after: str | None = None) -> ChangeApplicationConnection:
        viewer = require_viewer(info, *STAFF_ROLES)
        size = page_size(first)
        matching = visible_change_applications(viewer)
        if filter and filter.statuses:
            matching = matching.filter(status__in=[s.value for s in filter.statuses])
        if filter and filter.bureaus:
            matching = matching.filter(plan__bureau__in=[b.value for b in filter.bureaus])
        page = matching
        if (position := decode_cursor(after)) is not None:
            queued_at, row_id = position
            page = page.filter(Q(queued_at__gt=queued_at) | (Q(queued_at=queued_at) & Q(id__gt=row_id)))
        rows, total = await asyncio.gather(page.order_by("queued_at", "id").limit(size + 1), matching.count())
        edges = [ChangeApplicationEdge(cursor=encode_cursor(row.queued_at, row.id), node=ChangeApplication.of(row)) for row in rows[:size]]
        return ChangeApplicationConnection(
            edges=edges, page_info=PageInfo(has_next_page=len(rows) > size, end_cursor=edges[-1].cursor if edges else None), total_count=total
        )
