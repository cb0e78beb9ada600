"""Breakdowns for staff and analysts (F3): counts of plans and workers grouped by dimensions,
computed in SQL over the same search and visibility as the plan list."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from tortoise.expressions import RawSQL
from tortoise.functions import Count, Sum

from app.domain.plans.search import PlanSearch, search_plans
from app.domain.viewer import Viewer
from app.models import Plan


class PlanDimension(str, Enum):
    STATUS = "STATUS"
    BUREAU = "BUREAU"
    PREFECTURE = "PREFECTURE"
    NATIONALITY = "NATIONALITY"
    JOB_CATEGORY = "JOB_CATEGORY"
    APPLIED_MONTH = "APPLIED_MONTH"
    EMPLOYMENT_STATUS = "EMPLOYMENT_STATUS"  # 従事状況 of each worker (D4–D6)


COLUMNS = {
    PlanDimension.STATUS: "status",
    PlanDimension.BUREAU: "bureau",
    PlanDimension.PREFECTURE: "head_office_prefecture",
    PlanDimension.NATIONALITY: "workers__nationality",
    PlanDimension.JOB_CATEGORY: "workers__job_category",
    PlanDimension.APPLIED_MONTH: "applied_month",
    PlanDimension.EMPLOYMENT_STATUS: "workers__employment_status",
}
WORKER_DIMENSIONS = {PlanDimension.NATIONALITY, PlanDimension.JOB_CATEGORY, PlanDimension.EMPLOYMENT_STATUS}
# The application month in Japan time, as YYYY-MM, per dialect.
APPLIED_MONTH_SQL = {
    "sqlite": "strftime('%Y-%m', \"plan\".\"applied_at\", '+9 hours')",
    "postgres": "to_char(\"plan\".\"applied_at\" AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM')",
}


@dataclass(frozen=True)
class StatisticRow:
    key: list[str]
    plans: int
    workers: int


def _text(value: Any) -> str:
    return "" if value is None else str(getattr(value, "value", value))


async def plan_statistics(viewer: Viewer | None, search: PlanSearch, group_by: list[PlanDimension]) -> list[StatisticRow]:
    dimensions = list(dict.fromkeys(group_by))
    if not dimensions:
        plans = search_plans(viewer, search)
        totals = await plans.annotate(plans=Count("id"), workers=Sum("worker_count")).values("plans", "workers")
        return [StatisticRow(key=[], plans=totals[0]["plans"], workers=int(totals[0]["workers"] or 0))]
    columns = [COLUMNS[d] for d in dimensions]
    dialect = Plan._meta.db.capabilities.dialect
    if WORKER_DIMENSIONS & set(dimensions):
        annotations: dict[str, Any] = {"plans": Count("id", distinct=True), "workers": Count("workers__id")}
    else:  # no join: each plan row carries its number of workers
        annotations = {"plans": Count("id"), "workers": Sum("worker_count")}
    if PlanDimension.APPLIED_MONTH in dimensions:
        annotations["applied_month"] = RawSQL(APPLIED_MONTH_SQL[dialect])
    query = search_plans(viewer, search).annotate(**annotations).group_by(*columns)
    rows = await query.values(*columns, "plans", "workers")
    result = [StatisticRow(key=[_text(row[c]) for c in columns], plans=row["plans"], workers=int(row["workers"] or 0)) for row in rows]
    return sorted(result, key=lambda r: r.key)
