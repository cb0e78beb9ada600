"""The transition tables of worker reports (D4–D6, DOMAIN §4.1–4.5): the acceptance report's states
(要報告 → 登録 → 報告済み), the employment status 従事状況 each report moves a worker to, and the small
review table of 再雇用申請. Report and employment status are written here and nowhere else; every
move is a conditional update (two concurrent actors cannot both win) in the caller's transaction."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from tortoise.expressions import F
from tortoise.transactions import in_transaction

from app.domain import clock
from app.domain.errors import DomainError, ErrorCode
from app.domain.review.change_transitions import ChangeTransition
from app.domain.review.transitions import COMPANY, REVIEWERS, check_move, conflict
from app.domain.viewer import Viewer
from app.models import PlanEvent, Worker, WorkerReport
from app.models.enums import ChangeAction, ChangeStatus, EmploymentStatus, PlanAction, ReportKind, ReportStatus

# 受入報告: registered data may be corrected until it is sent (報告).
REPORT_MOVES: dict[ReportStatus, frozenset[ReportStatus]] = {
    ReportStatus.REGISTERED: frozenset({ReportStatus.REQUIRED, ReportStatus.REGISTERED}),
    ReportStatus.REPORTED: frozenset({ReportStatus.REGISTERED}),
    # 継続不可 before acceptance (受入前): the worker never starts, the report is closed unsent.
    ReportStatus.CLOSED: frozenset({ReportStatus.REQUIRED, ReportStatus.REGISTERED}),
}

# 従事状況: (report or plan move, status it sets) → the statuses a worker may have before.
EMPLOYMENT_MOVES: dict[tuple[ReportKind | PlanAction, EmploymentStatus], frozenset[EmploymentStatus]] = {
    (ReportKind.ACCEPTANCE, EmploymentStatus.WORKING): frozenset({EmploymentStatus.PLANNED, EmploymentStatus.WORKING, EmploymentStatus.CANCELLED}),
    (ReportKind.ACCEPTANCE, EmploymentStatus.CANCELLED): frozenset({EmploymentStatus.PLANNED, EmploymentStatus.WORKING, EmploymentStatus.CANCELLED}),
    (ReportKind.RETIREMENT, EmploymentStatus.LEFT): frozenset({EmploymentStatus.WORKING}),
    (ReportKind.TRANSFER_TO_TYPE2, EmploymentStatus.TRANSFERRED_TO_TYPE2): frozenset({EmploymentStatus.WORKING}),
    (ReportKind.DISCONTINUATION, EmploymentStatus.DISCONTINUED): frozenset({EmploymentStatus.PLANNED, EmploymentStatus.WORKING}),
    # 再雇用申請: the worker counts as 退職 once it is filed, and is expected again (受入前) once certified.
    (ReportKind.REEMPLOYMENT, EmploymentStatus.LEFT): frozenset({EmploymentStatus.WORKING}),
    (ReportKind.REEMPLOYMENT, EmploymentStatus.PLANNED): frozenset({EmploymentStatus.LEFT}),
    # 外国人の取下げ while the plan is under review: the worker will not come.
    (PlanAction.WORKER_WITHDRAWN, EmploymentStatus.CANCELLED): frozenset({EmploymentStatus.PLANNED}),
}

REEMPLOYMENT_TRANSITIONS: dict[ChangeAction, ChangeTransition] = {
    t.action: t
    for t in (
        # D9: a remanded 再雇用申請 is corrected (it stays 差戻し中), then resubmitted.
        ChangeTransition(ChangeAction.EDIT, "editReemployment", frozenset({ChangeStatus.REMANDED}), ChangeStatus.REMANDED, COMPANY),
        ChangeTransition(ChangeAction.RESUBMIT, "resubmitReemployment", frozenset({ChangeStatus.REMANDED}), None, COMPANY),
        ChangeTransition(ChangeAction.ACCEPT, "acceptReemployment", frozenset({ChangeStatus.APPLIED}), ChangeStatus.UNDER_REVIEW,
                         REVIEWERS, comment_internal=True),
        ChangeTransition(ChangeAction.REMAND, "remandReemployment", frozenset({ChangeStatus.APPLIED, ChangeStatus.UNDER_REVIEW}),
                         ChangeStatus.REMANDED, REVIEWERS, comment_required=True),
        ChangeTransition(ChangeAction.CERTIFY, "certifyReemployment", frozenset({ChangeStatus.UNDER_REVIEW}), ChangeStatus.CERTIFIED,
                         REVIEWERS, comment_internal=True),
    )
}
REEMPLOYMENT_EVENTS = {
    ChangeAction.EDIT: PlanAction.REEMPLOYMENT_EDITED, ChangeAction.RESUBMIT: PlanAction.REEMPLOYMENT_RESUBMITTED, ChangeAction.ACCEPT: PlanAction.REEMPLOYMENT_ACCEPTED,
    ChangeAction.REMAND: PlanAction.REEMPLOYMENT_REMANDED, ChangeAction.CERTIFY: PlanAction.REEMPLOYMENT_CERTIFIED,
}


def _report_state(status: ReportStatus, doing: str) -> DomainError:
    return DomainError(None, ErrorCode.INVALID_STATE, f"受入報告の状態が「{status.label}」のため{doing}できません。")


def employment_refused(worker: Worker, kind: ReportKind | PlanAction) -> DomainError:
    status = EmploymentStatus(worker.employment_status)
    return DomainError("workerId", ErrorCode.INVALID_STATE,
                       f"{worker.name or '外国人'}の従事状況が「{status.label}」のため、{kind.label}はできません。")


def employment_allowed(worker: Worker, kind: ReportKind | PlanAction, target: EmploymentStatus) -> bool:
    return EmploymentStatus(worker.employment_status) in EMPLOYMENT_MOVES[(kind, target)]


async def move_employment(worker: Worker, kind: ReportKind | PlanAction, target: EmploymentStatus) -> dict[str, Any]:
    """Set the worker's 従事状況 if the table allows it from the status read; returns the history row."""
    if not employment_allowed(worker, kind, target):
        raise employment_refused(worker, kind)
    before = EmploymentStatus(worker.employment_status)
    moved = await Worker.filter(id=worker.id, employment_status=before, version=worker.version).update(
        employment_status=target, version=F("version") + 1)
    if moved != 1:
        raise conflict()
    return {"field": f"workers.{worker.id}.employmentStatus", "before": before.value, "after": target.value}


async def move_report(report: WorkerReport, target: ReportStatus, doing: str, **updates: Any) -> None:
    """要報告 → 登録 → 報告済み (or 終了) of an acceptance report, on the state and version read."""
    status = ReportStatus(report.status)
    if status not in REPORT_MOVES[target]:
        raise _report_state(status, doing)
    moved = await WorkerReport.filter(id=report.id, status=status, version=report.version).update(
        status=target, version=F("version") + 1, updated_at=clock.now(), **updates)
    if moved != 1:
        raise conflict()


async def close_acceptance_reports(worker: Worker) -> list[dict[str, Any]]:
    """A 受入前 worker who will never start (継続不可) owes no acceptance report: its open ones are
    closed; returns the history rows."""
    rows = []
    open_reports = WorkerReport.filter(worker_id=worker.id, kind=ReportKind.ACCEPTANCE, status__in=list(REPORT_MOVES[ReportStatus.CLOSED]))
    for report in await open_reports:
        await move_report(report, ReportStatus.CLOSED, "終了")
        rows.append({"field": f"workers.{worker.id}.acceptanceReport", "before": ReportStatus(report.status).value,
                     "after": ReportStatus.CLOSED.value})
    return rows


def reemployment_actions(report: WorkerReport, viewer: Viewer) -> list[str]:
    """The review mutations this viewer may call on this 再雇用申請 now."""
    if report.kind is not ReportKind.REEMPLOYMENT or report.review_status is None:
        return []
    status = ChangeStatus(report.review_status)
    return [t.mutation for t in REEMPLOYMENT_TRANSITIONS.values() if viewer.role in t.roles and status in t.sources]


ACCEPTANCE_MUTATIONS = {ReportStatus.REGISTERED: "registerAcceptanceReport", ReportStatus.REPORTED: "sendAcceptanceReport"}


def report_actions(report: WorkerReport, viewer: Viewer) -> list[str]:
    """The mutations this viewer may call on this report now: the company's 登録 and 報告 of an
    acceptance report (REPORT_MOVES), the review moves of a 再雇用申請."""
    if report.kind is ReportKind.ACCEPTANCE:
        status = ReportStatus(report.status)
        allowed = viewer.role in COMPANY
        return [mutation for target, mutation in ACCEPTANCE_MUTATIONS.items() if allowed and status in REPORT_MOVES[target]]
    return reemployment_actions(report, viewer)


def _reemployment_state(status: ChangeStatus, doing: str) -> DomainError:
    return DomainError(None, ErrorCode.INVALID_STATE, f"再雇用申請の状態が「{status.label}」のため{doing}できません。")


async def move_reemployment(
    viewer: Viewer, report: WorkerReport, action: ChangeAction, comment: str | None = None, expected_version: int | None = None,
    after: Callable[[WorkerReport, PlanEvent], Awaitable[None]] | None = None, details: dict[str, Any] | None = None,
) -> WorkerReport:
    """One move of the 再雇用申請 table, its history event on the plan, and what the move does;
    `details`: the application's corrected columns (編集)."""
    transition = REEMPLOYMENT_TRANSITIONS[action]
    status = ChangeStatus(report.review_status)
    text = check_move(transition, viewer, status, report.version, expected_version, comment, _reemployment_state)
    if action is ChangeAction.RESUBMIT:
        target = ChangeStatus.UNDER_REVIEW if report.first_accepted_at is not None else ChangeStatus.APPLIED
    else:
        assert transition.target is not None
        target = transition.target
    now = clock.now()
    updates: dict[str, Any] = {
        ChangeAction.ACCEPT: {"first_accepted_at": report.first_accepted_at or now},
        ChangeAction.REMAND: {"remand_comment": text},
        ChangeAction.CERTIFY: {"certified_at": now},
        ChangeAction.RESUBMIT: {"queued_at": now},
        ChangeAction.EDIT: dict(details or {}),
    }[action]
    async with in_transaction():
        moved = await WorkerReport.filter(id=report.id, review_status=status, version=report.version).update(
            review_status=target, version=F("version") + 1, updated_at=now, **updates)
        if moved != 1:
            raise conflict()
        event = await PlanEvent.create(
            plan_id=report.plan_id, at=now, action=REEMPLOYMENT_EVENTS[action], actor_role=viewer.role,
            actor_company_id=viewer.company_id, actor_staff_id=viewer.staff_id, comment=text,
            comment_is_internal=transition.comment_internal,
            changes=[{"field": f"workers.{report.worker_id}.reemployment", "before": status.value, "after": target.value}],
        )
        await report.refresh_from_db()
        if after is not None:
            await after(report, event)
            await report.refresh_from_db()
    return report
