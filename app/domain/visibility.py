"""Who may see which plan (CONTRACT.md "Who may do what", REQUIREMENTS C4, F2), decided once.

The answer is a neutral scope that each adapter turns into its own SQL (a Tortoise queryset for
GraphQL, a SQLAlchemy `Select` for the admin panel); nothing is filtered in Python after loading.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from tortoise.expressions import Q

from app.domain.catalogue import bureaus
from app.domain.viewer import Viewer
from app.models import ChangeApplication, Plan, WorkerReport
from app.models.enums import ChangeStatus, PlanStatus, Role

if TYPE_CHECKING:
    from tortoise.queryset import QuerySet

MASK = "＊＊＊"
T = TypeVar("T")

# Staff never see a plan that is with the company (C4): being drafted, withdrawn or remanded.
HIDDEN_FROM_STAFF: tuple[PlanStatus, ...] = (PlanStatus.DRAFT, PlanStatus.WITHDRAWN, PlanStatus.REMANDED)


@dataclass(frozen=True)
class PlanScope:
    """Plans visible to a viewer: all conditions hold together.

    `nothing` — the viewer sees no plan at all;
    `company_id` — only this company's plans;
    `prefectures` — only plans whose head office is in these prefectures (None: any);
    `hidden_statuses` — never plans in these states;
    `mask_personal_data` — worker names, birth dates, card and CCUS numbers come back masked, and
        are never searchable, filterable or sortable (a search would reveal what the mask hides);
    `withhold_file_names` — attachment file names are not shown (they often carry names).
    """

    nothing: bool = False
    company_id: int | None = None
    prefectures: tuple[str, ...] | None = None
    hidden_statuses: tuple[PlanStatus, ...] = ()
    mask_personal_data: bool = False
    withhold_file_names: bool = False


def bureau_prefectures(viewer: Viewer) -> tuple[str, ...]:
    return next((tuple(p.code for p in b.prefectures) for b in bureaus() if b.bureau == viewer.bureau), ())


def plan_scope(viewer: Viewer | None) -> PlanScope:
    if viewer is None:
        return PlanScope(nothing=True)
    if viewer.role is Role.COMPANY:
        return PlanScope(company_id=viewer.company_id)
    if viewer.role is Role.BUREAU_STAFF:
        return PlanScope(prefectures=bureau_prefectures(viewer), hidden_statuses=HIDDEN_FROM_STAFF)
    analyst = viewer.role is Role.ANALYST
    return PlanScope(hidden_statuses=HIDDEN_FROM_STAFF, mask_personal_data=analyst, withhold_file_names=analyst)


def in_plan_scope(viewer: Viewer | None, via: str = "") -> Q:
    """The viewer's plan scope as a condition on a plan (`via` ""), or on a row's plan (`via` "plan__": a join,
    which PostgreSQL plans per row looked up, where `plan_id IN (subquery)` could hash every plan, #28)."""
    scope = plan_scope(viewer)
    if scope.nothing:
        return Q(**{f"{via}id__isnull": True})  # matches no row
    conditions = {}
    if scope.company_id is not None:
        conditions[f"{via}company_id"] = scope.company_id
    if scope.prefectures is not None:
        conditions[f"{via}head_office_prefecture__in"] = list(scope.prefectures)
    if scope.hidden_statuses:
        conditions[f"{via}status__not_in"] = [s.value for s in scope.hidden_statuses]
    return Q(**conditions)


def visible_plans(viewer: Viewer | None) -> "QuerySet[Plan]":
    """The viewer's plan scope as a Tortoise queryset (GraphQL and the domain's own look-ups)."""
    return Plan.filter(in_plan_scope(viewer))


# Records under review that are with the company (差戻し中, 取下げ) — change applications and
# 再雇用申請 alike — are hidden from staff like a remanded plan (C4).
CHANGES_HIDDEN_FROM_STAFF: tuple[ChangeStatus, ...] = (ChangeStatus.REMANDED, ChangeStatus.WITHDRAWN)


async def hidden_status(viewer: Viewer | None, plan_id: int) -> PlanStatus | None:
    """The state of a plan in the viewer's scope that staff do not see now (差戻し中 …), so a reviewer
    who just decided it is told where it went; None for a plan outside the scope, or one they see."""
    scope = plan_scope(viewer)
    if scope.nothing or not scope.hidden_statuses:
        return None
    plans = Plan.filter(id=plan_id, status__in=[s.value for s in scope.hidden_statuses])
    if scope.prefectures is not None:
        plans = plans.filter(head_office_prefecture__in=list(scope.prefectures))
    found = await plans.first()
    return PlanStatus(found.status) if found else None


def hidden_review_statuses(viewer: Viewer | None) -> tuple[ChangeStatus, ...]:
    """The review states in which this viewer sees no change application or 再雇用申請 (C4)."""
    return () if viewer is not None and viewer.role is Role.COMPANY else CHANGES_HIDDEN_FROM_STAFF


def visible_change_applications(viewer: Viewer | None) -> "QuerySet[ChangeApplication]":
    """Change applications of the plans the viewer sees; staff never see those with the company."""
    applications = ChangeApplication.filter(in_plan_scope(viewer, "plan__"))
    if hidden := hidden_review_statuses(viewer):
        applications = applications.exclude(status__in=[s.value for s in hidden])
    return applications


def reviewed_report_visible(viewer: Viewer | None) -> Q:
    """A report without review, or a 再雇用申請 in a review state the viewer may see (C4)."""
    hidden = hidden_review_statuses(viewer)
    return Q(review_status__isnull=True) | Q(review_status__not_in=[s.value for s in hidden]) if hidden else Q()


def visible_reports(viewer: Viewer | None) -> "QuerySet[WorkerReport]":
    """Worker reports follow their plan's visibility (D4–D6); a remanded 再雇用申請 is with the company (C4)."""
    return WorkerReport.filter(reviewed_report_visible(viewer), in_plan_scope(viewer, "plan__"))


def may_read_internal_comments(viewer: Viewer | None) -> bool:
    """Accept, certify and internal comments: staff (not analysts) and the implementing org (C3)."""
    return viewer is not None and viewer.role in (Role.BUREAU_STAFF, Role.MLIT_STAFF, Role.IMPLEMENTING_ORG)


# The personal values of a worker that `mask_personal_data` masks (CONTRACT.md), by field name.
PERSONAL_WORKER_FIELDS = frozenset({"name", "birth_date", "residence_card_number", "ccus_worker_id"})


def unsearchable_worker_fields(viewer: Viewer | None) -> frozenset[str]:
    """Worker fields this viewer may not search, filter or sort by: the ones it sees masked."""
    return PERSONAL_WORKER_FIELDS if plan_scope(viewer).mask_personal_data else frozenset()


def masked(value: T, mask: bool) -> T | str:
    """A personal value as the viewer may see it: masked for analysts (a missing value stays missing)."""
    return MASK if mask and value else value

