"""The next plan from an ended one (B10, FAQ 15): after 不認定, 認定取消 or 計画取消 the company starts a
new draft holding what it would otherwise type again — the company, licence, JAC, salary and proxy
data, and on request the workers still wanted — never the attachments, the state, the numbers or
the declarations (they are made anew for each application)."""

from __future__ import annotations

from typing import Any

from app.domain.errors import DomainError, ErrorCode
from app.domain.plans.draft import current_plan, require_company, save_plan_draft
from app.domain.plans.fields import CONSENTS, GROUPS, Area, fields_of
from app.domain.review.transitions import ENDED
from app.domain.viewer import Viewer
from app.models import Plan, PlanLicense, Worker
from app.models.enums import EmploymentStatus, PlanStatus

# Workers not taken into the next plan: gone (退職), never came (取下), or no longer 1号 (2号移行).
NOT_CARRIED = (EmploymentStatus.LEFT, EmploymentStatus.CANCELLED, EmploymentStatus.TRANSFERRED_TO_TYPE2)
# The acceptance period follows the workers (B6): carried only with them.
_PERIOD = ("acceptance_start", "acceptance_end")


def _values(row: Any, area: Area) -> dict[str, Any]:
    return {spec.key: getattr(row, spec.stored_as) for spec in fields_of(area) if spec.group is None or spec.group.is_list}


def _carried(plan: Plan, include_workers: bool) -> dict[str, Any]:
    changes = {key: value for key, value in _values(plan, Area.PLAN).items() if include_workers or key not in _PERIOD}
    for group in GROUPS:
        if not group.is_list and group is not CONSENTS:
            changes[group.key] = {spec.key: getattr(plan, spec.stored_as) for spec in fields_of(group)}
    return changes


async def start_plan_from_previous(viewer: Viewer, include_workers: bool = False) -> Plan:
    plan = await current_plan(require_company(viewer))
    if plan is None:
        raise DomainError(None, ErrorCode.NOT_FOUND, "引き継ぐ受入計画がありません。新規申請から作成してください。")
    status = PlanStatus(plan.status)
    if status not in ENDED:
        raise DomainError(None, ErrorCode.INVALID_STATE,
                          f"受入計画の申請状態が「{status.label}」のため、新しい計画は作成できません（不認定・認定取消・計画取消の後に作成できます）。")
    changes = _carried(plan, include_workers)
    changes["licenses"] = [_values(row, Area.LICENSE) for row in await PlanLicense.filter(plan_id=plan.id).order_by("position", "id")]
    if include_workers:
        workers = Worker.filter(plan_id=plan.id).exclude(employment_status__in=[s.value for s in NOT_CARRIED]).order_by("position", "id")
        changes["workers"] = [_values(row, Area.WORKER) for row in await workers]
    return await save_plan_draft(viewer, changes)
