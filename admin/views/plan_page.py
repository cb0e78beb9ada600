"""The plan page built for review (issue #14): its sections as a person reads them — 申請者, 計画, the
licences — amounts with 円, labels instead of codes, attachments grouped by 書類項目 and the person
who acted on each step of the history."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from admin.export_cells import Cells
from app.domain.catalogue import DOCUMENT_ITEMS
from app.domain.clock import to_jst
from app.domain.plans.fields import BY_PATH, JAC, LICENSES, PROXY, Area, fields_of, license_text
from app.domain.reports.pending import is_overdue
from app.domain.viewer import Viewer
from app.domain.visibility import may_read_internal_comments
from app.graphql.compiled.sql import literal
from app.http.display_sql import CsvCell, typed_cell
from app.models import Attachment, AttachmentCoverage, ChangeEvent, Plan, PlanEvent, PlanLicense, WorkerReport
from app.models.enums import ChangeStatus, JacMembershipKind, ReportKind, ReportStatus, Role

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


def _field(path: str, plan: Plan) -> Row:
    """A described field as the description labels and reads it."""
    spec = BY_PATH[path]
    return spec.label, spec.display(getattr(plan, spec.stored_as))


# The worker table of the plan page, headed by the described labels.
WORKER_HEADERS = [*(BY_PATH[f"workers.{name}"].label for name in ("name", "nationality", "jobCategory")), "就労予定期間",
                  *(BY_PATH[f"workers.{name}"].label for name in ("salaryMode", "salaryAmount")), "従事状況", "報告"]
# Described fields the sections below show in rows of their own making (with others, or as groups).
_COMPOSED = {"headOfficePrefecture", "headOfficeAddress", "acceptanceStart", "acceptanceEnd", "bonusDescription",
             *(spec.path for spec in fields_of(JAC)), *(spec.path for spec in fields_of(PROXY))}


def full_address(prefecture: str, address: str | None) -> str:
    """The prefecture and the address, once each (an address typed with its prefecture keeps it, #26 item 12)."""
    address = (address or "").strip()
    return address if prefecture and address.startswith(prefecture) else f"{prefecture} {address}".strip()


def plan_sections(plan: Plan, licenses: list[PlanLicense]) -> list[tuple[str, list[Row]]]:
    prefecture = BY_PATH["headOfficePrefecture"].display(plan.head_office_prefecture)
    applicant: list[Row] = [
        _field("companyName", plan), _field("corporateNumber", plan), _field("representativeName", plan),
        (BY_PATH["headOfficeAddress"].label, full_address(prefecture, plan.head_office_address)),
        _field("phone", plan), _field("email", plan), _field("ccusBusinessId", plan),
        *[(f"{LICENSES.label}（{n}）", license_text(row)) for n, row in enumerate(licenses, 1)],
    ]
    if plan.proxy_name:
        applicant += [(PROXY.label, f"{plan.proxy_name}（{plan.proxy_organization or '所属未入力'}）"),
                      ("代理申請者の連絡先", f"{plan.proxy_email or ''} {plan.proxy_phone or ''}".strip()),
                      _field("proxy.hasPowerOfAttorney", plan)]
    queued_differs = plan.queued_at is not None and plan.queued_at != plan.applied_at
    schedule: list[Row] = [
        (JAC.label, f"{JacMembershipKind(plan.jac_kind).label}（{plan.jac_organization_name or ''}）" if plan.jac_kind else "（未入力）"),
        _field("fullTimeStaffCount", plan), _field("foreignConstructionWorkerCount", plan),
        ("受入人数", shown(plan.worker_count, "人")),
        ("受入予定期間", f"{_field('acceptanceStart', plan)[1]} 〜 {_field('acceptanceEnd', plan)[1]}"),
        _field("basicMonthlySalary", plan),
        (_field("hasBonus", plan)[0], f"{_field('hasBonus', plan)[1]}{'（' + plan.bonus_description + '）' if plan.bonus_description else ''}"),
        _field("domesticRecruitmentDescription", plan),
        ("申請日時", shown(plan.applied_at)),
        *([("審査順日時（再申請）", shown(plan.queued_at))] if queued_differs else []),
        *([("認定番号", shown(plan.certificate_number)), ("認定日時", shown(plan.certified_at))] if plan.certificate_number else []),
        *([("計画取消申請", f"{shown(plan.cancellation_requested_at)}　理由：{plan.cancellation_reason or ''}")]
          if plan.cancellation_requested_at else []),
    ]
    labelled = {label for label, _ in applicant + schedule}
    # Every other described field of the plan, so that a field added to the description is shown too.
    rest = [_field(spec.path, plan) for spec in fields_of(Area.PLAN) if spec.path not in _COMPOSED and spec.label not in labelled]
    return [("申請者", applicant), ("計画", schedule), *([("その他の項目", rest)] if rest else [])]


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


HIDDEN_COMMENT = "（非表示）"


def shown_comment(viewer: Viewer | None, event: PlanEvent | ChangeEvent) -> str:
    """A step's comment, or （非表示） where it is internal (C3) and the viewer may not read it."""
    if event.comment_is_internal and not may_read_internal_comments(viewer):
        return HIDDEN_COMMENT
    return event.comment or ""


def shown_comment_sql(cells: Cells) -> CsvCell:
    """`shown_comment` as a list's cell in SQL (the comment guarded against formulas)."""
    comment = typed_cell(cells.dialect, cells.column("comment"))
    if may_read_internal_comments(cells.viewer):
        return comment
    shown = f"(CASE WHEN {cells.column('comment_is_internal')} THEN {literal(HIDDEN_COMMENT)} ELSE {comment.sql} END)"
    return CsvCell(shown, comment.quotable)


def actor_of(event: PlanEvent) -> str:
    """Who acted: the staff member by name, or the company."""
    role = Role(event.actor_role).label
    if event.actor_staff is not None:
        return f"{event.actor_staff.display_name or event.actor_staff.login_id}（{role}）"
    if event.actor_company is not None:
        return f"{event.actor_company.company_name}（{role}）"
    return role
