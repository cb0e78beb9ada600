"""Inputs of the report mutations (CONTRACT.md): the worker, the dates, what happened."""

from __future__ import annotations

from datetime import date

import strawberry

from app.graphql.core.enums import CcusIdReason, DiscontinuationReason, EmploymentStatus


@strawberry.input(description="受入報告の登録（就労中: 在留カード・技能者ID・日付・CCUSカードの写し又は理由が必須。取下: 不要）")
class AcceptanceReportInput:
    worker_id: strawberry.ID
    employment_status: EmploymentStatus = strawberry.field(description="WORKING（就労中）か CANCELLED（取下: 入国しなかった）")
    residence_card_number: str | None = strawberry.field(default=None, description="在留カード番号（英字2文字・数字8桁・英字2文字）")
    ccus_worker_id: str | None = strawberry.field(default=None, description="技能者ID（14桁。登録申請中は0を14桁）")
    ccus_worker_id_reason: CcusIdReason | None = strawberry.field(default=None, description="技能者IDを入力しない理由")
    residence_expiry: date | None = strawberry.field(default=None, description="在留期間満了年月日")
    landing_date: date | None = strawberry.field(default=None, description="上陸年月日（旅券の最新の上陸許可）")
    work_start_date: date | None = strawberry.field(default=None, description="特定技能従事開始年月日")
    ccus_card_missing_reason: str | None = strawberry.field(default=None, description="CCUSカードの写しを添付できない理由")
    attachment_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="CCUSカードの写し（staged: true、書類項目 CCUS_WORKER_ID_PROOF、この外国人を指定して登録したファイル）")


@strawberry.input
class AcceptanceReportRefInput:
    report_id: strawberry.ID


@strawberry.input
class RetirementReportInput:
    worker_id: strawberry.ID
    left_on: date = strawberry.field(description="退職日（未来の日付は不可）")


@strawberry.input
class TransferReportInput:
    worker_id: strawberry.ID
    transferred_on: date = strawberry.field(description="2号移行日（特定技能2号の在留カードの交付日）")


@strawberry.input
class ReemploymentInput:
    worker_id: strawberry.ID
    left_on: date = strawberry.field(description="退職日（申請日以前）")
    planned_on: date = strawberry.field(description="再雇用予定日")
    note: str | None = None


@strawberry.input
class DiscontinuationInput:
    worker_id: strawberry.ID
    occurred_on: date = strawberry.field(description="事由発生日")
    reason: DiscontinuationReason
    description: str = strawberry.field(description="事由の概要（3000文字以内）")


@strawberry.input
class PlanCancellationInput:
    reason: str = strawberry.field(description="計画取消申請の理由（3000文字以内）")


@strawberry.input
class ReemploymentReviewInput:
    report_id: strawberry.ID
    comment: str | None = strawberry.field(default=None, description="差戻しでは必須（3000文字以内、事業者に表示）")
    expected_version: int | None = None


@strawberry.input(description="差戻し中の再雇用申請の修正")
class EditReemploymentInput:
    report_id: strawberry.ID
    left_on: date = strawberry.field(description="退職日（申請日以前）")
    planned_on: date = strawberry.field(description="再雇用予定日（退職日より後）")
    note: str | None = strawberry.field(default=None, description="備考（3000文字以内）")


@strawberry.input
class WorkerReportRefInput:
    report_id: strawberry.ID
