"""The plan's queries and mutations: the company's side (B, C2, C6) and the staff's review (C)."""

from __future__ import annotations

from collections.abc import Awaitable

import strawberry
from starlette.datastructures import UploadFile
from strawberry.file_uploads import Upload

from app.domain import attachments as attachment_rules
from app.domain import plans as plan_rules
from app.domain import review
from app.domain.errors import DomainError, ErrorCode
from app.domain.plan_validation import plan_problems
from app.domain.visibility import visible_plans
from app.domain.workflow import PLAN_TRANSITIONS
from app.graphql.context import Info
from app.graphql.errors import UserError, user_errors
from app.graphql.ids import decode_id, row_id
from app.graphql.permissions import require_viewer
from app.graphql.plan_inputs import PlanInput, plan_changes
from app.graphql.plans import Attachment, Plan
from app.models import Plan as PlanModel
from app.models.enums import PlanAction, Role
from app.storage import FolderStorage


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


@strawberry.input
class UploadAttachmentInput:
    document_item: str = strawberry.field(description="documentItems の code")
    file: Upload
    worker_id: strawberry.ID | None = strawberry.field(default=None, description="外国人ごとの書類の場合の対象者")


@strawberry.input
class UploadBulkAttachmentInput:
    covers: list[str] = strawberry.field(description="このファイルが対象とする書類項目の code（1つ以上）")
    file: Upload


@strawberry.input
class DeleteAttachmentInput:
    attachment_id: strawberry.ID


@strawberry.input
class ReviewInput:
    plan_id: strawberry.ID
    comment: str | None = strawberry.field(default=None, description="差戻し・不認定・認定取消では必須（3000文字以内）")
    expected_version: int | None = strawberry.field(default=None, description="画面を開いたときの version。変わっていれば CONFLICT")


@strawberry.input
class InternalCommentInput:
    plan_id: strawberry.ID
    comment: str


def _storage(info: Info) -> FolderStorage:
    return FolderStorage(info.context.settings.upload_dir)


async def _plan_payload(action: Awaitable[PlanModel]) -> PlanPayload:
    try:
        return PlanPayload(plan=Plan.of(await action))
    except DomainError as error:
        return PlanPayload(errors=user_errors(error))


async def _review(info: Info, data: ReviewInput | InternalCommentInput, action: PlanAction) -> PlanPayload:
    viewer = require_viewer(info, *PLAN_TRANSITIONS[action].roles)  # who may: the transition table
    plan_id = decode_id("Plan", data.plan_id)
    if plan_id is None:
        return PlanPayload(errors=[UserError(field="planId", code=ErrorCode.NOT_FOUND, message="指定された受入計画はありません。")])
    return await _plan_payload(
        review.review_plan(viewer, plan_id, action, data.comment, getattr(data, "expected_version", None))
    )


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


def _uploaded_file(value: object) -> UploadFile:
    """The file of a multipart request; any other value where an Upload belongs is refused."""
    if not isinstance(value, UploadFile):
        raise DomainError("file", ErrorCode.INVALID, "ファイルは GraphQL multipart request の形式で送ってください。")
    return value


@strawberry.type
class PlanMutation:
    @strawberry.mutation(description="一時保存: 部分更新。計画がなければ（または終了していれば）新しく作成")
    async def save_plan_draft(self, info: Info, input: PlanInput) -> PlanPayload:
        viewer = require_viewer(info, Role.COMPANY)
        return await _plan_payload(plan_rules.save_plan_draft(viewer, plan_changes(input), _storage(info)))

    @strawberry.mutation(description="申請（確定）")
    async def submit_plan(self, info: Info) -> PlanPayload:
        return await _plan_payload(plan_rules.submit_plan(require_viewer(info, Role.COMPANY)))

    @strawberry.mutation(description="取下げ（受理前のみ）")
    async def withdraw_plan(self, info: Info) -> PlanPayload:
        return await _plan_payload(plan_rules.withdraw_plan(require_viewer(info, Role.COMPANY)))

    @strawberry.mutation(description="再申請（差戻し後）")
    async def resubmit_plan(self, info: Info) -> PlanPayload:
        return await _plan_payload(plan_rules.resubmit_plan(require_viewer(info, Role.COMPANY)))

    @strawberry.mutation(description="添付書類の登録（1ファイル10MBまで）")
    async def upload_attachment(self, info: Info, input: UploadAttachmentInput) -> AttachmentPayload:
        viewer = require_viewer(info, Role.COMPANY)
        worker_id = row_id("Worker", input.worker_id) if input.worker_id else None
        try:
            file = _uploaded_file(input.file)
            row = await attachment_rules.add_attachment(
                viewer, _storage(info), file, file.filename or "", file.size, input.document_item, worker_id
            )
        except DomainError as error:
            return AttachmentPayload(errors=user_errors(error))
        return AttachmentPayload(attachment=Attachment.of(row))

    @strawberry.mutation(description="一括登録: 1つのファイルで複数の書類項目を添付します")
    async def upload_bulk_attachment(self, info: Info, input: UploadBulkAttachmentInput) -> AttachmentPayload:
        viewer = require_viewer(info, Role.COMPANY)
        try:
            file = _uploaded_file(input.file)
            row = await attachment_rules.add_bulk_attachment(viewer, _storage(info), file, file.filename or "", file.size, input.covers)
        except DomainError as error:
            return AttachmentPayload(errors=user_errors(error))
        return AttachmentPayload(attachment=Attachment.of(row))

    @strawberry.mutation
    async def delete_attachment(self, info: Info, input: DeleteAttachmentInput) -> DeleteAttachmentPayload:
        viewer = require_viewer(info, Role.COMPANY)
        try:
            await attachment_rules.delete_attachment(viewer, _storage(info), row_id("Attachment", input.attachment_id))
        except DomainError as error:
            return DeleteAttachmentPayload(errors=user_errors(error))
        return DeleteAttachmentPayload(deleted_attachment_id=input.attachment_id)

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

    @strawberry.mutation(description="内部コメントの追加（職員・実施団体のみ閲覧）")
    async def add_internal_comment(self, info: Info, input: InternalCommentInput) -> PlanPayload:
        return await _review(info, input, PlanAction.INTERNAL_COMMENT)
