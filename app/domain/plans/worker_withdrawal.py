"""外国人の取下げ (DOMAIN §2.1, REQUIREMENTS C8): while its plan is 申請中 or 審査中, the company takes
back one worker who will not come, with a reason. The worker stays on the list as 取下 (so the
reviewer sees it), the history records the reason; nothing else of the plan changes. The last worker
still to come is never withdrawn: the plan itself is withdrawn or remanded instead."""

from __future__ import annotations

from app.domain.errors import DomainError, ErrorCode
from app.domain.plans.draft import current_plan, require_company
from app.domain.review.report_transitions import employment_allowed, employment_refused, move_employment
from app.domain.review.transitions import Move, move_plan
from app.domain.viewer import Viewer
from app.models import Plan, PlanEvent, Worker
from app.models.enums import EmploymentStatus, PlanAction

WITHDRAWN = EmploymentStatus.CANCELLED


async def withdraw_worker(viewer: Viewer, worker_id: int, reason: str | None) -> Plan:
    plan = await current_plan(require_company(viewer))
    worker = await Worker.get_or_none(id=worker_id, plan_id=plan.id) if plan is not None else None
    if plan is None or worker is None:
        raise DomainError("workerId", ErrorCode.NOT_FOUND, "指定された外国人はこの計画に登録されていません。")
    if not employment_allowed(worker, PlanAction.WORKER_WITHDRAWN, WITHDRAWN):
        raise employment_refused(worker, PlanAction.WORKER_WITHDRAWN)
    if await Worker.filter(plan_id=plan.id).exclude(employment_status=WITHDRAWN).count() <= 1:
        raise DomainError("workerId", ErrorCode.INVALID_STATE,
                          "最後の1人の外国人は取り下げられません。受入計画そのものを取り下げてください。")

    async def withdrawn(plan: Plan, event: PlanEvent) -> None:
        event.changes = [await move_employment(worker, PlanAction.WORKER_WITHDRAWN, WITHDRAWN)]
        await event.save(update_fields=["changes"])

    return await move_plan(viewer, plan, PlanAction.WORKER_WITHDRAWN, reason, move=Move(after=withdrawn))
