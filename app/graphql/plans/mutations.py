"""The company's plan mutations (B, C): draft saves, submission, withdrawal, resubmission, attachments.
Their payloads are shared with the review mutations, which answer with the plan too."""

from __future__ import annotations

from collections.abc import Awaitable

import strawberry
from starlette.datastructures import UploadFile

from app.domain.errors import DomainError, ErrorCode
from app.domain.plans import attachments as attachment_rules
from app.domain.plans import draft as plan_rules
from app.domain.plans import next_plan, worker_withdrawal
from app.graphql.core.context import Info
from app.graphql.core.errors import UserError, answer, user_errors
from app.graphql.core.ids import row_id
from app.graphql.core.permissions import require_viewer
from app.graphql.plans.files import Attachment
from app.graphql.plans.inputs import (
    DeleteAttachmentInput,
    PlanInput,
    StartPlanFromPreviousInput,
    UploadAttachmentInput,
    UploadBulkAttachmentInput,
    WithdrawWorkerInput,
    plan_changes,
)
from app.graphql.plans.types import Plan
from app.models import Plan as PlanModel
from app.models.enums import Role


@strawberry.type
class PlanPayload:
    plan: Plan | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class AttachmentPayload:
    attachment: Attachment | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class DeleteAttachmentPayload:
    deleted_attachment_id: strawberry.ID | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


async def plan_payload(action: Awaitable[PlanModel]) -> PlanPayload:
    return await answer(PlanPayload, action, "plan", Plan.of)


async def _uploaded_file(value: object) -> UploadFile:
    """The file of a multipart request, from its start (one file may be mapped to several inputs of
    one request, as the multipart spec allows); any other value where an Upload belongs is refused."""
    if not isinstance(value, UploadFile):
        raise DomainError("file", ErrorCode.INVALID, "ファイルは GraphQL multipart request の形式で送ってください。")
    await value.seek(0)
    return value


@strawberry.type
class PlanMutation:
    @strawberry.mutation(description="一時保存: 部分更新。計画がなければ（または終了していれば）新しく作成")
    async def save_plan_draft(self, info: Info, input: PlanInput) -> PlanPayload:
        viewer = require_viewer(info, Role.COMPANY)
        return await plan_payload(plan_rules.save_plan_draft(viewer, plan_changes(input), info.context.storage))

    @strawberry.mutation(description="申請（確定）")
    async def submit_plan(self, info: Info) -> PlanPayload:
        return await plan_payload(plan_rules.submit_plan(require_viewer(info, Role.COMPANY)))

    @strawberry.mutation(description="取下げ（受理前のみ）")
    async def withdraw_plan(self, info: Info) -> PlanPayload:
        return await plan_payload(plan_rules.withdraw_plan(require_viewer(info, Role.COMPANY)))

    @strawberry.mutation(description="外国人の取下げ（申請中・審査中のみ。来日しなくなった1人を理由とともに取下にします。最後の1人は不可）")
    async def withdraw_worker(self, info: Info, input: WithdrawWorkerInput) -> PlanPayload:
        viewer = require_viewer(info, Role.COMPANY)
        return await plan_payload(worker_withdrawal.withdraw_worker(viewer, row_id("Worker", input.worker_id), input.reason))

    @strawberry.mutation(description="終了した計画からの新規作成: 事業者・許可・所属団体・給与・代理申請者（と外国人）を引き継いだ一時保存を作ります。添付書類は引き継ぎません")
    async def start_plan_from_previous(self, info: Info, input: StartPlanFromPreviousInput) -> PlanPayload:
        viewer = require_viewer(info, Role.COMPANY)
        return await plan_payload(next_plan.start_plan_from_previous(viewer, input.include_workers))

    @strawberry.mutation(description="再申請（差戻し後）")
    async def resubmit_plan(self, info: Info) -> PlanPayload:
        return await plan_payload(plan_rules.resubmit_plan(require_viewer(info, Role.COMPANY)))

    @strawberry.mutation(description="添付書類の登録（1ファイル10MBまで）")
    async def upload_attachment(self, info: Info, input: UploadAttachmentInput) -> AttachmentPayload:
        viewer = require_viewer(info, Role.COMPANY)
        worker_id = row_id("Worker", input.worker_id) if input.worker_id else None
        try:
            file = await _uploaded_file(input.file)
            row = await attachment_rules.add_attachment(
                viewer, info.context.storage, file, file.filename or "", file.size, input.document_item, worker_id, input.staged,
                input.new_worker_index)
        except DomainError as error:
            return AttachmentPayload(errors=user_errors(error))
        return AttachmentPayload(attachment=Attachment.of(row))

    @strawberry.mutation(description="一括登録: 1つのファイルで複数の書類項目を添付します")
    async def upload_bulk_attachment(self, info: Info, input: UploadBulkAttachmentInput) -> AttachmentPayload:
        viewer = require_viewer(info, Role.COMPANY)
        try:
            file = await _uploaded_file(input.file)
            row = await attachment_rules.add_bulk_attachment(
                viewer, info.context.storage, file, file.filename or "", file.size, input.covers, input.staged)
        except DomainError as error:
            return AttachmentPayload(errors=user_errors(error))
        return AttachmentPayload(attachment=Attachment.of(row))

    @strawberry.mutation
    async def delete_attachment(self, info: Info, input: DeleteAttachmentInput) -> DeleteAttachmentPayload:
        viewer = require_viewer(info, Role.COMPANY)
        try:
            await attachment_rules.delete_attachment(viewer, info.context.storage, row_id("Attachment", input.attachment_id))
        except DomainError as error:
            return DeleteAttachmentPayload(errors=user_errors(error))
        return DeleteAttachmentPayload(deleted_attachment_id=input.attachment_id)
