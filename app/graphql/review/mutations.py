"""Review mutations (REQUIREMENTS C): accept, remand, certify, reject, revoke and internal comments.
Who may call each is the transition table's to say; the move itself is the domain's."""

from __future__ import annotations

import strawberry

from app.domain.errors import ErrorCode
from app.domain.review import moves as review
from app.domain.review.transitions import PLAN_TRANSITIONS
from app.graphql.core.context import Info
from app.graphql.core.errors import UserError
from app.graphql.core.ids import decode_id
from app.graphql.core.permissions import require_viewer
from app.graphql.plans.mutations import PlanPayload, plan_payload
from app.graphql.review.inputs import InternalCommentInput, ReviewInput
from app.models.enums import PlanAction


async def _review(info: Info, data: ReviewInput | InternalCommentInput, action: PlanAction) -> PlanPayload:
    viewer = require_viewer(info, *PLAN_TRANSITIONS[action].roles)  # who may: the transition table
    plan_id = decode_id("Plan", data.plan_id)
    if plan_id is None:
        return PlanPayload(errors=[UserError(field="planId", code=ErrorCode.NOT_FOUND, message="指定された受入計画はありません。")])
    return await plan_payload(
        review.review_plan(viewer, plan_id, action, data.comment, getattr(data, "expected_version", None))
    )


@strawberry.type
class ReviewMutation:
    @strawberry.mutation(description="受理")
    async def accept_plan(self, info: Info, input: ReviewInput) -> PlanPayload:
        return await _review(info, input, PlanAction.ACCEPT)

    @strawberry.mutation(description="差戻し（コメント必須、3000文字以内）")
    async def remand_plan(self, info: Info, input: ReviewInput) -> PlanPayload:
        return await _review(info, input, PlanAction.REMAND)

    @strawberry.mutation(description="認定")
    async def certify_plan(self, info: Info, input: ReviewInput) -> PlanPayload:
        return await _review(info, input, PlanAction.CERTIFY)

    @strawberry.mutation(description="不認定（理由必須）")
    async def reject_plan(self, info: Info, input: ReviewInput) -> PlanPayload:
        return await _review(info, input, PlanAction.REJECT)

    @strawberry.mutation(description="認定取消（国土交通省職員のみ、理由必須）")
    async def revoke_plan(self, info: Info, input: ReviewInput) -> PlanPayload:
        return await _review(info, input, PlanAction.REVOKE)

    @strawberry.mutation(description="計画取消申請の承認（国土交通省職員のみ。計画は取消になります）")
    async def approve_plan_cancellation(self, info: Info, input: ReviewInput) -> PlanPayload:
        return await _review(info, input, PlanAction.APPROVE_CANCELLATION)

    @strawberry.mutation(description="計画取消申請の却下（国土交通省職員のみ、理由必須。計画は認定済みのままです）")
    async def decline_plan_cancellation(self, info: Info, input: ReviewInput) -> PlanPayload:
        return await _review(info, input, PlanAction.CANCELLATION_DECLINED)

    @strawberry.mutation(description="内部コメントの追加（職員・実施団体のみ閲覧）")
    async def add_internal_comment(self, info: Info, input: InternalCommentInput) -> PlanPayload:
        return await _review(info, input, PlanAction.INTERNAL_COMMENT)
