"""Plans and what hangs off them: the review screens (受理・差戻し・認定・不認定・認定取消), workers,
attachments (downloads recorded) and history. Every change goes through app.domain."""

from __future__ import annotations

from typing import Any, ClassVar
from urllib.parse import urlencode

import sqlalchemy as sa
from markupsafe import Markup, escape
from sqladmin import expose
from sqladmin.flash import FlashLevel
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from admin.auth import csrf_token, current_viewer
from admin.export_cells import (
    UNNUMBERED,
    Cells,
    CellSql,
    flag_cell,
    listed_plan_cell,
    staff_name_cell,
    stored_cell,
)
from admin.scope import plan_conditions, visible_plan_ids
from admin.tables import mapped
from admin.views.base import (
    RELATED_LABELS,
    ChoiceFilter,
    DateBoundFilter,
    ShuroView,
    announce,
    checked_form,
    described_columns,
    described_formatters,
    described_labels,
    enum_filter,
    flash_refusal,
    is_mlit,
    jst,
    label,
    staff_name,
)
from admin.views.cases import case_context, take_or_release
from admin.views.change_labels import change_summary
from admin.views.plan_page import (
    WORKER_HEADERS,
    actor_of,
    attachment_groups,
    plan_sections,
    report_summary,
    shown_comment,
    shown_comment_sql,
)
from admin.views.queue import (
    CANCELLATION,
    KINDS,
    WAITING,
    back_to,
    cancellation_queue_rows,
    change_queue_rows,
    kind_counts,
    kinds_offered,
    next_in_queue,
    page_numbers,
    prefectures_by_bureau,
    queue_charts,
    queue_kind,
    queue_rows,
    queue_search,
    queue_search_of,
    queue_url,
    reemployment_queue_rows,
)
from admin.views.queue import PAGE as QUEUE_PAGE
from admin.views.review_screen import decision_words
from app.domain.audit import attachment_for_download
from app.domain.catalogue import document_item_name, document_item_names, nationalities, nationality_name, prefectures
from app.domain.errors import DomainError
from app.domain.plans.documents import printable_documents
from app.domain.plans.draft import effective_salary
from app.domain.plans.fields import BY_PATH, Area
from app.domain.plans.file_types import file_kind_name
from app.domain.review.assignments import REVIEWERS, assign_cases
from app.domain.review.moves import review_plan
from app.domain.review.transitions import COMMENT_MAX, PLAN_TRANSITIONS, available_actions, condition_holds, role_may
from app.domain.viewer import Viewer
from app.domain.visibility import (
    HIDDEN_FROM_STAFF,
    hidden_status,
    masked,
    plan_scope,
    unsearchable_worker_fields,
    visible_plans,
    visible_reports,
)
from app.graphql.compiled.plan_json import named_sql
from app.graphql.compiled.sql import literal
from app.http.display_sql import CsvCell, amount_sql, display_or_unset_sql, quotable_cell, text_sql
from app.http.documents import pdf_response
from app.http.files import file_response
from app.models import Attachment as AttachmentModel
from app.models import Plan as PlanModel
from app.models import PlanEvent as PlanEventModel
from app.models import PlanLicense as PlanLicenseModel
from app.models import StaffUser as StaffUserModel
from app.models import Worker as WorkerModel
from app.models.enums import (
    Bureau,
    CaseKind,
    DocumentKind,
    EmploymentStatus,
    JobCategory,
    PlanAction,
    PlanStatus,
    Role,
    SalaryMode,
)

Plan: Any = mapped["Plan"]

# The review screens: URL slug → the move of the transition table.
REVIEW_ACTIONS: dict[str, PlanAction] = {
    "accept": PlanAction.ACCEPT,
    "remand": PlanAction.REMAND,
    "certify": PlanAction.CERTIFY,
    "reject": PlanAction.REJECT,
    "revoke": PlanAction.REVOKE,
    "approve-cancellation": PlanAction.APPROVE_CANCELLATION,
    "decline-cancellation": PlanAction.CANCELLATION_DECLINED,
}
SLUG_BY_MUTATION = {PLAN_TRANSITIONS[action].mutation: slug for slug, action in REVIEW_ACTIONS.items()}


async def plan_summary(plan: Any) -> tuple[tuple[str, str], ...]:
    """The plan beside the decision's comment (#26 item 8): who, where, when, how many."""
    workers = await WorkerModel.filter(plan_id=plan.id).count()
    prefecture = prefectures().get(plan.head_office_prefecture or "")
    return (("申請番号", plan.application_number or ""), ("商号又は名称", plan.company_name or ""),
            ("本店所在地", prefecture.name if prefecture else ""), ("状態", PlanStatus(plan.status).label),
            ("受入予定期間", f"{plan.acceptance_start or ''} 〜 {plan.acceptance_end or ''}"), ("外国人", f"{workers}人"),
            ("申請日時", jst(plan.applied_at)))


async def reviewer_choices() -> list[tuple[int, str]]:
    """Active reviewers MLIT may give cases to, by bureau then name."""
    rows = await StaffUserModel.filter(is_active=True, role__in=[r.value for r in REVIEWERS]).order_by("bureau", "login_id")
    return [(row.id, f"{Bureau(row.bureau).label if row.bureau else '国土交通省'} {row.display_name or row.login_id}") for row in rows]


def decision_message(action: PlanAction, number: str, status: PlanStatus) -> str:
    """What the reviewer just did, in words (#26: a declined cancellation says so)."""
    if action is PlanAction.CANCELLATION_DECLINED:
        return f"申請番号 {number} の計画取消申請を却下しました。計画は「{status.label}」のままです。"
    if action is PlanAction.APPROVE_CANCELLATION:
        return f"申請番号 {number} の計画取消申請を承認しました。計画は「{status.label}」になりました。"
    return f"申請番号 {number} を「{status.label}」にしました。"


def _plan_scope(viewer: Viewer | None) -> list[sa.ColumnElement[bool]]:
    return plan_conditions(plan_scope(viewer))


def plan_label(plan: Any) -> str:
    """A plan as a person names it: its application number and company name (in SQL: `export_cells.plan_label_sql`)."""
    return " ".join(part for part in (plan.application_number or UNNUMBERED, plan.company_name or "") if part)


def plan_link(model: Any, attribute: str) -> Markup:
    plan = model.plan  # written without Markup.format, which cost a fifth of a national CSV export
    return Markup(f'<a href="../plan/details/{int(plan.id)}">{escape(plan_label(plan))}</a>')


class WorkerChoiceFilter(ChoiceFilter):
    """A plan filter on its workers' column: plans with at least one worker of these values."""

    def __init__(self, worker_column: str, values: list[tuple[str, str]], title: str) -> None:
        super().__init__(getattr(mapped["Worker"], worker_column), values, title)
        self.parameter_name = f"worker_{worker_column}"

    async def get_filtered_query(self, query: sa.Select, value: Any, model: Any) -> sa.Select:
        if value in (None, "", "__all"):
            return query
        workers = sa.select(mapped["Worker"].plan_id).where(self.column.in_([part for part in str(value).split(",") if part]))
        return query.filter(model.id.in_(workers))


def _states_never_seen(viewer: Viewer | None) -> set[str]:
    return {s.value for s in plan_scope(viewer).hidden_statuses}


def _prefectures_never_seen(viewer: Viewer | None) -> set[str]:
    allowed = plan_scope(viewer).prefectures
    return set() if allowed is None else set(prefectures()) - set(allowed)


def _by_plan(model: Any) -> Any:
    return lambda viewer: [model.plan_id.in_(visible_plan_ids(plan_scope(viewer)))]


class PlanAdmin(ShuroView, model=Plan):
    name = "受入計画"
    name_plural = "受入計画"
    icon = "fa-solid fa-file-lines"
    details_template = "shuro/plan_details.html"
    column_list = ["application_number", "status", "company_name", "head_office_prefecture", "queued_at", "applied_at"]
    column_details_list = [
        "application_number", "status", "version", "bureau", "applied_at", "queued_at", "first_accepted_at",
        "certificate_number", "certified_at", *described_columns(Area.PLAN), "created_at", "updated_at",
    ]
    column_export_list = column_list
    column_searchable_list = ["application_number", "company_name", "corporate_number"]
    described_area = Area.PLAN
    column_filters: ClassVar[list[Any]] = [
        enum_filter(Plan.status, PlanStatus, "申請状態", never_for=_states_never_seen,
                    combinations=[("APPLIED,UNDER_REVIEW", "申請中＋審査中（審査待ち）")]),
        enum_filter(Plan.bureau, Bureau, "審査担当", offered=lambda viewer: viewer is None or viewer.role is not Role.BUREAU_STAFF),
        ChoiceFilter(Plan.head_office_prefecture, [(p.code, p.name) for p in prefectures().values()], "都道府県",
                     never_for=_prefectures_never_seen, groups=prefectures_by_bureau),
        DateBoundFilter(Plan.applied_at, "申請日（から）", "applied_from", until=False),
        DateBoundFilter(Plan.applied_at, "申請日（まで）", "applied_to", until=True),
        WorkerChoiceFilter("nationality", list(nationalities().items()), f"外国人の{BY_PATH['workers.nationality'].label}"),
        WorkerChoiceFilter("job_category", [(c.value, c.label) for c in JobCategory], f"外国人の{BY_PATH['workers.jobCategory'].label}"),
    ]
    column_sortable_list = ["application_number", "status", "applied_at", "queued_at", "company_name", "head_office_prefecture", "certified_at"]
    column_default_sort = [("queued_at", False), ("id", False)]
    datetime_columns = ("applied_at", "queued_at", "first_accepted_at", "certified_at", "created_at", "updated_at")
    column_formatters: ClassVar[dict[str, Any]] = {
        **described_formatters(Area.PLAN),
        "status": label(PlanStatus),
        "bureau": label(Bureau),
    }
    column_sql: ClassVar[dict[str, CellSql]] = {"application_number": stored_cell("application_number")}
    column_labels: ClassVar[dict[str, str]] = {
        **described_labels(Area.PLAN),
        "id": "ID", "application_number": "申請番号", "status": "申請状態", "version": "版", "bureau": "審査担当",
        "applied_at": "申請日時", "queued_at": "審査順日時", "first_accepted_at": "初回受理日時",
        "certificate_number": "認定番号", "certified_at": "認定日時", "created_at": "作成日時", "updated_at": "更新日時",
    }

    def scope(self, viewer: Viewer | None) -> list[sa.ColumnElement[bool]]:
        return _plan_scope(viewer)

    async def details_context(self, request: Request) -> dict[str, Any]:
        viewer = current_viewer(request)
        plan = await visible_plans(viewer).get_or_none(id=int(request.path_params["pk"]))
        if viewer is None or plan is None:
            return {}
        scope = plan_scope(viewer)
        workers = await WorkerModel.filter(plan_id=plan.id).order_by("position", "id")
        reports = await visible_reports(viewer).filter(plan_id=plan.id).order_by("id")
        licenses = await PlanLicenseModel.filter(plan_id=plan.id).order_by("position", "id")
        events = await PlanEventModel.filter(plan_id=plan.id).order_by("at", "id").prefetch_related("actor_staff", "actor_company")
        actions = available_actions(plan, viewer)
        worker_names = {w.id: w.name or "外国人" for w in workers}  # readable_for masks them for analysts
        return {
            "plan_row": plan,
            "case": await case_context(viewer, CaseKind.PLAN, plan.id, str(request.url_for("admin:view-plan-take", pk=plan.id))),
            "page_title": plan_label(plan),
            "status_label": PlanStatus(plan.status).label,
            "sections": plan_sections(plan, licenses),
            "worker_headers": WORKER_HEADERS,
            "documents": [{"label": d.label, "url": request.url_for("admin:view-plan-document", pk=plan.id, kind=d.kind.value,
                                                                   change=d.change_application_id or 0)}
                          for d in await printable_documents(viewer, plan)],
            "workers": [
                {
                    "name": masked(w.name or "", scope.mask_personal_data),
                    "nationality": nationality_name(w.nationality),
                    "job_category": JobCategory(w.job_category).label if w.job_category else "",
                    "period": f"{w.work_start or ''} 〜 {w.work_end or ''}",
                    "salary_mode": SalaryMode(w.salary_mode).label,
                    "effective_salary": effective_salary(plan, w),
                    "status": EmploymentStatus(w.employment_status).label,
                    "reports": [{"id": r.id, "text": report_summary(r, w.employment_status)} for r in reports if r.worker_id == w.id],
                }
                for w in workers
            ],
            "attachment_groups": [] if scope.withhold_file_names else await attachment_groups(
                await AttachmentModel.filter(plan_id=plan.id, staged=False).order_by("id")),
            "history": [
                {
                    "at": jst(e.at), "action": PlanAction(e.action).label,
                    "from": PlanStatus(e.from_status).label if e.from_status else "",
                    "to": PlanStatus(e.to_status).label if e.to_status else "",
                    "actor": actor_of(e),
                    "comment": change_summary(viewer, e.changes, worker_names) if e.changes else (
                        shown_comment(viewer, e)),
                }
                for e in events
            ],
            "review_links": [(SLUG_BY_MUTATION[m], PLAN_TRANSITIONS[REVIEW_ACTIONS[SLUG_BY_MUTATION[m]]].action.label)
                             for m in actions if m in SLUG_BY_MUTATION],
            "back": back_to(request),
            "can_comment": "addInternalComment" in actions,
            "csrf": csrf_token(request),
            "comment_max": COMMENT_MAX,
        }

    async def _review_page(self, request: Request, plan: Any, slug: str, comment: str = "", errors: list[str] | None = None,
                           status_code: int = 200) -> Response:
        action = REVIEW_ACTIONS[slug]
        transition = PLAN_TRANSITIONS[action]
        return await self.page(
            request, "shuro/review_form.html", f"{action.label}：{plan.application_number or ''} {plan.company_name or ''}", status_code,
            subject=f"申請番号 {plan.application_number}（{plan.company_name}）", version=plan.version,
            slug=slug, action_label=action.label, status_label=PlanStatus(plan.status).label, comment=comment,
            errors=errors or [], comment_required=transition.comment_required, comment_internal=transition.comment_internal,
            comment_max=COMMENT_MAX, back=back_to(request), details_url=self.details_url(request, plan.id), summary=await plan_summary(plan),
            **await decision_words(slug),
        )

    def details_url(self, request: Request, plan_id: int) -> str:
        """A plan's page, keeping the queue or list the reviewer came from (戻る returns there)."""
        url = str(request.url_for("admin:details", identity=self.identity, pk=plan_id))
        back = back_to(request)
        return f"{url}?{urlencode({'back': back})}" if back else url

    @expose("/queue", methods=["GET"])
    async def queue(self, request: Request) -> Response:
        viewer = current_viewer(request)
        if viewer is None:
            raise HTTPException(status_code=404)
        search = queue_search(request.query_params)
        kind = queue_kind(request.query_params)

        def shown(part: str) -> bool:  # the queue shows every kind, or the one it is narrowed to
            return kind in ("", part)

        page = max(1, int(request.query_params["page"])) if request.query_params.get("page", "").isdigit() else 1
        rows, total = await queue_rows(viewer, search, page) if shown(CaseKind.PLAN.value) else ([], 0)
        here = queue_url(request)
        return await self.page(
            request, "shuro/review_queue.html", f"審査待ち（{KINDS[kind]}）" if kind else "審査待ち",
            rows=rows, total=total, page=page, pages=max(1, -(-total // QUEUE_PAGE)),
            charts=await queue_charts(request, viewer), here=here, filters=search, kind=kind, kinds_offered=kinds_offered(viewer),
            is_mlit=is_mlit(viewer),
            statuses=[(s.value, s.label) for s in WAITING], bureaus=list(Bureau), prefecture_groups=prefectures_by_bureau(viewer),
            changes=await change_queue_rows(viewer, search) if shown(CaseKind.CHANGE_APPLICATION.value) else [],
            change_links_base=str(request.url_for("admin:details", identity="change-application", pk=0))[:-1], back_query=urlencode({"back": here}),
            reemployments=await reemployment_queue_rows(viewer, search) if shown(CaseKind.REEMPLOYMENT.value) else [],
            report_links_base=str(request.url_for("admin:details", identity="worker-report", pk=0))[:-1],
            cancellations=await cancellation_queue_rows(viewer, search) if shown(CANCELLATION) else [],
            plan_links_base=str(request.url_for("admin:details", identity=self.identity, pk=0))[:-1],
            kinds=await kind_counts(request, viewer), page_numbers=page_numbers(page, max(1, -(-total // QUEUE_PAGE))),
            reviewers=await reviewer_choices() if is_mlit(viewer) else [],
        )

    @expose("/review/{pk:int}/{slug}", methods=["GET", "POST"])
    async def review(self, request: Request) -> Response:
        viewer = current_viewer(request)
        slug = request.path_params["slug"]
        plan = await visible_plans(viewer).get_or_none(id=request.path_params["pk"])
        if viewer is not None and plan is None and slug in REVIEW_ACTIONS and (gone := await hidden_status(viewer, request.path_params["pk"])):
            # Back to a case just remanded: where it went, not a bare 404 (#26 item 7).
            announce(request, f"この計画は「{gone.label}」のため、再申請されるまで表示されません。", FlashLevel.info)
            return RedirectResponse(back_to(request) or str(request.url_for("admin:view-plan-queue")), status_code=303)
        if viewer is None or plan is None or slug not in REVIEW_ACTIONS:
            raise HTTPException(status_code=404)
        transition = PLAN_TRANSITIONS[REVIEW_ACTIONS[slug]]
        if not role_may(transition, viewer):
            raise HTTPException(status_code=403)  # on GET too: never show a form that will be refused
        if request.method == "GET":
            if PlanStatus(plan.status) not in transition.sources or not condition_holds(transition, plan):
                # Back to a decided case: the case as it is now, no live form (#26 item 7).
                announce(request, f"申請番号 {plan.application_number} は「{PlanStatus(plan.status).label}」です。この決定は今はできません。", FlashLevel.info)
                return RedirectResponse(self.details_url(request, plan.id), status_code=303)
            return await self._review_page(request, plan, slug)
        form = await checked_form(request)
        comment = str(form.get("comment", ""))
        version_text = str(form.get("version", ""))
        try:
            moved = await review_plan(viewer, plan.id, REVIEW_ACTIONS[slug], comment,
                                      int(version_text) if version_text.isdigit() else None)
        except DomainError as error:
            current = await visible_plans(viewer).get_or_none(id=plan.id) or plan
            return await self._review_page(request, current, slug, comment, [p.message for p in error.problems], 400)
        done = decision_message(REVIEW_ACTIONS[slug], moved.application_number or "", PlanStatus(moved.status))
        if PlanStatus(moved.status) in HIDDEN_FROM_STAFF:
            done += "この計画は再申請されるまで表示されません。"
        back = back_to(request)
        decided = "" if PlanStatus(moved.status) in HIDDEN_FROM_STAFF else str(request.url_for("admin:details", identity=self.identity, pk=moved.id))
        if form.get("then") == "next":
            following = await next_in_queue(viewer, queue_search_of(back), moved)
            if following is not None:
                announce(request, done + "次の案件を開きました。", link=decided)
                return RedirectResponse(self.details_url(request, following.id), status_code=303)
            announce(request, done + "審査待ちの案件はこれで最後です。", link=decided)
            return RedirectResponse(back or str(request.url_for("admin:view-plan-queue")), status_code=303)
        announce(request, done, link=decided if back else "")
        if back:
            return RedirectResponse(back, status_code=303)
        if PlanStatus(moved.status) in HIDDEN_FROM_STAFF:
            return self.to_list(request)
        return self.to_details(request, moved.id)

    @expose("/take/{pk:int}", methods=["POST"])
    async def take(self, request: Request) -> Response:
        """担当する / 担当を外す on the plan's page (#26)."""
        pk = request.path_params["pk"]
        return await take_or_release(request, CaseKind.PLAN, pk, self.details_url(request, pk))

    @expose("/assign", methods=["POST"])
    async def assign(self, request: Request) -> Response:
        """MLIT gives the checked cases of the queue to a reviewer (#26: the list's checkboxes and 割り当てる)."""
        viewer = current_viewer(request)
        form = await checked_form(request)
        if viewer is None:
            raise HTTPException(status_code=403)
        cases = {kind: [int(value) for value in form.getlist(kind.value) if str(value).isdigit()] for kind in CaseKind}
        staff_text = str(form.get("staff", ""))
        try:
            count = await assign_cases(viewer, cases, int(staff_text) if staff_text.isdigit() else 0)
        except DomainError as error:
            if error.problems[0].code == "FORBIDDEN":
                raise HTTPException(status_code=403) from None
            flash_refusal(request, error)
        else:
            announce(request, f"{count}件の案件を割り当てました。")
        return RedirectResponse(back_to(request) or str(request.url_for("admin:view-plan-queue")), status_code=303)

    @expose("/comment/{pk:int}", methods=["POST"])
    async def comment(self, request: Request) -> Response:
        viewer = current_viewer(request)
        form = await checked_form(request)
        if viewer is None:
            raise HTTPException(status_code=403)
        try:
            await review_plan(viewer, request.path_params["pk"], PlanAction.INTERNAL_COMMENT, str(form.get("comment", "")))
        except DomainError as error:
            if error.problems[0].code == "NOT_FOUND":
                raise HTTPException(status_code=404) from None
            flash_refusal(request, error)
        else:
            announce(request, "内部コメントを追加しました。")
        return self.to_details(request, request.path_params["pk"])

    @expose("/document/{pk:int}/{kind}/{change:int}", methods=["GET"])
    async def document(self, request: Request) -> Response:
        """The plan's printable documents (G1), the same PDF the API answers, under the staff member's scope."""
        try:
            kind = DocumentKind(request.path_params["kind"])
        except ValueError:
            raise HTTPException(status_code=404) from None
        response = await pdf_response(current_viewer(request), request.path_params["pk"], kind, request.path_params["change"] or None)
        if response.status_code == 404:
            raise HTTPException(status_code=404)
        return response

    @expose("/attachment/{attachment_id:int}", methods=["GET"])
    async def download(self, request: Request) -> Response:
        viewer = current_viewer(request)
        try:
            attachment = await attachment_for_download(viewer, request.path_params["attachment_id"]) if viewer else None
        except DomainError as error:
            raise HTTPException(status_code=403 if error.problems[0].code == "FORBIDDEN" else 404) from None
        if attachment is None:
            raise HTTPException(status_code=404)
        return await file_response(request.app.state.storage, attachment)


Worker: Any = mapped["Worker"]


def _period_end_sql(c: Cells, path: str) -> str:
    spec = BY_PATH[path]
    return display_or_unset_sql(c.dialect, spec, c.column(spec.stored_as))


class WorkerAdmin(ShuroView, model=Worker):
    name = "特定技能外国人"
    name_plural = "特定技能外国人"
    icon = "fa-solid fa-helmet-safety"
    details_template = "shuro/worker_details.html"
    # The period in one column (#26 item 5: the list fits 1280 px); the record page shows each date.
    column_list = ["name", "nationality", "job_category", "period", "employment_status", "plan"]
    column_details_list = [*described_columns(Area.WORKER), "employment_status", "plan"]
    column_export_list = column_list
    column_searchable_list = ["name", "nationality", "job_category", "ccus_worker_id"]
    described_area = Area.WORKER
    column_filters: ClassVar[list[Any]] = [
        enum_filter(Worker.job_category, JobCategory, BY_PATH["workers.jobCategory"].label),
        ChoiceFilter(Worker.nationality, list(nationalities().items()), BY_PATH["workers.nationality"].label),
        enum_filter(Worker.employment_status, EmploymentStatus, "従事状況"),
    ]
    column_sortable_list = ["nationality", "work_start", "work_end"]
    non_link_related_fields: ClassVar[list[Any]] = ["plan"]  # plan_link is the link (never one inside another)
    column_formatters: ClassVar[dict[str, Any]] = {
        **described_formatters(Area.WORKER),
        "period": lambda m, a: f"{BY_PATH['workers.workStart'].display(m.work_start)}〜{BY_PATH['workers.workEnd'].display(m.work_end)}",
        "employment_status": label(EmploymentStatus),
        "plan": plan_link,
    }
    column_sql: ClassVar[dict[str, CellSql]] = {
        "period": lambda c: CsvCell(f"({_period_end_sql(c, 'workers.workStart')} || '〜' || {_period_end_sql(c, 'workers.workEnd')})"),
        "plan": listed_plan_cell,
    }
    column_labels: ClassVar[dict[str, str]] = {
        **described_labels(Area.WORKER), "id": "ID", "employment_status": "従事状況", "plan": "受入計画", "period": "就労予定期間",
    }
    scope = staticmethod(_by_plan(Worker))  # type: ignore[assignment]

    def unsearchable(self, viewer: Viewer | None) -> frozenset[str]:
        return unsearchable_worker_fields(viewer)

    async def details_context(self, request: Request) -> dict[str, Any]:
        """Every report of the worker (D4–D6), oldest first, each linked to its page."""
        viewer = current_viewer(request)
        rows = await visible_reports(viewer).filter(worker_id=int(request.path_params["pk"])).order_by("id").prefetch_related("worker")
        return {"worker_reports": [{"id": r.id, "text": report_summary(r, r.worker.employment_status)} for r in rows]}

    async def get_object_for_details(self, request: Request) -> Any:
        """The worker, with the monthly salary it is paid (B5: 「同じ」 inherits the plan's)."""
        worker = await super().get_object_for_details(request)
        if worker is not None:
            plan = await PlanModel.get(id=worker.plan_id)
            worker.salary_amount = effective_salary(plan, worker)
        return worker


Attachment: Any = mapped["Attachment"]
BULK = "一括登録"  # an attachment filed for several items at once, in place of its item's name


class AttachmentAdmin(ShuroView, model=Attachment):
    name = "添付書類"
    name_plural = "添付書類"
    icon = "fa-solid fa-paperclip"
    column_list = ["file_name", "document_item_id", "is_bulk", "size", "plan", "uploaded_at"]
    column_details_list = ["file_name", "document_item_id", "is_bulk", "content_type", "size", "sha256", "plan", "worker", "uploaded_at"]
    column_export_list = column_list
    column_searchable_list = ["file_name"]
    column_sortable_list = ["uploaded_at", "size"]
    datetime_columns = ("uploaded_at",)
    non_link_related_fields: ClassVar[list[Any]] = ["plan"]  # plan_link is the link (never one inside another)
    column_formatters: ClassVar[dict[str, Any]] = {
        "file_name": lambda m, a: Markup(f'<a href="../plan/attachment/{int(m.id)}">{escape(m.file_name)}</a>'),
        "document_item_id": lambda m, a: document_item_name(m.document_item_id) if m.document_item_id else BULK,
        "size": lambda m, a: f"{m.size:,}バイト",
        "content_type": lambda m, a: file_kind_name(m.content_type),
        "worker": lambda m, a: m.worker.name if m.worker is not None else "",
        "plan": plan_link,
    }
    column_sql: ClassVar[dict[str, CellSql]] = {
        "file_name": stored_cell("file_name"),
        "document_item_id": lambda c: quotable_cell(f"COALESCE({named_sql(c.column('document_item_id'), document_item_names())}, "
                                                f"NULLIF({text_sql(c.column('document_item_id'))}, ''), {literal(BULK)})"),
        "is_bulk": flag_cell("is_bulk"),
        "size": lambda c: quotable_cell(amount_sql(c.dialect, c.column("size"), "バイト")),  # 1,234バイト
        "plan": listed_plan_cell,
    }
    column_labels: ClassVar[dict[str, str]] = {
        "file_name": "ファイル名", "document_item_id": "書類項目", "is_bulk": "一括登録", "content_type": "種類",
        "size": "サイズ", "sha256": "SHA-256", "plan": "受入計画", "worker": "外国人", "uploaded_at": "登録日時",
    }
    scope = staticmethod(_by_plan(Attachment))  # type: ignore[assignment]


PlanEvent: Any = mapped["PlanEvent"]


def _event_comment(model: Any, attribute: str, request: Request) -> str:
    return shown_comment(current_viewer(request), model)


class PlanEventAdmin(ShuroView, model=PlanEvent):
    name = "申請履歴"
    name_plural = "申請履歴"
    icon = "fa-solid fa-clock-rotate-left"
    column_list = ["at", "plan", "action", "from_status", "to_status", "actor_role", "actor_staff", "comment"]
    column_details_list = column_list
    column_export_list = column_list
    column_searchable_list = ["plan.application_number", "plan.company_name"]
    column_sortable_list = ["at"]
    column_filters: ClassVar[list[Any]] = [enum_filter(PlanEvent.action, PlanAction, "操作")]
    column_default_sort = [("at", True)]
    datetime_columns = ("at",)
    non_link_related_fields: ClassVar[list[Any]] = ["plan", "actor_staff"]  # plan_link is the link; staff are named, not linked
    column_formatters: ClassVar[dict[str, Any]] = {
        "action": label(PlanAction), "from_status": label(PlanStatus), "to_status": label(PlanStatus),
        "actor_role": label(Role), "comment": _event_comment, "plan": plan_link,
        "actor_staff": lambda m, a: staff_name(m.actor_staff),
    }
    column_sql: ClassVar[dict[str, CellSql]] = {"plan": listed_plan_cell, "actor_staff": staff_name_cell("actor_staff_id"), "comment": shown_comment_sql}
    column_labels: ClassVar[dict[str, str]] = {
        **RELATED_LABELS,
        "at": "日時", "plan": "受入計画", "action": "操作", "from_status": "変更前", "to_status": "変更後", "actor_staff": "操作した職員",
        "actor_role": "操作者の区分", "comment": "コメント",
    }
    scope = staticmethod(_by_plan(PlanEvent))  # type: ignore[assignment]
