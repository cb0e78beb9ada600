"""Inputs of the change mutations: the changes are a partial `PlanInput` (CONTRACT.md)."""

from __future__ import annotations

import strawberry

from app.graphql.core.ids import row_id
from app.graphql.plans.inputs import PlanInput

ADDED_FILES = "追加するファイル（uploadAttachment・uploadBulkAttachment に staged: true を指定して登録したもの）"
REMOVED_FILES = "計画から削除する添付書類"


def attachment_changes(added: list[strawberry.ID] | None, removed: list[strawberry.ID] | None) -> tuple[list[int] | None, list[int] | None]:
    """Row ids of the files; an unknown ID stays as a row that does not exist, refused as NOT_FOUND."""
    def rows(ids: list[strawberry.ID] | None) -> list[int] | None:
        return None if ids is None else [row_id("Attachment", value) for value in ids]
    return rows(added), rows(removed)


@strawberry.input
class ChangeApplicationInput:
    changes: PlanInput = strawberry.field(description="認定証記載事項の変更（部分更新。外国人は id で照合）")
    attachment_ids: list[strawberry.ID] = strawberry.field(default_factory=list, description=ADDED_FILES)
    removed_attachment_ids: list[strawberry.ID] = strawberry.field(default_factory=list, description=REMOVED_FILES)


@strawberry.input
class EditChangeApplicationInput:
    change_application_id: strawberry.ID
    changes: PlanInput
    expected_version: int | None = None
    attachment_ids: list[strawberry.ID] | None = strawberry.field(default=None, description=f"{ADDED_FILES}（省略時は変更なし）")
    removed_attachment_ids: list[strawberry.ID] | None = strawberry.field(default=None, description=f"{REMOVED_FILES}（省略時は変更なし）")


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
    current_password: str | None = strawberry.field(
        default=None, description="現在のパスワード（changes.email を変更するときは必須。新しいアドレスに届く確認コードで変更が完了します）")
    attachment_ids: list[strawberry.ID] = strawberry.field(default_factory=list, description=ADDED_FILES)
    removed_attachment_ids: list[strawberry.ID] = strawberry.field(default_factory=list, description=REMOVED_FILES)


@strawberry.input(description="メールアドレスの確認")
class ConfirmEmailChangeInput:
    code: str = strawberry.field(description="新しいメールアドレスに届いた確認コード（24時間有効、1回限り）")
