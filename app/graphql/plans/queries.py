"""The company's plan (`myPlan`, `myPlanProblems`) and `plan(id)` for anyone who may see it."""

from __future__ import annotations

import strawberry

from app.domain.errors import ErrorCode
from app.domain.plans import draft as plan_rules
from app.domain.plans.validation import plan_problems
from app.domain.visibility import visible_plans
from app.graphql.core.context import Info
from app.graphql.core.errors import UserError
from app.graphql.core.ids import decode_id
from app.graphql.core.permissions import require_viewer
from app.graphql.plans.types import Plan
from app.models.enums import Role


@strawberry.type
class PlanQuery:
    @strawberry.field(description="自社の受入計画（状態を問わず最新のもの）。なければ null")
    async def my_plan(self, info: Info) -> Plan | None:
        viewer = require_viewer(info, Role.COMPANY)
        plan = await plan_rules.current_plan(viewer.company_id or 0)
        return Plan.of(plan) if plan else None

    @strawberry.field(description="申請（確定）を妨げる問題をすべて、項目ごとに返します")
    async def my_plan_problems(self, info: Info) -> list[UserError]:
        viewer = require_viewer(info, Role.COMPANY)
        plan = await plan_rules.current_plan(viewer.company_id or 0)
        if plan is None:
            return [UserError(field=None, code=ErrorCode.NOT_FOUND, message="受入計画がありません。新規申請から作成してください。")]
        return [UserError(field=p.field, code=p.code, message=p.message) for p in await plan_problems(plan)]

    @strawberry.field(description="閲覧できる受入計画。閲覧できなければ null")
    async def plan(self, info: Info, id: strawberry.ID) -> Plan | None:
        viewer = require_viewer(info)
        plan_id = decode_id("Plan", id)
        plan = await visible_plans(viewer).get_or_none(id=plan_id) if plan_id else None
        return Plan.of(plan) if plan else None
