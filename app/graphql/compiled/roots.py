"""The compiled root fields: `myPlan`, `plan(id)` and the `plans` connection.

Which plans a viewer sees is the domain's Tortoise query (`visible_plans`, `search_plans`,
`queue_page`, `current_plan_query`), turned into SQL text and embedded; the arguments are read as
the resolvers read them (`page_size`, `decode_cursor`, `to_search`). A root field answers None
from `prepare` when the resolver would raise: the whole operation then goes the general way, and
graphql-core gives the error the client has always had.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from graphql import GraphQLError
from pypika_tortoise.terms import Parameterizer
from tortoise.queryset import QuerySet, ValuesQuery

from app.domain.plans.draft import current_plan_query
from app.domain.plans.search import QUEUE_ORDER, PlanSearch, first_found, queue_page, search_plans
from app.domain.plans.statistics import queue_total_from_cells
from app.domain.statement_templates import sql_text
from app.domain.viewer import Viewer
from app.domain.visibility import visible_plans
from app.graphql.compiled.plan_json import Page, Render
from app.graphql.compiled.selection import Field, NotCompiled
from app.graphql.core.ids import decode_id
from app.graphql.plans.search import decode_cursor, page_size, to_search
from app.models import Plan
from app.models.enums import STAFF_ROLES, Role


class Statement:
    """SQL text and its parameters, written left to right (SQLite's `?` are numbered by position)."""

    def __init__(self) -> None:
        self.parameterizer = Parameterizer()

    def embed(self, queryset: QuerySet[Any]) -> str:
        """A Tortoise query as SQL text, its values joining this statement's parameters."""
        return sql_text(queryset, self.parameterizer)

    @property
    def values(self) -> list[Any]:
        return self.parameterizer.values


@dataclass
class RootQueries:
    """A root field's queries: the plan (myPlan, plan) or a page of plans and their count."""

    row: QuerySet[Any] | None = None
    page: QuerySet[Any] | None = None  # plans: one more row than the page
    total: QuerySet[Any] | None = None
    applied_total: ValuesQuery[Any] | None = None  # the same count from the statistics cube, where it can tell
    size: int = 0
    # Instead of `page` and `total`: the plans found (id, queue time), read once for both, and the
    # position the page starts after.
    found: ValuesQuery[Any] | None = None
    after: tuple[Any, Any] | None = None


@dataclass
class Prepared:
    """A root field read from its arguments and the viewer: what shapes its SQL text, the values
    that change per request, and its queries for given values (`templates`)."""

    field: Field
    shape: Hashable
    values: tuple[Any, ...]
    queries: Callable[[Sequence[Any]], RootQueries]
    # One plan serves every request of the shape (PostgreSQL's generic plan, #28): true unless a search
    # narrows the rows by what only the values tell (a name, a date range, a worker's attributes).
    planned_once: bool = True


def prepare(field: Field, arguments: dict[str, Any], viewer: Viewer) -> Prepared | None:
    """The root field's queries, or None where its resolver would answer an error."""
    try:
        if field.name == "myPlan":
            if viewer.role is not Role.COMPANY:
                return None
            return Prepared(field, "myPlan", (viewer.company_id or 0,), lambda v: RootQueries(row=current_plan_query(v[0])))
        if field.name == "plan":
            plan_id = decode_id("Plan", arguments.get("id"))
            if plan_id is None:
                return Prepared(field, "no plan", (), lambda v: RootQueries())
            return Prepared(field, ("plan", viewer.role, viewer.bureau), (viewer.company_id or 0, plan_id), lambda v: RootQueries(
                row=visible_plans(replace(viewer, company_id=v[0])).filter(id=v[1]).limit(1)))
        if field.name == "plans":
            if viewer.role not in STAFF_ROLES:
                return None
            size = page_size(arguments.get("first"))
            search = to_search(arguments.get("filter"))
            after = decode_cursor(arguments.get("after"))

            cells_only = search == PlanSearch(statuses=search.statuses, bureaus=search.bureaus, prefectures=search.prefectures)

            def queries(v: Sequence[Any]) -> RootQueries:
                matching = search_plans(viewer, search)
                position = (v[0], v[1]) if after else None
                applied_total = queue_total_from_cells(viewer, search)
                if applied_total is None and not cells_only:
                    # Only reading the plans a searched value finds counts them: the page is taken from
                    # that one reading instead of a second (#28: a company-name part, 45 -> 25 ms).
                    return RootQueries(found=queue_page(matching, None).order_by().values("id", "queued_at"), after=position, size=size)
                return RootQueries(page=queue_page(matching, position).limit(size + 1), total=queue_page(matching, None), size=size,
                                   applied_total=applied_total)

            return Prepared(field, ("plans", viewer.role, viewer.bureau, search, after is None, size), after or (), queries, cells_only)
    except GraphQLError:
        return None
    raise NotCompiled(field.name)


ROOT_TYPES = {"myPlan": "Plan", "plan": "Plan", "plans": "PlanConnection"}


def write_statement(r: Render, fields: Sequence[Field], roots: Sequence[RootQueries], session: QuerySet[Any]) -> str:
    """One statement for the whole operation: a CTE per root field's rows, then the response, given
    only while the session still stands for the viewer it was written for (else NULL)."""
    ctes: list[str] = []
    names: list[str] = []
    for root in roots:
        name = r.alias("root")
        names.append(name)
        if root.row is not None:
            ctes.append(f"{name} AS ({r.embed(root.row)})")
        elif root.page is not None or root.found is not None:
            page = root.page
            if root.found is not None:
                ctes.append(f"{name}_found AS MATERIALIZED ({r.embed(root.found)})")
                page = queue_page(Plan.filter(first_found(f"{name}_found", root.after, root.size + 1)), None)
            order = ", ".join(f"q.{column}" for column in QUEUE_ORDER)
            ctes.append(f"{name}_page AS ({r.embed(page)})")
            ctes.append(f"{name} AS (SELECT q.*, row_number() OVER (ORDER BY {order}) AS n FROM {name}_page q)")
    guard = r.embed(session)
    pairs = []
    for field, root, name in zip(fields, roots, names):
        if root.page is not None or root.found is not None:
            r.page = Page(name, root.size, root.total, root.applied_total, f"{name}_found" if root.found is not None else None)
            value = r.object("PlanConnection", field.children, name)
        elif root.row is not None:
            value = r.dialect.json_value(f"(SELECT {r.object('Plan', field.children, 'p')} FROM {name} p)")
        else:
            value = "NULL"
        pairs.append((field.key, value))
    body = r.dialect.document(r.dialect.json_object(pairs), guard)
    return f"WITH {', '.join(ctes)} {body}" if ctes else body
