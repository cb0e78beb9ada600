"""The other worker reports (DOMAIN §4.2–4.5): 退職報告, 2号移行報告 and 継続不可事由発生報告 are filed,
not reviewed; 再雇用申請 is reviewed by the plan's bureau like a change application and, once certified,
gives the worker a new acceptance report. Each is one transaction with its history event and mails."""

from __future__ import annotations

from datetime import date
from typing import Any

from tortoise.transactions import in_transaction

from app.domain import clock
from app.domain.errors import DomainError, ErrorCode, Problem
from app.domain.outbox import queue_mails
from app.domain.plans.draft import certified_plan
from app.domain.plans.mails import recipients
from app.domain.reports.acceptance import due_on, open_acceptance_report
from app.domain.reports.mails import reemployment_decided
from app.domain.review.report_transitions import (
    REEMPLOYMENT_EVENTS,
    close_acceptance_reports,
    employment_allowed,
    employment_refused,
    move_employment,
    move_reemployment,
)
from app.domain.review.transitions import COMMENT_MAX
from app.domain.text import written_text
from app.domain.viewer import Viewer
from app.domain.visibility import visible_reports
from app.models import Plan, PlanEvent, Worker, WorkerReport
from app.models.enums import (
    ChangeAction,
    ChangeStatus,
    DiscontinuationReason,
    EmploymentStatus,
    MailKind,
    PlanAction,
    ReportKind,
    ReportStatus,
)


async def _company_worker(viewer: Viewer, worker_id: int) -> tuple[Plan, Worker]:
    plan = await certified_plan(viewer, "報告")
    worker = await Worker.get_or_none(id=worker_id, plan_id=plan.id)
    if worker is None:
        raise DomainError("workerId", ErrorCode.NOT_FOUND, "指定された外国人はこの計画に登録されていません。")
    return plan, worker


def _past_day(name: str, label: str, value: date | None, problems: list[Problem]) -> None:
    if value is None:
        problems.append(Problem(name, ErrorCode.REQUIRED, f"{label}を入力してください。"))
    elif value > clock.today():
        problems.append(Problem(name, ErrorCode.INVALID, f"{label}に未来の日付は入力できません。"))


async def _file(viewer: Viewer, worker_id: int, kind: ReportKind, target: EmploymentStatus, action: PlanAction,
                columns: dict[str, Any], problems: list[Problem], review: bool = False) -> WorkerReport:
    """A report filed about a worker: the 従事状況 moves, the report and the history event are one."""
    plan, worker = await _company_worker(viewer, worker_id)
    if not employment_allowed(worker, kind, target):
        raise employment_refused(worker, kind)
    if problems:
        raise DomainError.of(problems)
    now = clock.now()
    async with in_transaction():
        rows = [await move_employment(worker, kind, target)]
        if target is EmploymentStatus.DISCONTINUED and rows[0]["before"] == EmploymentStatus.PLANNED.value:
            rows += await close_acceptance_reports(worker)
        report = await WorkerReport.create(
            plan_id=plan.id, worker_id=worker.id, kind=kind, status=ReportStatus.REPORTED, reported_at=now,
            review_status=ChangeStatus.APPLIED if review else None, queued_at=now if review else None, **columns)
        await PlanEvent.create(plan_id=plan.id, at=now, action=action, actor_role=viewer.role, actor_company_id=viewer.company_id,
                               changes=rows)
    return report


async def report_retirement(viewer: Viewer, worker_id: int, left_on: date | None) -> WorkerReport:
    """退職報告: after the worker has left (DOMAIN §4.2)."""
    problems: list[Problem] = []
    _past_day("leftOn", "退職日", left_on, problems)
    return await _file(viewer, worker_id, ReportKind.RETIREMENT, EmploymentStatus.LEFT, PlanAction.RETIREMENT_REPORTED,
                       {"event_on": left_on}, problems)


async def report_transfer_to_type2(viewer: Viewer, worker_id: int, transferred_on: date | None) -> WorkerReport:
    """2号移行報告: the day the 特定技能2号 residence card took effect (DOMAIN §4.3)."""
    problems: list[Problem] = []
    _past_day("transferredOn", "2号移行日", transferred_on, problems)
    return await _file(viewer, worker_id, ReportKind.TRANSFER_TO_TYPE2, EmploymentStatus.TRANSFERRED_TO_TYPE2,
                       PlanAction.TRANSFER_REPORTED, {"event_on": transferred_on}, problems)


async def report_discontinuation(viewer: Viewer, worker_id: int, occurred_on: date | None, reason: DiscontinuationReason | None,
                                 description: str | None) -> WorkerReport:
    """継続不可事由発生報告: the day, a reason from the fixed list, what happened (DOMAIN §4.5)."""
    problems: list[Problem] = []
    _past_day("occurredOn", "事由発生日", occurred_on, problems)
    if reason is None:
        problems.append(Problem("reason", ErrorCode.REQUIRED, "継続不可の事由を選んでください。"))
    text = written_text("description", "事由の概要", description, COMMENT_MAX, problems, required=True)
    return await _file(viewer, worker_id, ReportKind.DISCONTINUATION, EmploymentStatus.DISCONTINUED, PlanAction.DISCONTINUATION_REPORTED,
                       {"event_on": occurred_on, "discontinuation_reason": reason, "note": text}, problems)


async def apply_for_reemployment(viewer: Viewer, worker_id: int, left_on: date | None, planned_on: date | None,
                                 note: str | None) -> WorkerReport:
    """再雇用申請 (DOMAIN §4.4): the worker left and returns to the same company on the same contract;
    the worker counts as 退職 from now, and the bureau reviews it."""
    columns, problems = _reemployment_details(left_on, planned_on, note)
    return await _file(viewer, worker_id, ReportKind.REEMPLOYMENT, EmploymentStatus.LEFT, PlanAction.REEMPLOYMENT_APPLIED,
                       columns, problems, review=True)


def _reemployment_details(left_on: date | None, planned_on: date | None, note: str | None) -> tuple[dict[str, Any], list[Problem]]:
    """退職日 (past), 再雇用予定日 (after it) and 備考 as stored, or their problems."""
    problems: list[Problem] = []
    _past_day("leftOn", "退職日", left_on, problems)
    if planned_on is None:
        problems.append(Problem("plannedOn", ErrorCode.REQUIRED, "再雇用予定日を入力してください。"))
    elif left_on is not None and planned_on <= left_on:
        problems.append(Problem("plannedOn", ErrorCode.INVALID, "再雇用予定日は退職日より後の日付を入力してください。"))
    text = written_text("note", "備考", note, COMMENT_MAX, problems)
    return {"event_on": left_on, "planned_on": planned_on, "note": text}, problems


async def edit_reemployment(viewer: Viewer, report_id: int, left_on: date | None, planned_on: date | None,
                            note: str | None) -> WorkerReport:
    """修正 of a remanded 再雇用申請 (D9): the dates and the note, then 再申請."""
    report = await _reemployment(viewer, report_id, company=True)
    columns, problems = _reemployment_details(left_on, planned_on, note)
    if problems:
        raise DomainError.of(problems)
    return await move_reemployment(viewer, report, ChangeAction.EDIT, details=columns)


async def _reemployment(viewer: Viewer, report_id: int, company: bool) -> WorkerReport:
    if company:
        plan = await certified_plan(viewer, "報告")
        report = await WorkerReport.get_or_none(id=report_id, plan_id=plan.id, kind=ReportKind.REEMPLOYMENT)
    else:
        report = await visible_reports(viewer).get_or_none(id=report_id, kind=ReportKind.REEMPLOYMENT)
    if report is None:
        raise DomainError("reportId", ErrorCode.NOT_FOUND, "指定された再雇用申請はありません。")
    return report


async def _mail_decision(report: WorkerReport, event: PlanEvent) -> None:
    plan = await Plan.get(id=report.plan_id)
    worker = await Worker.get(id=report.worker_id)
    certified = ChangeStatus(report.review_status) is ChangeStatus.CERTIFIED
    mail = reemployment_decided(plan, worker.name or "外国人", certified, event.comment)
    await queue_mails(MailKind.REEMPLOYMENT_DECIDED, await recipients(plan), mail)


async def _certified(report: WorkerReport, event: PlanEvent) -> None:
    """The worker is expected again (受入前) and owes a new acceptance report within a month of the restart."""
    worker = await Worker.get(id=report.worker_id)
    await move_employment(worker, ReportKind.REEMPLOYMENT, EmploymentStatus.PLANNED)
    await open_acceptance_report(report.plan_id, worker.id, due_on(report.planned_on))
    await _mail_decision(report, event)


async def review_reemployment(viewer: Viewer, report_id: int, action: ChangeAction, comment: str | None = None,
                              expected_version: int | None = None) -> WorkerReport:
    """受理・差戻し・認定 of a 再雇用申請 by the plan's bureau staff and MLIT staff."""
    report = await _reemployment(viewer, report_id, company=False)
    after = {ChangeAction.CERTIFY: _certified, ChangeAction.REMAND: _mail_decision}.get(action)
    return await move_reemployment(viewer, report, action, comment, expected_version, after)


async def resubmit_reemployment(viewer: Viewer, report_id: int) -> WorkerReport:
    """再申請 of a remanded 再雇用申請: back to 申請中, or 審査中 if it was accepted before."""
    report = await _reemployment(viewer, report_id, company=True)
    return await move_reemployment(viewer, report, ChangeAction.RESUBMIT)


REEMPLOYMENT_HISTORY = frozenset({PlanAction.REEMPLOYMENT_APPLIED, *REEMPLOYMENT_EVENTS.values()})


async def reemployment_history(report: WorkerReport) -> list[PlanEvent]:
    """The steps of one 再雇用申請, oldest first: the plan's events of a 再雇用申請 about this worker from the
    application's filing until the worker's next 再雇用申請 (a worker has at most one open at a time)."""
    later = await WorkerReport.filter(worker_id=report.worker_id, kind=ReportKind.REEMPLOYMENT, id__gt=report.id).order_by("id").first()
    events = PlanEvent.filter(plan_id=report.plan_id, action__in=list(REEMPLOYMENT_HISTORY), at__gte=report.reported_at)
    if later is not None and later.reported_at is not None:
        events = events.filter(at__lt=later.reported_at)
    prefix = f"workers.{report.worker_id}."
    return [e for e in await events.order_by("at", "id").prefetch_related("actor_staff", "actor_company")
            if any(str(row.get("field", "")).startswith(prefix) for row in e.changes or [])]
