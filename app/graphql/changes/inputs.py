"""Inputs of the change mutations: the changes are a partial `PlanInput` (CONTRACT.md)."""

from __future__ import annotations

import strawberry

from app.graphql.plans.inputs import PlanInput


@strawberry.input
class ChangeApplicationInput:
    changes: PlanInput = strawberry.field(description="認定証記載事項の変更（部分更新。外国人は id で照合）")


@strawberry.input
class EditChangeApplicationInput:
    change_application_id: strawberry.ID
    changes: PlanInput
    expected_version: int | None = None


@strawberry.input
class ChangeApplicationRefInput:
    change_application_id: strawberry.ID


@strawberry.input
class ChangeReviewInput:
    change_application_id: strawberry.ID
    comment: str | None = strawberry.field(default=None, description="差戻しでは必須（3000文字以内、事業者に表示）")
    expected_version: int | None = None


@strawberry.input
class ChangeNotificationInput:
    changes: PlanInput = strawberry.field(description="認定証記載事項以外の変更（連絡先、メールアドレス、代理人、技能者ID）")
