"""Worker reports in the admin panel (D4–D6, DOMAIN §4.1–4.5): a list with the plans' scope (kind,
state, worker, company, bureau, due date, overdue flag), filters for what needs attention, the report's
page, and the review of 再雇用申請 through the same domain functions as the API."""

from __future__ import annotations

from typing import Any, ClassVar

import sqlalchemy as sa
from markupsafe import Markup
from sqladmin import expose
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from admin.auth import csrf_token, current_viewer
from admin.scope import visible_plan_ids
from admin.tables import mapped
from admin.views.base import RELATED_LABELS, ChoiceFilter, ShuroView, announce, enum_filter, jst, label, masked_for_analysts
from admin.views.cases import case_context, take_or_release
from admin.views.plan_page import actor_of, shown_comment
from admin.views.plans import plan_label, plan_link
from admin.views.queue import back_to
from admin.views.review_screen import ReviewTarget, review_screen
from app.domain import clock
from app.domain.reports.pending import OWED_FROM, is_overdue
from app.domain.reports.worker_reports import reemployment_history, review_reemployment
from app.domain.review.report_transitions import REEMPLOYMENT_TRANSITIONS, reemployment_actions
from app.domain.viewer import Viewer
from app.domain.visibility import hidden_review_statuses, masked, plan_scope, visible_reports
from app.models import Plan, PlanEvent
from app.models.enums import (
    Bureau,
    CaseKind,
    ChangeAction,
    ChangeStatus,
    DiscontinuationReason,
    EmploymentStatus,
    PlanAction,
    ReportKind,
    ReportStatus,
)

WorkerReport: Any = mapped["WorkerReport"]
Worker: Any = mapped["Worker"]
REVIEW_ACTIONS = {"accept": ChangeAction.ACCEPT, "remand": ChangeAction.REMAND, "certify": ChangeAction.CERTIFY}
SLUG_BY_MUTATION = {REEMPLOYMENT_TRANSITIONS[action].mutation: slug for slug, action in REVIEW_ACTIONS.items()}
OPEN = [ReportStatus.REQUIRED.value, ReportStatus.REGISTERED.value]


def overdue_condition() -> sa.ColumnElement[bool]:
    """The domain's `pending.overdue` in SQLAlchemy: an acceptance report past its due date, not sent,
    for a worker who still owes it."""
    owed = sa.select(Worker.id).where(Worker.employment_status.in_([s.value for s in OWED_FROM]))
    return sa.and_(WorkerReport.kind == ReportKind.ACCEPTANCE.value, WorkerReport.status.in_(OPEN),
                   WorkerReport.due_on < clock.today(), WorkerReport.worker_id.in_(owed))


def _reemployment_step(viewer: Viewer, event: PlanEvent) -> dict[str, str]:
    """One row of a 再雇用申請's 履歴: the state it moved to is its history row's `after`."""
    after = next((row["after"] for row in event.changes or [] if str(row.get("field", "")).endswith(".reemployment")), None)
    to = ChangeStatus(after) if after else ChangeStatus.APPLIED
    return {"at": jst(event.at), "action": PlanAction(event.action).label, "to": to.label, "actor": actor_of(event),
            "comment": shown_comment(viewer, event)}


class AttentionFilter(ChoiceFilter):
    """What needs attention: 期限超過 (overdue) and 登録済み・未報告 (registered, not sent: FAQ 43)."""

    def __init__(self) -> None:
        super().__init__(WorkerReport.due_on, [("overdue", "期限超過"), ("unsent", "登録済み・未報告")], "要対応")

    async def get_filtered_query(self, query: sa.Select, value: Any, model: Any) -> sa.Select:
        if value == "overdue":
            return query.filter(overdue_condition())
        if value == "unsent":
            return query.filter(WorkerReport.kind == ReportKind.ACCEPTANCE.value, WorkerReport.status == ReportStatus.REGISTERED.value)
        return query


def _overdue_mark(model: Any, attribute: str) -> Markup:
    late = is_overdue(model, model.worker.employment_status)
    return Markup('<span class="badge bg-red-lt">期限超過</span>') if late else Markup("")


def _state(model: Any, attribute: str) -> str:
    """The report's state; a 再雇用申請's is its review's (one column, #26 item 5)."""
    if model.review_status:
        return f"{ReportKind.REEMPLOYMENT.label}：{ChangeStatus(model.review_status).label}"
    return ReportStatus(model.status).label


def _due(model: Any, attribute: str) -> Markup:
    """The due date, marked 期限超過 when it has passed with the report unsent."""
    day = Markup.escape(model.due_on.isoformat()) if model.due_on else Markup("")
    return day + (Markup(" ") + _overdue_mark(model, attribute) if model.due_on else Markup(""))


def _worker_name(model: Any, attribute: str, request: Request) -> str:
    return str(masked(model.worker.name or "外国人", plan_scope(current_viewer(request)).mask_personal_data))


class WorkerReportAdmin(ShuroView, model=WorkerReport):
    def record_title(self, record: Any, request: Request | None = None) -> str:
        """「再雇用申請 NGUYEN VAN AN」 (#26 item 2), the name masked for analysts."""
        viewer = current_viewer(request) if request is not None else None
        return f"{ReportKind(record.kind).label} {masked(record.worker.name or '外国人', plan_scope(viewer).mask_personal_data)}"

    name = "外国人の報告"
    name_plural = "外国人の報告"
    icon = "fa-solid fa-clipboard-check"
    details_template = "shuro/report_details.html"
    # Fits 1280 px (#26 item 5): one state column, the due date with its 期限超過 mark; the bureau is the plan's.
    column_list = ["kind", "status", "worker", "plan", "due_on", "registered_at", "reported_at"]
    column_details_list = ["kind", "status", "review_status", "worker", "plan", "due_on", "registered_at", "reported_at", "employment_status",
                           "residence_card_number", "residence_expiry", "landing_date", "work_start_date", "ccus_card_missing_reason",
                           "event_on", "planned_on", "discontinuation_reason", "note", "remand_comment"]
    column_export_list = column_list
    column_searchable_list = ["worker.name", "plan.application_number", "plan.company_name"]
    column_sortable_list = ["due_on", "registered_at", "reported_at"]
    column_default_sort = [("due_on", False), ("id", False)]
    column_filters: ClassVar[list[Any]] = [
        AttentionFilter(),
        enum_filter(WorkerReport.kind, ReportKind, "種類"),
        enum_filter(WorkerReport.status, ReportStatus, "状態"),
        enum_filter(WorkerReport.review_status, ChangeStatus, "再雇用申請の審査状態"),
    ]
    datetime_columns = ("registered_at", "reported_at")
    non_link_related_fields: ClassVar[list[Any]] = ["plan"]  # plan_link is the link (never one inside another)
    column_formatters: ClassVar[dict[str, Any]] = {
        "kind": label(ReportKind), "status": _state, "due_on": _due, "review_status": label(ChangeStatus), "plan": plan_link,
        "plan.bureau": lambda m, a: Bureau(m.plan.bureau).label if m.plan.bureau else "", "worker": _worker_name,
        "overdue": _overdue_mark, "employment_status": label(EmploymentStatus), "discontinuation_reason": label(DiscontinuationReason),
        "residence_card_number": masked_for_analysts, "residence_expiry": masked_for_analysts, "landing_date": masked_for_analysts,
    }
    column_labels: ClassVar[dict[str, str]] = {
        **RELATED_LABELS,
        "kind": "種類", "status": "状態", "review_status": "再雇用申請の審査状態", "worker": "外国人", "plan": "受入計画", "plan.bureau": "審査担当",
        "due_on": "報告期限", "overdue": "期限", "registered_at": "登録日時", "reported_at": "報告日時", "employment_status": "従事状況",
        "residence_card_number": "在留カード番号", "residence_expiry": "在留期間満了年月日", "landing_date": "上陸年月日",
        "work_start_date": "特定技能従事開始年月日", "ccus_card_missing_reason": "CCUSカードの写しを添付できない理由",
        "event_on": "退職日・2号移行日・事由発生日", "planned_on": "再雇用予定日", "discontinuation_reason": "継続不可の事由",
        "note": "概要・備考", "remand_comment": "差戻しコメント",
    }

    # Most columns are for one kind of report only: empty, never "None", for the others.
    column_formatters_detail: ClassVar[dict[str, Any]] = {
        name: (lambda m, a: "" if getattr(m, a) is None else getattr(m, a))
        for name in ("due_on", "residence_card_number", "residence_expiry", "landing_date", "work_start_date", "ccus_card_missing_reason",
                     "event_on", "planned_on", "note", "remand_comment")
    }

    def unsearchable(self, viewer: Viewer | None) -> frozenset[str]:
        return frozenset({"worker.name"}) if plan_scope(viewer).mask_personal_data else frozenset()

    def scope(self, viewer: Viewer | None) -> list[sa.ColumnElement[bool]]:
        hidden = [s.value for s in hidden_review_statuses(viewer)]
        return [WorkerReport.plan_id.in_(visible_plan_ids(plan_scope(viewer))),
                *([sa.or_(WorkerReport.review_status.is_(None), WorkerReport.review_status.not_in(hidden))] if hidden else [])]

    async def details_context(self, request: Request) -> dict[str, Any]:
        viewer = current_viewer(request)
        report = await visible_reports(viewer).get_or_none(id=int(request.path_params["pk"]))
        if viewer is None or report is None:
            return {}
        return {
            "report_row": report,
            "history": [_reemployment_step(viewer, e) for e in await reemployment_history(report)]
            if ReportKind(report.kind) is ReportKind.REEMPLOYMENT else [],
            "review_links": [(SLUG_BY_MUTATION[m], REEMPLOYMENT_TRANSITIONS[REVIEW_ACTIONS[SLUG_BY_MUTATION[m]]].action.label)
                             for m in reemployment_actions(report, viewer) if m in SLUG_BY_MUTATION],
            "back": back_to(request),
            "csrf": csrf_token(request),
            "case": await case_context(viewer, CaseKind.REEMPLOYMENT, report.id,
                                       str(request.url_for("admin:view-worker-report-take", pk=report.id))),
        }

    @expose("/take/{pk:int}", methods=["POST"])
    async def take(self, request: Request) -> Response:
        """担当する / 担当を外す on the 再雇用申請's page (#26)."""
        pk = request.path_params["pk"]
        details = str(request.url_for("admin:details", identity=self.identity, pk=pk))
        return await take_or_release(request, CaseKind.REEMPLOYMENT, pk, details)

    @expose("/review/{pk:int}/{slug}", methods=["GET", "POST"])
    async def review(self, request: Request) -> Response:
        """受理・差戻し・認定 of a 再雇用申請, with CSRF and the version the reviewer saw."""
        viewer = current_viewer(request)
        slug = request.path_params["slug"]
        report = await visible_reports(viewer).get_or_none(id=request.path_params["pk"], kind=ReportKind.REEMPLOYMENT)
        if viewer is None or report is None or slug not in REVIEW_ACTIONS:
            raise HTTPException(status_code=404)
        transition = REEMPLOYMENT_TRANSITIONS[REVIEW_ACTIONS[slug]]
        if viewer.role not in transition.roles:
            raise HTTPException(status_code=403)
        plan = await Plan.get(id=report.plan_id)
        details = str(request.url_for("admin:details", identity=self.identity, pk=report.id))
        subject = f"再雇用申請（{plan_label(plan)}）"

        async def reread() -> ReviewTarget:
            await report.refresh_from_db()
            return ReviewTarget(subject, report.version, ChangeStatus(report.review_status).label)

        async def decide(comment: str, version: int | None) -> Response:
            moved = await review_reemployment(viewer, report.id, REVIEW_ACTIONS[slug], comment, version)
            announce(request, f"{subject}を「{ChangeStatus(moved.review_status).label}」にしました。", link=details)
            return RedirectResponse(back_to(request) or details, status_code=303)

        target = ReviewTarget(subject, report.version, ChangeStatus(report.review_status).label,
                              ChangeStatus(report.review_status) in transition.sources)
        return await review_screen(self, request, transition, slug, target, details, decide, reread)
