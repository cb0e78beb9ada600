"""The plan page built for review (issue #14): its sections as a person reads them — 申請者, 計画, the
licences — amounts with 円, labels instead of codes, attachments grouped by 書類項目 and the person
who acted on each step of the history."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from app.domain.catalogue import DOCUMENT_ITEMS, prefectures
from app.domain.clock import to_jst
from app.domain.reports.pending import is_overdue
from app.models import Attachment, AttachmentCoverage, Plan, PlanEvent, PlanLicense, WorkerReport
from app.models.enums import ChangeStatus, JacMembershipKind, LicenseAuthority, LicenseGrade, ReportKind, ReportStatus, Role

Row = tuple[str, str]


def shown(value: Any, unit: str = "") -> str:
    if value is None or value == "":
        return "（未入力）"
    if isinstance(value, bool):
        return "あり" if value else "なし"
    if isinstance(value, datetime):
        return to_jst(value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int) and unit:
        return f"{value:,}{unit}"
    return f"{value}{unit}"


def _prefecture(code: str | None) -> str:
    return prefectures()[code].name if code in prefectures() else shown(code)


def _license(row: PlanLicense) -> str:
    issuer = "国土交通大臣" if row.authority == LicenseAuthority.MINISTER else f"{_prefecture(row.prefecture)}知事"
    grade = LicenseGrade(row.grade).label if row.grade else ""
    return f"{issuer}許可（{grade}）第{int(row.number) if row.number else '—'}号　有効期間の満了日 {shown(row.valid_until)}"


def plan_sections(plan: Plan, licenses: list[PlanLicense]) -> list[tuple[str, list[Row]]]:
    applicant: list[Row] = [
        ("商号又は名称", shown(plan.company_name)), ("法人番号", shown(plan.corporate_number)),
        ("代表者の氏名", shown(plan.representative_name)),
        ("主たる営業所", f"{_prefecture(plan.head_office_prefecture)} {plan.head_office_address or ''}".strip()),
        ("電話番号", shown(plan.phone)), ("メールアドレス", shown(plan.email)),
        ("建設キャリアアップシステム事業者ID", shown(plan.ccus_business_id)),
        *[(f"建設業許可（{n}）", _license(row)) for n, row in enumerate(licenses, 1)],
    ]
    if plan.proxy_name:
        applicant += [("代理申請者", f"{plan.proxy_name}（{plan.proxy_organization or '所属未入力'}）"),
                      ("代理申請者の連絡先", f"{plan.proxy_email or ''} {plan.proxy_phone or ''}".strip()),
                      ("代理権", shown(plan.proxy_has_power_of_attorney))]
    queued_differs = plan.queued_at is not None and plan.queued_at != plan.applied_at
    schedule: list[Row] = [
        ("所属団体", f"{JacMembershipKind(plan.jac_kind).label}（{plan.jac_organization_name or ''}）" if plan.jac_kind else "（未入力）"),
        ("常勤職員数", shown(plan.full_time_staff_count, "人")), ("外国人建設就労者数", shown(plan.foreign_construction_worker_count, "人")),
        ("受入人数", shown(plan.worker_count, "人")),
        ("受入予定期間", f"{shown(plan.acceptance_start)} 〜 {shown(plan.acceptance_end)}"),
        ("基本給（月額）", shown(plan.basic_monthly_salary, "円")),
        ("賞与", f"{shown(plan.has_bonus)}{'（' + plan.bonus_description + '）' if plan.bonus_description else ''}"),
        ("国内人材確保の取組", shown(plan.domestic_recruitment_description)),
        ("申請日時", shown(plan.applied_at)),
        *([("審査順日時（再申請）", shown(plan.queued_at))] if queued_differs else []),
        *([("認定番号", shown(plan.certificate_number)), ("認定日時", shown(plan.certified_at))] if plan.certificate_number else []),
        *([("計画取消申請", f"{shown(plan.cancellation_requested_at)}　理由：{plan.cancellation_reason or ''}")]
          if plan.cancellation_requested_at else []),
    ]
    return [("申請者", applicant), ("計画", schedule)]


async def attachment_groups(files: list[Attachment]) -> list[dict[str, Any]]:
    """Attachments under their 書類項目, catalogue order; a bulk file lists what it covers."""
    covers: dict[int, list[str]] = {}
    for row in await AttachmentCoverage.filter(attachment_id__in=[f.id for f in files if f.is_bulk]):
        covers.setdefault(row.attachment_id, []).append(row.document_item_id)
    numbers = {item.code: str(item.number) for item in DOCUMENT_ITEMS}
    groups = []
    for item in DOCUMENT_ITEMS:
        here = [f for f in files if f.document_item_id == item.code or item.code in covers.get(f.id, [])]
        if here:
            groups.append({"name": f"{item.number}. {item.name}", "files": [
                {"id": f.id, "name": f.file_name, "size": f"{f.size:,}バイト",
                 "bulk": "一括登録（対象の書類項目: " + "・".join(sorted((numbers.get(c, c) for c in covers.get(f.id, [])), key=int)) + "）"
                 if f.is_bulk else ""}
                for f in here]})
    return groups


def report_summary(report: WorkerReport, employment_status: str) -> str:
    """A report as one line of the worker table: 受入報告（登録・期限 2026-12-25・期限超過）."""
    parts = [ChangeStatus(report.review_status).label if report.review_status else ReportStatus(report.status).label]
    if report.due_on and ReportStatus(report.status) is not ReportStatus.REPORTED:
        parts.append(f"期限 {report.due_on:%Y-%m-%d}")
        if is_overdue(report, employment_status):
            parts.append("期限超過")
    return f"{ReportKind(report.kind).label}（{'・'.join(parts)}）"


def actor_of(event: PlanEvent) -> str:
    """Who acted: the staff member by name, or the company."""
    role = Role(event.actor_role).label
    if event.actor_staff is not None:
        return f"{event.actor_staff.display_name or event.actor_staff.login_id}（{role}）"
    if event.actor_company is not None:
        return f"{event.actor_company.company_name}（{role}）"
    return role
