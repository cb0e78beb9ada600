"""Report mutations (D4–D6, DOMAIN §4.1–4.5): the company's acceptance reports, the other worker
reports, 再雇用申請 and its review, and 計画取消申請."""

from __future__ import annotations

from collections.abc import Awaitable

import strawberry

from app.domain.reports import acceptance, cancellation, worker_reports
from app.domain.review.report_transitions import REEMPLOYMENT_TRANSITIONS
from app.domain.viewer import Viewer
from app.graphql.core.context import Info
from app.graphql.core.errors import UserError, answer
from app.graphql.core.ids import row_id
from app.graphql.core.permissions import require_viewer
from app.graphql.plans.mutations import PlanPayload, plan_payload
from app.graphql.reports.inputs import (
    AcceptanceReportInput,
    AcceptanceReportRefInput,
    DiscontinuationInput,
    EditReemploymentInput,
    PlanCancellationInput,
    ReemploymentInput,
    ReemploymentReviewInput,
    RetirementReportInput,
    TransferReportInput,
    WorkerReportRefInput,
)
from app.graphql.reports.types import WorkerReport
from app.models import WorkerReport as WorkerReportModel
from app.models.enums import ChangeAction, Role


@strawberry.type
class AcceptanceReportPayload:
    report: WorkerReport | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class WorkerReportPayload:
    report: WorkerReport | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


async def _report(action: Awaitable[WorkerReportModel]) -> WorkerReportPayload:
    return await answer(WorkerReportPayload, action, "report", WorkerReport.of)


async def _acceptance(action: Awaitable[WorkerReportModel]) -> AcceptanceReportPayload:
    return await answer(AcceptanceReportPayload, action, "report", WorkerReport.of)


def _company(info: Info) -> Viewer:
    return require_viewer(info, Role.COMPANY)


async def _review_reemployment(info: Info, data: ReemploymentReviewInput, action: ChangeAction) -> WorkerReportPayload:
    viewer = require_viewer(info, *REEMPLOYMENT_TRANSITIONS[action].roles)
    return await _report(worker_reports.review_reemployment(
        viewer, row_id("WorkerReport", data.report_id), action, data.comment, data.expected_version))


@strawberry.type
class ReportMutation:
    @strawberry.mutation(description="受入報告の登録（報告するまで修正できます）")
    async def register_acceptance_report(self, info: Info, input: AcceptanceReportInput) -> AcceptanceReportPayload:
        data = acceptance.AcceptanceData(
            employment_status=input.employment_status, residence_card_number=input.residence_card_number,
            ccus_worker_id=input.ccus_worker_id,
            ccus_worker_id_reason=input.ccus_worker_id_reason,
            residence_expiry=input.residence_expiry, landing_date=input.landing_date, work_start_date=input.work_start_date,
            ccus_card_missing_reason=input.ccus_card_missing_reason,
            attachment_ids=tuple(dict.fromkeys(row_id("Attachment", value) for value in input.attachment_ids)),
        )
        return await _acceptance(acceptance.register_acceptance_report(_company(info), row_id("Worker", input.worker_id), data))

    @strawberry.mutation(description="受入報告の報告（登録した内容を送信します。登録だけでは報告は完了しません）")
    async def send_acceptance_report(self, info: Info, input: AcceptanceReportRefInput) -> AcceptanceReportPayload:
        return await _acceptance(acceptance.send_acceptance_report(_company(info), row_id("WorkerReport", input.report_id)))

    @strawberry.mutation(description="退職報告（退職した後に提出します）")
    async def report_retirement(self, info: Info, input: RetirementReportInput) -> WorkerReportPayload:
        return await _report(worker_reports.report_retirement(_company(info), row_id("Worker", input.worker_id), input.left_on))

    @strawberry.mutation(description="2号移行報告")
    async def report_transfer_to_type2(self, info: Info, input: TransferReportInput) -> WorkerReportPayload:
        return await _report(worker_reports.report_transfer_to_type2(_company(info), row_id("Worker", input.worker_id), input.transferred_on))

    @strawberry.mutation(description="再雇用申請（同じ契約で同じ会社に戻る場合。地方整備局等が審査します）")
    async def apply_for_reemployment(self, info: Info, input: ReemploymentInput) -> WorkerReportPayload:
        return await _report(worker_reports.apply_for_reemployment(
            _company(info), row_id("Worker", input.worker_id), input.left_on, input.planned_on, input.note))

    @strawberry.mutation(description="継続不可事由発生報告")
    async def report_discontinuation(self, info: Info, input: DiscontinuationInput) -> WorkerReportPayload:
        return await _report(worker_reports.report_discontinuation(
            _company(info), row_id("Worker", input.worker_id), input.occurred_on, input.reason, input.description))

    @strawberry.mutation(description="差戻し中の再雇用申請の修正（退職日・再雇用予定日・備考。その後に再申請します）")
    async def edit_reemployment(self, info: Info, input: EditReemploymentInput) -> WorkerReportPayload:
        return await _report(worker_reports.edit_reemployment(_company(info), row_id("WorkerReport", input.report_id), input.left_on,
                                                              input.planned_on, input.note))

    @strawberry.mutation(description="再雇用申請の再申請（差戻し後）")
    async def resubmit_reemployment(self, info: Info, input: WorkerReportRefInput) -> WorkerReportPayload:
        return await _report(worker_reports.resubmit_reemployment(_company(info), row_id("WorkerReport", input.report_id)))

    @strawberry.mutation(description="再雇用申請の受理")
    async def accept_reemployment(self, info: Info, input: ReemploymentReviewInput) -> WorkerReportPayload:
        return await _review_reemployment(info, input, ChangeAction.ACCEPT)

    @strawberry.mutation(description="再雇用申請の差戻し（コメント必須）")
    async def remand_reemployment(self, info: Info, input: ReemploymentReviewInput) -> WorkerReportPayload:
        return await _review_reemployment(info, input, ChangeAction.REMAND)

    @strawberry.mutation(description="再雇用申請の認定（外国人に新しい受入報告が必要になります）")
    async def certify_reemployment(self, info: Info, input: ReemploymentReviewInput) -> WorkerReportPayload:
        return await _review_reemployment(info, input, ChangeAction.CERTIFY)

    @strawberry.mutation(description="計画取消申請（理由必須。国土交通省が承認すると計画は取消になります）")
    async def apply_for_plan_cancellation(self, info: Info, input: PlanCancellationInput) -> PlanPayload:
        return await plan_payload(cancellation.apply_for_plan_cancellation(_company(info), input.reason))
