"""Who may see which plan (CONTRACT.md "Who may do what", REQUIREMENTS C4, F2), decided once.

The answer is a neutral scope that each adapter turns into its own SQL (a Tortoise queryset for
GraphQL, a SQLAlchemy `Select` for the admin panel); nothing is filtered in Python after loading.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.catalogue import bureaus
from app.domain.viewer import Viewer
from app.models.enums import PlanStatus, Role

# Staff never see a plan that is with the company (C4): being drafted, withdrawn or remanded.
HIDDEN_FROM_STAFF: tuple[PlanStatus, ...] = (PlanStatus.DRAFT, PlanStatus.WITHDRAWN, PlanStatus.REMANDED)


@dataclass(frozen=True)
class PlanScope:
    """Plans visible to a viewer: all conditions hold together.

    `nothing` — the viewer sees no plan at all;
    `company_id` — only this company's plans;
    `prefectures` — only plans whose head office is in these prefectures (None: any);
    `hidden_statuses` — never plans in these states;
    `mask_personal_data` — worker names, birth dates, card and CCUS numbers come back masked.
    """

    nothing: bool = False
    company_id: int | None = None
    prefectures: tuple[str, ...] | None = None
    hidden_statuses: tuple[PlanStatus, ...] = ()
    mask_personal_data: bool = False


def bureau_prefectures(viewer: Viewer) -> tuple[str, ...]:
    return next((tuple(p.code for p in b.prefectures) for b in bureaus() if b.bureau == viewer.bureau), ())


def plan_scope(viewer: Viewer | None) -> PlanScope:
    if viewer is None:
        return PlanScope(nothing=True)
    if viewer.role is Role.COMPANY:
        return PlanScope(company_id=viewer.company_id)
    if viewer.role is Role.BUREAU_STAFF:
        return PlanScope(prefectures=bureau_prefectures(viewer), hidden_statuses=HIDDEN_FROM_STAFF)
    return PlanScope(
        hidden_statuses=HIDDEN_FROM_STAFF,
        mask_personal_data=viewer.role is Role.ANALYST,
    )
