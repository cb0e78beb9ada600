"""Inputs of the review mutations (REQUIREMENTS C): the plan, the comment, the version seen."""

from __future__ import annotations

import strawberry


@strawberry.input
class ReviewInput:
    plan_id: strawberry.ID
    comment: str | None = strawberry.field(default=None, description="差戻し・不認定・認定取消では必須（3000文字以内）")
    expected_version: int | None = strawberry.field(default=None, description="画面を開いたときの version。変わっていれば CONFLICT")


@strawberry.input
class InternalCommentInput:
    plan_id: strawberry.ID
    comment: str
