"""Change applications 変更申請 in the admin panel (D1, D2, F1): a list with the plans' scope (those with
the company hidden from staff, C4), a page comparing before and after per field in Japanese, and
accept / remand / certify through the same domain functions as the API."""

from __future__ import annotations

from typing import Any, ClassVar

import sqlalchemy as sa
from sqladmin import expose
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from admin.auth import csrf_token, current_viewer
from admin.scope import visible_plan_ids
from admin.tables import mapped
from admin.views.base import RELATED_LABELS, ShuroView, announce, enum_filter, jst, label
from admin.views.cases import case_context, take_or_release
from admin.views.plan_page import attachment_groups, shown_comment
from admin.views.plans import plan_label, plan_link
from admin.views.queue import back_to
from admin.views.review_screen import ReviewTarget, review_screen
from app.domain.changes.applications import review_change_application
from app.domain.plans.readable import readable_for
from app.domain.review.change_transitions import CHANGE_TRANSITIONS, change_actions
from app.domain.viewer import Viewer
from app.domain.visibility import hidden_review_statuses, plan_scope, visible_change_applications
from app.models import Attachment, ChangeEvent, Plan, Worker
from app.models.enums import Bureau, CaseKind, ChangeAction, ChangeStatus, Role

ChangeApplication: Any = mapped["ChangeApplication"]
REVIEW_ACTIONS = {"accept": ChangeAction.ACCEPT, "remand": ChangeAction.REMAND, "certify": ChangeAction.CERTIFY}
SLUG_BY_MUTATION = {CHANGE_TRANSITIONS[action].mutation: slug for slug, action in REVIEW_ACTIONS.items()}
def _scope(viewer: Viewer | None) -> list[sa.ColumnElement[bool]]:
    hidden = [s.value for s in hidden_review_statuses(viewer)]
    return [ChangeApplication.plan_id.in_(visible_plan_ids(plan_scope(viewer))), *([ChangeApplication.status.not_in(hidden)] if hidden else [])]


class ChangeApplicationAdmin(ShuroView, model=ChangeApplication):
    name = "変更申請"
    name_plural = "変更申請"
    icon = "fa-solid fa-pen-to-square"
    details_template = "shuro/change_details.html"
    column_list = ["queued_at", "plan", "plan.bureau", "status", "applied_at", "certified_at"]
    column_details_list = column_list
    column_export_list = column_list
    column_searchable_list = ["plan.application_number", "plan.company_name"]
    column_sortable_list = ["queued_at", "applied_at", "certified_at"]
    column_default_sort = [("queued_at", False), ("id", False)]
    column_filters: ClassVar[list[Any]] = [
        enum_filter(ChangeApplication.status, ChangeStatus, "状態", never_for=lambda viewer: {s.value for s in hidden_review_statuses(viewer)},
                    combinations=[("APPLIED,UNDER_REVIEW", "申請中＋審査中（審査待ち）")]),
    ]
    datetime_columns = ("queued_at", "applied_at", "certified_at")
    non_link_related_fields: ClassVar[list[Any]] = ["plan"]  # plan_link is the link (never one inside another)
    column_formatters: ClassVar[dict[str, Any]] = {
        "status": label(ChangeStatus), "plan": plan_link, "plan.bureau": lambda m, a: Bureau(m.plan.bureau).label if m.plan.bureau else "",
    }
    column_labels: ClassVar[dict[str, str]] = {
        **RELATED_LABELS,
        "queued_at": "審査順日時", "plan": "受入計画", "plan.bureau": "審査担当", "status": "状態", "applied_at": "申請日時", "certified_at": "認定日時",
    }
    scope = staticmethod(_scope)  # type: ignore[assignment]

    async def details_context(self, request: Request) -> dict[str, Any]:
        viewer = current_viewer(request)
        application = await visible_change_applications(viewer).get_or_none(id=int(request.path_params["pk"]))
        if viewer is None or application is None:
            return {}
        plan = await Plan.get(id=application.plan_id)
        workers = {w.id: w.name or "外国人" for w in await Worker.filter(plan_id=plan.id)}
        events = await ChangeEvent.filter(change_application_id=application.id).order_by("at", "id").prefetch_related("actor_staff", "actor_company")
        return {
            "application": application,
            "page_title": f"変更申請：{plan_label(plan)}",
            "status_label": ChangeStatus(application.status).label,
            "rows": [(row.label, row.before_text, row.after_text) for row in readable_for(viewer, application.diff, workers)],
            "history": [{"at": jst(e.at), "action": ChangeAction(e.action).label,
                         "to": ChangeStatus(e.to_status).label if e.to_status else "",
                         "actor": (e.actor_staff.display_name or e.actor_staff.login_id) if e.actor_staff else Role(e.actor_role).label,
                         "comment": shown_comment(viewer, e)} for e in events],
            "review_links": [(SLUG_BY_MUTATION[m], CHANGE_TRANSITIONS[REVIEW_ACTIONS[SLUG_BY_MUTATION[m]]].action.label)
                             for m in change_actions(application, viewer) if m in SLUG_BY_MUTATION],
            "attachment_groups": [] if plan_scope(viewer).withhold_file_names else await attachment_groups(
                await Attachment.filter(change_application_id=application.id).order_by("id")),
            "plan_url": request.url_for("admin:details", identity="plan", pk=plan.id),
            "back": back_to(request),
            "csrf": csrf_token(request),
            "case": await case_context(viewer, CaseKind.CHANGE_APPLICATION, application.id,
                                       str(request.url_for("admin:view-change-application-take", pk=application.id))),
        }

    @expose("/take/{pk:int}", methods=["POST"])
    async def take(self, request: Request) -> Response:
        """担当する / 担当を外す on the change application's page (#26)."""
        pk = request.path_params["pk"]
        details = str(request.url_for("admin:details", identity=self.identity, pk=pk))
        return await take_or_release(request, CaseKind.CHANGE_APPLICATION, pk, details)

    @expose("/review/{pk:int}/{slug}", methods=["GET", "POST"])
    async def review(self, request: Request) -> Response:
        viewer = current_viewer(request)
        slug = request.path_params["slug"]
        application = await visible_change_applications(viewer).get_or_none(id=request.path_params["pk"])
        if viewer is None or application is None or slug not in REVIEW_ACTIONS:
            raise HTTPException(status_code=404)
        transition = CHANGE_TRANSITIONS[REVIEW_ACTIONS[slug]]
        if viewer.role not in transition.roles:
            raise HTTPException(status_code=403)
        plan = await Plan.get(id=application.plan_id)
        details = str(request.url_for("admin:details", identity=self.identity, pk=application.id))
        subject = f"変更申請（{plan_label(plan)}）"

        async def reread() -> ReviewTarget:
            await application.refresh_from_db()
            return ReviewTarget(subject, application.version, ChangeStatus(application.status).label)

        async def decide(comment: str, version: int | None) -> Response:
            moved = await review_change_application(viewer, application.id, REVIEW_ACTIONS[slug], comment, version)
            hidden = ChangeStatus(moved.status) in hidden_review_statuses(viewer)
            announce(request, f"{subject}を「{ChangeStatus(moved.status).label}」にしました。", link="" if hidden else details)
            if hidden:
                return self.to_list(request)
            return RedirectResponse(back_to(request) or details, status_code=303)

        target = ReviewTarget(subject, application.version, ChangeStatus(application.status).label,
                              ChangeStatus(application.status) in transition.sources)
        return await review_screen(self, request, transition, slug, target, details, decide, reread)
