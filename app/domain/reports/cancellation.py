"""計画取消申請 (DOMAIN §4.5): a company asks to cancel its certified plan with a reason; MLIT staff
approve it (CERTIFIED → CANCELLED, after which the company may start a new plan, B1) or decline it with
a reason. All three are moves of the plan's transition table."""

from __future__ import annotations

from tortoise.queryset import QuerySet

from app.domain.outbox import queue_mails
from app.domain.plans.draft import certified_plan
from app.domain.plans.mails import recipients
from app.domain.reports.mails import cancellation_decided
from app.domain.review.transitions import PLAN_TRANSITIONS, Move, move_plan, role_may
from app.domain.viewer import Viewer
from app.domain.visibility import visible_plans
from app.models import Plan, PlanEvent
from app.models.enums import MailKind, PlanAction, PlanStatus


def pending_cancellations(viewer: Viewer) -> QuerySet[Plan]:
    """計画取消申請 waiting for a decision this viewer may take (none for a role the transition table does
    not let approve them), in the viewer's scope."""
    if not role_may(PLAN_TRANSITIONS[PlanAction.APPROVE_CANCELLATION], viewer):
        return visible_plans(viewer).filter(id__isnull=True)
    return visible_plans(viewer).filter(status=PlanStatus.CERTIFIED, cancellation_requested_at__isnull=False)


async def _requested(plan: Plan, event: PlanEvent) -> None:
    await Plan.filter(id=plan.id).update(cancellation_requested_at=event.at, cancellation_reason=event.comment)


async def apply_for_plan_cancellation(viewer: Viewer, reason: str | None) -> Plan:
    plan = await certified_plan(viewer, "計画取消申請")
    return await move_plan(viewer, plan, PlanAction.CANCELLATION_APPLIED, reason, move=Move(after=_requested))


async def _mail(plan: Plan, event: PlanEvent, approved: bool) -> None:
    mail = cancellation_decided(plan, approved, event.comment)
    await queue_mails(MailKind.CANCELLATION_DECIDED, await recipients(plan), mail)


async def cancellation_approved(plan: Plan, event: PlanEvent) -> None:
    await _mail(plan, event, approved=True)


async def cancellation_declined(plan: Plan, event: PlanEvent) -> None:
    """The request ends; the plan stays certified and may be asked to cancel again."""
    await Plan.filter(id=plan.id).update(cancellation_requested_at=None, cancellation_reason=None)
    await _mail(plan, event, approved=False)
