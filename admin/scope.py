"""The domain's neutral scope (app.domain.visibility) as SQLAlchemy conditions."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from admin.tables import mapped
from app.domain.visibility import PlanScope

Plan: Any = mapped["Plan"]


def plan_conditions(scope: PlanScope, plan: Any = Plan) -> list[sa.ColumnElement[bool]]:
    """WHERE conditions restricting the mapped `Plan` class to what the scope allows."""
    if scope.nothing:
        return [sa.false()]
    conditions: list[sa.ColumnElement[bool]] = []
    if scope.company_id is not None:
        conditions.append(plan.company_id == scope.company_id)
    if scope.prefectures is not None:
        conditions.append(plan.head_office_prefecture.in_(scope.prefectures))
    if scope.hidden_statuses:
        conditions.append(plan.status.not_in([s.value for s in scope.hidden_statuses]))
    return conditions


def visible_plan_ids(scope: PlanScope) -> sa.Select:
    return sa.select(Plan.id).where(*plan_conditions(scope))


def visible_company_ids(scope: PlanScope) -> sa.Select:
    return sa.select(Plan.company_id).where(*plan_conditions(scope))
