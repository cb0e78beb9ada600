"""Review by staff (REQUIREMENTS C1, C3–C5, C7): accept, remand, certify, reject, revoke and
internal comments, each a move of the transition table, with the mails of C5."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from app.domain import clock
from app.domain.errors import DomainError, ErrorCode
from app.domain.outbox import queue_mails
from app.domain.plans import mails as plan_mails
from app.domain.reports.acceptance import require_acceptance_reports
from app.domain.reports.cancellation import cancellation_approved, cancellation_declined
from app.domain.review.change_transitions import end_pending_changes
from app.domain.review.transitions import Move, move_plan
from app.domain.viewer import Viewer
from app.domain.visibility import visible_plans
from app.models import Plan, PlanEvent
from app.models.enums import PlanAction


async def _visible_plan(viewer: Viewer, plan_id: int) -> Plan:
    plan = await visible_plans(viewer).get_or_none(id=plan_id)
    if plan is None:  # another bureau's, a remanded one, or none at all: all look alike
        raise DomainError("planId", ErrorCode.NOT_FOUND, "指定された受入計画はありません。")
    return plan


async def _mail_company(plan: Plan, event: PlanEvent) -> None:
    mail = plan_mails.render(plan, event)
    await queue_mails(plan_mails.KIND[PlanAction(event.action)], await plan_mails.recipients(plan), mail)


async def _after_remand(plan: Plan, event: PlanEvent) -> None:
    await Plan.filter(id=plan.id).update(remand_comment=event.comment)
    plan.remand_comment = event.comment
    await _mail_company(plan, event)


async def _after_certify(plan: Plan, event: PlanEvent) -> None:
    number = f"TK-{clock.to_jst(event.at):%Y%m%d}-{event.id:06d}"
    await Plan.filter(id=plan.id).update(certificate_number=number, certified_at=event.at)
    plan.certificate_number, plan.certified_at = number, event.at
    await require_acceptance_reports(plan.id)  # D4: every worker now owes an acceptance report
    await _mail_company(plan, event)


def _ending(viewer: Viewer, then: Callable[[Plan, PlanEvent], Awaitable[None]]) -> Callable[[Plan, PlanEvent], Awaitable[None]]:
    """A move that ends the plan also ends its pending change application (D9)."""
    async def after(plan: Plan, event: PlanEvent) -> None:
        await end_pending_changes(viewer, plan, event)
        await then(plan, event)
    return after


def _move(viewer: Viewer, action: PlanAction, plan: Plan) -> Move:
    if action is PlanAction.ACCEPT:
        return Move(updates={"first_accepted_at": plan.first_accepted_at or clock.now()})
    # These hooks set on the plan what they write on it (or write nothing on it): the plan is not read again.
    if action is PlanAction.REMAND:
        return Move(after=_after_remand, reread=False)
    if action is PlanAction.CERTIFY:
        return Move(after=_after_certify, reread=False)
    if action is PlanAction.REJECT:
        return Move(after=_mail_company, reread=False)
    if action is PlanAction.REVOKE:
        return Move(after=_ending(viewer, _mail_company))
    if action is PlanAction.APPROVE_CANCELLATION:
        return Move(after=_ending(viewer, cancellation_approved))
    if action is PlanAction.CANCELLATION_DECLINED:
        return Move(after=cancellation_declined)
    return Move()


async def review_plan(
    viewer: Viewer, plan_id: int, action: PlanAction, comment: str | None = None, expected_version: int | None = None
) -> Plan:
    plan = await _visible_plan(viewer, plan_id)
    return await move_plan(viewer, plan, action, comment, expected_version, _move(viewer, action, plan))
