"""Breakdowns for staff and analysts (F3): counts of plans and workers grouped by dimensions, over
the same search and visibility as the plan list.

A search the statistics cube can answer (states, bureaus, prefectures, whole months of application:
`app.domain.plans.tally`) adds up its cells; any other is counted from the plans and workers."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, fields
from enum import Enum
from typing import Any

from tortoise.expressions import RawSQL
from tortoise.functions import Count, Sum
from tortoise.queryset import ValuesQuery

from app.domain.plans.search import WORKER_FIELDS, PlanSearch, queue_page, search_plans, worker_values
from app.domain.plans.tally import CellFilter, applied_plans_total, cells_of_grain, japan_month, tally
from app.domain.viewer import Viewer
from app.domain.visibility import plan_scope
from app.models import PlanTallyChange
from app.models.conditions import database_dialect


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
# The cube's column for each dimension (app.models.statistics.PlanTally).
CUBE_COLUMNS = {
    PlanDimension.STATUS: "status",
    PlanDimension.BUREAU: "bureau",
    PlanDimension.PREFECTURE: "prefecture",
    PlanDimension.NATIONALITY: "nationality",
    PlanDimension.JOB_CATEGORY: "job_category",
    PlanDimension.APPLIED_MONTH: "applied_month",
    PlanDimension.EMPLOYMENT_STATUS: "employment_status",
}
# The search fields the cube's cells can tell apart; any other one set needs the rows themselves.
CUBE_SEARCH_FIELDS = {"statuses", "bureaus", "prefectures", "applied_from", "applied_to"}


@dataclass(frozen=True)
class StatisticRow:
    key: list[str]
    plans: int
    workers: int


def _text(value: Any) -> str:
    return "" if value is None else str(getattr(value, "value", value))


def cells_of(viewer: Viewer | None, search: PlanSearch, plans_only: bool = False) -> CellFilter | None:
    """The viewer's scope and the search as a filter of the cube's cells, or None where the cells
    cannot tell (a company's own plans, a search by name or worker, a date inside a month). Where
    only plans are counted (`plans_only`), one nationality and one job category are cells too."""
    scope = plan_scope(viewer)
    if scope.nothing or scope.company_id is not None:
        return None
    workers = _worker_cells(search) if plans_only else None
    told = CUBE_SEARCH_FIELDS | (WORKER_FIELDS if workers is not None else set())
    if any(getattr(search, f.name) not in (None, ()) for f in fields(search) if f.name not in told):
        return None
    starts_month = search.applied_from is None or search.applied_from.day == 1
    ends_month = search.applied_to is None or search.applied_to.day == calendar.monthrange(search.applied_to.year, search.applied_to.month)[1]
    if not (starts_month and ends_month):
        return None
    prefectures = set(scope.prefectures) if scope.prefectures is not None else None
    if search.prefectures:
        prefectures = set(search.prefectures) if prefectures is None else prefectures & set(search.prefectures)
    return CellFilter(
        statuses=tuple(s.value for s in search.statuses) or None,
        hidden_statuses=tuple(s.value for s in scope.hidden_statuses),
        bureaus=tuple(b.value for b in search.bureaus) or None,
        prefectures=tuple(sorted(prefectures)) if prefectures is not None else None,
        months_from=f"{search.applied_from:%Y-%m}" if search.applied_from else None,
        months_to=f"{search.applied_to:%Y-%m}" if search.applied_to else None,
        workers=workers or (),
    )


def _worker_cells(search: PlanSearch) -> tuple[tuple[str, str], ...] | None:
    """The worker attributes searched as cube conditions, or None where one has several values (a
    plan with workers of two searched nationalities is in both cells: the sum would count it twice)."""
    wanted = worker_values(search)
    if any(len(values) > 1 for values in wanted.values()):
        return None
    return tuple((column, values[0]) for column, values in wanted.items())


def queue_total_from_cells(viewer: Viewer | None, search: PlanSearch) -> ValuesQuery[Any] | None:
    """The number of plans in the viewer's review queue for the search (`queue_page`'s count), read
    from the cube's cells where they can tell: the queue holds the plans applied for, as a plan is
    queued and applied for at the same submission. Right only while no change waits to be counted
    (`tally.PENDING_CHANGES_SQL`)."""
    cells = cells_of(viewer, search, plans_only=True)
    return applied_plans_total(cells) if cells is not None else None


async def _current_cells(viewer: Viewer | None, search: PlanSearch) -> CellFilter | None:
    """The search's cells (plans only) while the cube is current; None where they cannot tell or a
    committed write waits to be counted. Never refreshes: a page must not wait for a recount."""
    cells = cells_of(viewer, search, plans_only=True)
    return cells if cells is not None and not await PlanTallyChange.exists() else None


async def queue_total(viewer: Viewer | None, search: PlanSearch) -> int:
    """The number of plans in the viewer's review queue for the search (`queue_page`'s count)."""
    cells = await _current_cells(viewer, search)
    if cells is None:
        return await queue_page(search_plans(viewer, search), None).count()
    return int((await applied_plans_total(cells))[0]["total"])


async def plans_per(viewer: Viewer | None, search: PlanSearch, dimension: PlanDimension) -> dict[str, int]:
    """The number of plans per value of a plan's own dimension (state, bureau, prefecture) for the search."""
    cells = await _current_cells(viewer, search)
    if cells is None:
        column = COLUMNS[dimension]
        rows = await search_plans(viewer, search).annotate(n=Count("id")).group_by(column).values(column, "n")
    else:
        column = CUBE_COLUMNS[dimension]
        rows = await cells_of_grain([column], cells).annotate(n=Sum("plans")).group_by(column).values(column, "n")
    return {_text(row[column]): int(row["n"]) for row in rows}


async def plan_statistics(viewer: Viewer | None, search: PlanSearch, group_by: list[PlanDimension]) -> list[StatisticRow]:
    dimensions = list(dict.fromkeys(group_by))
    cells = cells_of(viewer, search)
    if cells is not None:
        tallies = await tally([CUBE_COLUMNS[d] for d in dimensions], cells)
        return sorted((StatisticRow(key=list(t.key), plans=t.plans, workers=t.workers) for t in tallies), key=lambda r: r.key)
    return await counted_statistics(viewer, search, dimensions)


async def counted_statistics(viewer: Viewer | None, search: PlanSearch, dimensions: list[PlanDimension]) -> list[StatisticRow]:
    """The breakdown counted from the plans and workers themselves (any search)."""
    if not dimensions:
        plans = search_plans(viewer, search)
        totals = await plans.annotate(plans=Count("id"), workers=Sum("worker_count")).values("plans", "workers")
        return [StatisticRow(key=[], plans=totals[0]["plans"], workers=int(totals[0]["workers"] or 0))]
    columns = [COLUMNS[d] for d in dimensions]
    dialect = database_dialect()
    if WORKER_DIMENSIONS & set(dimensions):
        annotations: dict[str, Any] = {"plans": Count("id", distinct=True), "workers": Count("workers__id")}
    else:  # no join: each plan row carries its number of workers
        annotations = {"plans": Count("id"), "workers": Sum("worker_count")}
    if PlanDimension.APPLIED_MONTH in dimensions:
        annotations["applied_month"] = RawSQL(japan_month(dialect, '"plan"."applied_at"'))
    query = search_plans(viewer, search).annotate(**annotations).group_by(*columns)
    rows = await query.values(*columns, "plans", "workers")
    result = [StatisticRow(key=[_text(row[c]) for c in columns], plans=row["plans"], workers=int(row["workers"] or 0)) for row in rows]
    return sorted(result, key=lambda r: r.key)
