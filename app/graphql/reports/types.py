"""A worker report as clients read it (CONTRACT.md `Worker { report reports }`): its kind and state,
what was reported, and the moves the viewer may make on it now."""

from __future__ import annotations

from datetime import date, datetime

import strawberry
from strawberry import Private

from app.domain.clock import jst_or_none
from app.domain.reports.pending import is_overdue
from app.domain.review.report_transitions import report_actions
from app.domain.visibility import masked as masked_value
from app.domain.visibility import plan_scope
from app.graphql.core.context import Info
from app.graphql.core.enums import ChangeStatus, DiscontinuationReason, EmploymentStatus, ReportKind, ReportStatus
from app.graphql.core.ids import encode_id
from app.models import WorkerReport as WorkerReportModel


@strawberry.type(description="外国人に関する報告・申請（受入報告、退職報告、2号移行報告、再雇用申請、継続不可事由発生報告）")
class WorkerReport:
    row: Private[WorkerReportModel]
    masked: Private[bool]
    id: strawberry.ID
    version: int
    kind: ReportKind
    kind_label: str
    status: ReportStatus = strawberry.field(description="受入報告: 要報告 → 登録 → 報告済み。その他の報告は提出時に報告済み")
    status_label: str
    review_status: ChangeStatus | None = strawberry.field(description="再雇用申請の審査状態（その他は null）")
    review_status_label: str | None
    worker_id: strawberry.ID
    plan_id: strawberry.ID
    due_on: date | None = strawberry.field(description="受入報告の報告期限（計画の就労開始日から1か月）")
    registered_at: datetime | None
    reported_at: datetime | None
    employment_status: EmploymentStatus | None = strawberry.field(description="受入報告で登録した従事状況（就労中・取下）")
    residence_card_number: str | None
    residence_expiry: date | None
    landing_date: date | None
    work_start_date: date | None
    ccus_card_missing_reason: str | None = strawberry.field(description="CCUSカードの写しを添付できない理由")
    event_on: date | None = strawberry.field(description="退職日・2号移行日・事由発生日（再雇用申請では退職日）")
    planned_on: date | None = strawberry.field(description="再雇用予定日")
    discontinuation_reason: DiscontinuationReason | None
    discontinuation_reason_label: str | None
    note: str | None = strawberry.field(description="継続不可事由の概要、再雇用申請の備考")
    remand_comment: str | None = strawberry.field(description="再雇用申請の差戻しコメント（事業者に表示されます）")

    @classmethod
    def of(cls, row: WorkerReportModel, masked: bool = False) -> "WorkerReport":
        return cls(
            row=row, masked=masked, id=strawberry.ID(encode_id("WorkerReport", row.id)), version=row.version, kind=row.kind, kind_label=row.kind.label,
            status=row.status, status_label=row.status.label, review_status=row.review_status,
            review_status_label=row.review_status.label if row.review_status else None,
            worker_id=strawberry.ID(encode_id("Worker", row.worker_id)), plan_id=strawberry.ID(encode_id("Plan", row.plan_id)),
            due_on=row.due_on, registered_at=jst_or_none(row.registered_at), reported_at=jst_or_none(row.reported_at),
            employment_status=row.employment_status, residence_card_number=masked_value(row.residence_card_number, masked),
            residence_expiry=None if masked else row.residence_expiry, landing_date=None if masked else row.landing_date,
            work_start_date=row.work_start_date, ccus_card_missing_reason=row.ccus_card_missing_reason, event_on=row.event_on,
            planned_on=row.planned_on, discontinuation_reason=row.discontinuation_reason,
            discontinuation_reason_label=row.discontinuation_reason.label if row.discontinuation_reason else None,
            note=row.note, remand_comment=row.remand_comment,
        )

    @strawberry.field(description="報告期限を過ぎて、まだ報告されていない")
    async def overdue(self, info: Info) -> bool:
        worker = await info.context.loaders.worker.load(self.row.worker_id)
        return worker is not None and is_overdue(self.row, worker.employment_status)

    @strawberry.field(description="外国人の現在の技能者ID（0が14桁の場合は、変更届出で取得後のIDに差し替えます）")
    async def ccus_worker_id(self, info: Info) -> str | None:
        worker = await info.context.loaders.worker.load(self.row.worker_id)
        return masked_value(worker.ccus_worker_id, self.masked) if worker else None

    @strawberry.field(description="この利用者が今この報告に対して呼べるミューテーション")
    def available_actions(self, info: Info) -> list[str]:
        viewer = info.context.viewer
        return report_actions(self.row, viewer) if viewer else []


def reports_for(info: Info, rows: list[WorkerReportModel]) -> list[WorkerReport]:
    masked = plan_scope(info.context.viewer).mask_personal_data
    return [WorkerReport.of(row, masked) for row in rows]
