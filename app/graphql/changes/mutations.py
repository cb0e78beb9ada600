"""Change mutations (D1–D3): the company's change applications and notifications, and the review of
change applications by the plan's bureau staff and MLIT staff."""

from __future__ import annotations

from collections.abc import Awaitable

import strawberry

from app.domain.changes import applications, email_change, notifications
from app.domain.changes.attachments import AttachmentChanges
from app.domain.review.change_transitions import CHANGE_TRANSITIONS
from app.graphql.changes.inputs import (
    ChangeApplicationInput,
    ChangeApplicationRefInput,
    ChangeNotificationInput,
    ChangeReviewInput,
    ConfirmEmailChangeInput,
    EditChangeApplicationInput,
    attachment_changes,
)
from app.graphql.changes.types import ChangeApplication
from app.graphql.core.context import Info
from app.graphql.core.errors import UserError, answer
from app.graphql.core.ids import row_id
from app.graphql.core.permissions import require_viewer
from app.graphql.plans.inputs import plan_changes
from app.graphql.plans.types import Plan
from app.models import ChangeApplication as ChangeApplicationModel
from app.models.enums import ChangeAction, Role

TOP_LEVEL = frozenset({"changes", "changeApplicationId", "comment", "expectedVersion", "attachmentIds", "removedAttachmentIds",
                       "currentPassword"})


@strawberry.type
class ChangeApplicationPayload:
    change_application: ChangeApplication | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class ChangeNotificationPayload:
    plan: Plan | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


async def _payload(action: Awaitable[ChangeApplicationModel]) -> ChangeApplicationPayload:
    return await answer(ChangeApplicationPayload, action, "change_application", ChangeApplication.of, "changes", TOP_LEVEL)


async def _review(info: Info, data: ChangeReviewInput, action: ChangeAction) -> ChangeApplicationPayload:
    viewer = require_viewer(info, *CHANGE_TRANSITIONS[action].roles)
    return await _payload(applications.review_change_application(
        viewer, row_id("ChangeApplication", data.change_application_id), action, data.comment, data.expected_version))


@strawberry.type
class ConfirmEmailChangePayload:
    email: str | None = strawberry.field(default=None, description="確認されて変わったメールアドレス")
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class ChangeMutation:
    @strawberry.mutation(description="変更申請（認定証記載事項の変更。一時保存はなく、すぐに申請中になります）")
    async def apply_for_change(self, info: Info, input: ChangeApplicationInput) -> ChangeApplicationPayload:
        viewer = require_viewer(info, Role.COMPANY)
        files = AttachmentChanges.of(*attachment_changes(input.attachment_ids, input.removed_attachment_ids))
        return await _payload(applications.apply_for_change(viewer, plan_changes(input.changes), files))

    @strawberry.mutation(description="取下げ・差戻し後の変更申請の編集（変更前と変更後の比較を作り直します）")
    async def edit_change_application(self, info: Info, input: EditChangeApplicationInput) -> ChangeApplicationPayload:
        viewer = require_viewer(info, Role.COMPANY)
        return await _payload(applications.edit_change_application(
            viewer, row_id("ChangeApplication", input.change_application_id), plan_changes(input.changes), input.expected_version,
            *attachment_changes(input.attachment_ids, input.removed_attachment_ids)))

    @strawberry.mutation(description="変更申請の取下げ（申請中のみ）")
    async def withdraw_change_application(self, info: Info, input: ChangeApplicationRefInput) -> ChangeApplicationPayload:
        viewer = require_viewer(info, Role.COMPANY)
        return await _payload(applications.withdraw_change_application(viewer, row_id("ChangeApplication", input.change_application_id)))

    @strawberry.mutation(description="変更申請の再申請（受理前なら申請中、受理後なら審査中に戻ります）")
    async def resubmit_change_application(self, info: Info, input: ChangeApplicationRefInput) -> ChangeApplicationPayload:
        viewer = require_viewer(info, Role.COMPANY)
        return await _payload(applications.resubmit_change_application(viewer, row_id("ChangeApplication", input.change_application_id)))

    @strawberry.mutation(description="変更申請の受理")
    async def accept_change_application(self, info: Info, input: ChangeReviewInput) -> ChangeApplicationPayload:
        return await _review(info, input, ChangeAction.ACCEPT)

    @strawberry.mutation(description="変更申請の差戻し（コメント必須、3000文字以内）")
    async def remand_change_application(self, info: Info, input: ChangeReviewInput) -> ChangeApplicationPayload:
        return await _review(info, input, ChangeAction.REMAND)

    @strawberry.mutation(description="変更申請の認定（変更が計画に反映され、メールが送られます）")
    async def certify_change_application(self, info: Info, input: ChangeReviewInput) -> ChangeApplicationPayload:
        return await _review(info, input, ChangeAction.CERTIFY)

    @strawberry.mutation(description="変更届出（認定証記載事項以外。審査なしですぐに計画に反映されます）")
    async def file_change_notification(self, info: Info, input: ChangeNotificationInput) -> ChangeNotificationPayload:
        viewer = require_viewer(info, Role.COMPANY)
        files = AttachmentChanges.of(*attachment_changes(input.attachment_ids, input.removed_attachment_ids))
        filed = notifications.file_change_notification(viewer, plan_changes(input.changes), files, input.current_password,
                                                       info.context.client_address)
        return await answer(ChangeNotificationPayload, filed, "plan", Plan.of, "changes", TOP_LEVEL)

    @strawberry.mutation(description="メールアドレスの確認（ログイン不要）: 変更届出で申し出た新しいアドレスに届いた確認コードで、アカウントと計画のメールアドレスが変わります")
    async def confirm_email_change(self, info: Info, input: ConfirmEmailChangeInput) -> ConfirmEmailChangePayload:
        confirmed = email_change.confirm_email_change(input.code, info.context.client_address)
        return await answer(ConfirmEmailChangePayload, confirmed, "email", lambda account: account.email)
