"""`plans`: the staff's review queue and data search, with Relay-style cursor paging."""

from __future__ import annotations

import asyncio
import base64
import binascii
from datetime import date, datetime

import strawberry

from app.domain.clock import utc
from app.domain.errors import DomainError
from app.domain.plans.search import PlanSearch, check_search, queue_page, search_plans
from app.graphql.core.context import Info
from app.graphql.core.enums import Bureau, JobCategory, PlanStatus
from app.graphql.core.error_policy import bad_user_input, refused_argument
from app.graphql.core.ids import row_number
from app.graphql.core.permissions import require_viewer
from app.graphql.plans.types import Plan
from app.models.enums import STAFF_ROLES

MAX_PAGE = 100


@strawberry.input
class PlanFilter:
    statuses: list[PlanStatus] | None = None
    bureaus: list[Bureau] | None = None
    prefectures: list[str] | None = strawberry.field(default=None, description="都道府県コード（01〜47）")
    applied_from: date | None = strawberry.field(default=None, description="申請日（日本時間）がこの日以降")
    applied_to: date | None = strawberry.field(default=None, description="申請日（日本時間）がこの日以前")
    company_name: str | None = strawberry.field(default=None, description="商号又は名称の一部")
    corporate_number: str | None = None
    license_number: str | None = strawberry.field(default=None, description="建設業許可の許可番号（数字）")
    job_categories: list[JobCategory] | None = None
    nationalities: list[str] | None = strawberry.field(default=None, description="ISO 3166-1 alpha-2")
    has_unsent_reports: bool | None = strawberry.field(default=None, description="受入報告を登録したまま報告していない外国人がいる")
    has_overdue_reports: bool | None = strawberry.field(default=None, description="報告期限を過ぎた受入報告がある")


def to_search(data: PlanFilter | None) -> PlanSearch:
    """The filter as the domain checked it; a value that can never match is BAD_USER_INPUT."""
    if data is None:
        return PlanSearch()
    try:
        return check_search(_as_search(data))
    except DomainError as error:
        raise refused_argument(error, "filter") from None


def _as_search(data: PlanFilter) -> PlanSearch:
    return PlanSearch(
        statuses=tuple(data.statuses or ()),
        bureaus=tuple(data.bureaus or ()),
        prefectures=tuple(data.prefectures or ()),
        applied_from=data.applied_from,
        applied_to=data.applied_to,
        company_name=data.company_name,
        corporate_number=data.corporate_number,
        license_number=data.license_number,
        job_categories=tuple(data.job_categories or ()),
        nationalities=tuple(data.nationalities or ()),
        has_unsent_reports=data.has_unsent_reports,
        has_overdue_reports=data.has_overdue_reports,
    )


@strawberry.type
class PageInfo:
    has_next_page: bool
    end_cursor: str | None


@strawberry.type
class PlanEdge:
    cursor: str
    node: Plan


@strawberry.type
class PlanConnection:
    edges: list[PlanEdge]
    page_info: PageInfo
    total_count: int


MIN_CURSOR_YEAR, MAX_CURSOR_YEAR = 1900, 9998


def encode_cursor(queued_at: datetime, plan_id: int) -> str:
    return base64.urlsafe_b64encode(f"{queued_at.isoformat()}|{plan_id}".encode()).decode()


def decode_cursor(cursor: str | None) -> tuple[datetime, int] | None:
    """The queue position behind a cursor this API gave out; anything else is BAD_USER_INPUT."""
    if not cursor:
        return None
    try:
        moment, _, plan_id = base64.urlsafe_b64decode(cursor.encode()).decode().partition("|")
        row = row_number(plan_id)
        queued_at = datetime.fromisoformat(moment)
        if row is None or queued_at.tzinfo is None or not MIN_CURSOR_YEAR <= queued_at.year <= MAX_CURSOR_YEAR:
            raise ValueError(cursor)  # the API gives out only real queue times, with their offset
        return utc(queued_at), row
    except (binascii.Error, UnicodeDecodeError, ValueError, OverflowError):
        raise bad_user_input("after には一覧が返した endCursor をそのまま指定してください。", "after") from None


def page_size(first: int | None) -> int:
    if first is None or first <= 0:
        raise bad_user_input(f"first は1以上{MAX_PAGE}以下で指定してください。", "first")
    return min(first, MAX_PAGE)


@strawberry.type
class PlanSearchQuery:
    @strawberry.field(description="審査待ちの順（古い順）に並んだ受入計画の一覧（職員・分析担当者）")
    async def plans(self, info: Info, filter: PlanFilter | None = None, first: int | None = 50, after: str | None = None) -> PlanConnection:
        viewer = require_viewer(info, *STAFF_ROLES)
        size = page_size(first)
        matching = search_plans(viewer, to_search(filter))
        # Two statements at once (PostgreSQL serves them on two pooled connections).
        rows, total = await asyncio.gather(
            queue_page(matching, decode_cursor(after)).limit(size + 1), queue_page(matching, None).count()
        )
        edges = [PlanEdge(cursor=encode_cursor(row.queued_at, row.id), node=Plan.of(row)) for row in rows[:size]]
        return PlanConnection(
            edges=edges,
            page_info=PageInfo(has_next_page=len(rows) > size, end_cursor=edges[-1].cursor if edges else None),
            total_count=total,
        )
