"""受入報告 (D4–D6, DOMAIN §4.1, FAQ 34, 35, 43): every worker of a certified plan gets a report in
要報告, due one month after the work start the plan stated; the company registers it (登録: the data,
and the worker's 従事状況 就労中 or 取下) and then sends it (報告). Registering alone is what users
forget, so unsent reports are flagged and reminded (`pending`, `reminders`)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from tortoise.transactions import in_transaction

from app.domain import clock
from app.domain.catalogue import document_item_name
from app.domain.changes.attachments import AttachmentChanges, apply_attachment_changes, checked_attachment_changes
from app.domain.errors import DomainError, ErrorCode, Problem
from app.domain.plans.draft import certified_plan
from app.domain.review.report_transitions import employment_allowed, employment_refused, move_employment, move_report
from app.domain.text import written_text
from app.domain.viewer import Viewer
from app.models import Attachment, Plan, PlanEvent, Worker, WorkerReport
from app.models.enums import CcusIdReason, EmploymentStatus, PlanAction, ReportKind, ReportStatus

RESIDENCE_CARD = re.compile(r"^[A-Z]{2}\d{8}[A-Z]{2}$")
CCUS_WORKER_ID = re.compile(r"^\d{14}$")
CCUS_CARD_ITEM = "CCUS_WORKER_ID_PROOF"
REASON_MAX = 1000
OPEN = (ReportStatus.REQUIRED, ReportStatus.REGISTERED)


@dataclass(frozen=True)
class AcceptanceData:
    """What 登録 takes; with 取下 (never entered Japan, FAQ 35) none of the rest is needed."""

    employment_status: EmploymentStatus
    residence_card_number: str | None = None
    ccus_worker_id: str | None = None
    ccus_worker_id_reason: CcusIdReason | None = None
    residence_expiry: date | None = None
    landing_date: date | None = None
    work_start_date: date | None = None
    ccus_card_missing_reason: str | None = None
    attachment_ids: tuple[int, ...] = field(default_factory=tuple)


def due_on(work_start: date | None) -> date | None:
    """One month after the work start (DOMAIN §4.1)."""
    return clock.months_after(work_start) if work_start else None


async def open_acceptance_report(plan_id: int, worker_id: int, due: date | None) -> WorkerReport:
    return await WorkerReport.create(plan_id=plan_id, worker_id=worker_id, kind=ReportKind.ACCEPTANCE,
                                     status=ReportStatus.REQUIRED, due_on=due)


async def require_acceptance_reports(plan_id: int) -> int:
    """In the certification's transaction (of the plan, or of a change that adds workers): every
    受入前 worker without an open acceptance report gets one in 要報告."""
    have = set(await WorkerReport.filter(plan_id=plan_id, kind=ReportKind.ACCEPTANCE).values_list("worker_id", flat=True))
    missing = [w for w in await Worker.filter(plan_id=plan_id, employment_status=EmploymentStatus.PLANNED) if w.id not in have]
    await WorkerReport.bulk_create([
        WorkerReport(plan_id=plan_id, worker_id=w.id, kind=ReportKind.ACCEPTANCE, status=ReportStatus.REQUIRED, due_on=due_on(w.work_start))
        for w in missing
    ])
    return len(missing)


def _card_number(value: str | None) -> str | None:
    return unicodedata.normalize("NFKC", value).strip().upper() if value else None


def _working_problems(data: AcceptanceData, card: str | None, reason: str | None, today: date) -> list[Problem]:
    problems: list[Problem] = []
    if card is None:
        problems.append(Problem("residenceCardNumber", ErrorCode.REQUIRED, "在留カード番号を入力してください。"))
    elif not RESIDENCE_CARD.match(card):
        problems.append(Problem("residenceCardNumber", ErrorCode.INVALID, "在留カード番号は英字2文字・数字8桁・英字2文字の12文字で入力してください。"))
    if data.ccus_worker_id is None and data.ccus_worker_id_reason is None:
        problems.append(Problem("ccusWorkerId", ErrorCode.REQUIRED,
                                "技能者IDを入力してください（登録申請中の場合は0を14桁、入力できない場合は理由を選択）。"))
    elif data.ccus_worker_id is not None and not CCUS_WORKER_ID.match(data.ccus_worker_id):
        problems.append(Problem("ccusWorkerId", ErrorCode.INVALID, "技能者IDは14桁の数字で入力してください（登録申請中の場合は0を14桁）。"))
    for name, label, value in (("residenceExpiry", "在留期間満了年月日", data.residence_expiry),
                               ("landingDate", "上陸年月日", data.landing_date),
                               ("workStartDate", "特定技能従事開始年月日", data.work_start_date)):
        if value is None:
            problems.append(Problem(name, ErrorCode.REQUIRED, f"{label}を入力してください。"))
    if data.landing_date and data.landing_date > today:
        problems.append(Problem("landingDate", ErrorCode.INVALID, "上陸年月日に未来の日付は入力できません。"))
    if data.work_start_date and data.work_start_date > today:
        problems.append(Problem("workStartDate", ErrorCode.INVALID, "受入報告は就労を開始した後に行ってください（従事開始年月日が未来の日付です）。"))
    if data.landing_date and data.work_start_date and data.work_start_date < data.landing_date:
        problems.append(Problem("workStartDate", ErrorCode.INVALID, "特定技能従事開始年月日は上陸年月日以降の日付を入力してください。"))
    if data.landing_date and data.residence_expiry and data.residence_expiry <= data.landing_date:
        problems.append(Problem("residenceExpiry", ErrorCode.INVALID, "在留期間満了年月日は上陸年月日より後の日付を入力してください。"))
    if not data.attachment_ids and reason is None:
        problems.append(Problem("attachmentIds", ErrorCode.REQUIRED,
                                "CCUSカードの写しを添付するか、添付できない理由を入力してください。"))
    return problems


async def _check_card_copies(worker: Worker, ids: tuple[int, ...]) -> None:
    rows = {a.id: a for a in await Attachment.filter(id__in=list(ids), staged=True)}
    for index, file_id in enumerate(ids):
        row = rows.get(file_id)
        if row is not None and (row.document_item_id != CCUS_CARD_ITEM or row.worker_id != worker.id):
            raise DomainError(f"attachmentIds.{index}", ErrorCode.INVALID,
                              f"CCUSカードの写しは書類項目「{document_item_name(CCUS_CARD_ITEM)}」として、この外国人を指定して登録してください。")


async def _company_report(viewer: Viewer, worker_id: int) -> tuple[Plan, Worker, WorkerReport]:
    plan = await certified_plan(viewer, "報告")
    worker = await Worker.get_or_none(id=worker_id, plan_id=plan.id)
    if worker is None:
        raise DomainError("workerId", ErrorCode.NOT_FOUND, "指定された外国人はこの計画に登録されていません。")
    report = await WorkerReport.filter(worker_id=worker.id, kind=ReportKind.ACCEPTANCE).order_by("-id").first()
    if report is None or ReportStatus(report.status) not in OPEN:
        raise DomainError("workerId", ErrorCode.INVALID_STATE, f"{worker.name or '外国人'}には報告が必要な受入報告がありません。")
    return plan, worker, report


async def register_acceptance_report(viewer: Viewer, worker_id: int, data: AcceptanceData) -> WorkerReport:
    """登録: the data is stored and the worker's 従事状況 set; it can be corrected until sent."""
    plan, worker, report = await _company_report(viewer, worker_id)
    working = data.employment_status is EmploymentStatus.WORKING
    if data.employment_status not in (EmploymentStatus.WORKING, EmploymentStatus.CANCELLED):
        raise DomainError("employmentStatus", ErrorCode.INVALID, "受入報告の従事状況は「就労中」か「取下」を選んでください。")
    if not employment_allowed(worker, ReportKind.ACCEPTANCE, data.employment_status):
        raise employment_refused(worker, ReportKind.ACCEPTANCE)
    problems: list[Problem] = []
    card = _card_number(data.residence_card_number)
    reason = written_text("ccusCardMissingReason", "CCUSカードの写しを添付できない理由", data.ccus_card_missing_reason, REASON_MAX, problems)
    if working:
        problems += _working_problems(data, card, reason, clock.today())
    if problems:
        raise DomainError.of(problems)
    files = AttachmentChanges.of(data.attachment_ids if working else (), ())
    await _check_card_copies(worker, files.added)
    await checked_attachment_changes(plan, files)
    now = clock.now()
    recorded = {
        "employment_status": data.employment_status, "residence_card_number": card if working else None,
        "residence_expiry": data.residence_expiry if working else None, "landing_date": data.landing_date if working else None,
        "work_start_date": data.work_start_date if working else None, "ccus_card_missing_reason": reason if working else None,
    }
    async with in_transaction():
        rows = [await move_employment(worker, ReportKind.ACCEPTANCE, data.employment_status)]
        if working:
            await Worker.filter(id=worker.id).update(residence_card_number=card, ccus_worker_id=data.ccus_worker_id,
                                                     ccus_worker_id_reason=None if data.ccus_worker_id else data.ccus_worker_id_reason)
        await move_report(report, ReportStatus.REGISTERED, "登録", registered_at=now, reminder_mailed_at=None, **recorded)
        await apply_attachment_changes(plan.id, files)
        await PlanEvent.create(plan_id=plan.id, at=now, action=PlanAction.ACCEPTANCE_REGISTERED, actor_role=viewer.role,
                               actor_company_id=viewer.company_id, changes=[r for r in rows if r["before"] != r["after"]] or None)
    await report.refresh_from_db()
    return report


async def send_acceptance_report(viewer: Viewer, report_id: int) -> WorkerReport:
    """報告: a registered report is sent; only then is the acceptance reported."""
    plan = await certified_plan(viewer, "報告")
    report = await WorkerReport.get_or_none(id=report_id, plan_id=plan.id, kind=ReportKind.ACCEPTANCE)
    if report is None:
        raise DomainError("reportId", ErrorCode.NOT_FOUND, "指定された受入報告はありません。")
    now = clock.now()
    async with in_transaction():
        await move_report(report, ReportStatus.REPORTED, "報告", reported_at=now)
        await PlanEvent.create(plan_id=plan.id, at=now, action=PlanAction.ACCEPTANCE_REPORTED, actor_role=viewer.role,
                               actor_company_id=viewer.company_id,
                               changes=[{"field": f"workers.{report.worker_id}.acceptanceReport", "before": ReportStatus.REGISTERED.value,
                                         "after": ReportStatus.REPORTED.value}])
    await report.refresh_from_db()
    return report
