"""planStatistics (F3): breakdowns for staff and analysts, with the filters of `plans`."""

from __future__ import annotations

import strawberry

from app.domain.plans import statistics
from app.graphql.core.context import Info
from app.graphql.core.permissions import require_viewer
from app.graphql.plans.search import PlanFilter, to_search
from app.models.enums import STAFF_ROLES

PlanDimension = strawberry.enum(statistics.PlanDimension)


@strawberry.type
class StatisticRow:
    key: list[str] = strawberry.field(description="groupBy の順に各次元の値（列挙値・都道府県コード・ISO国コード・YYYY-MM）")
    plans: int
    workers: int


@strawberry.type
class StatisticsQuery:
    @strawberry.field(description="受入計画と外国人の件数の内訳（職員・分析担当者）")
    async def plan_statistics(self, info: Info, group_by: list[PlanDimension], filter: PlanFilter | None = None) -> list[StatisticRow]:
        viewer = require_viewer(info, *STAFF_ROLES)
        rows = await statistics.plan_statistics(viewer, to_search(filter), list(group_by))
        return [StatisticRow(key=r.key, plans=r.plans, workers=r.workers) for r in rows]
