"""The transition table of a change application 変更申請 (D1, FAQ 41): who may move it from which
states to which. Like the plan's, every move is one transaction — a conditional update on state and
version, the history event, and whatever the move does (certification applies the changes)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from tortoise.transactions import in_transaction

from app.domain import clock
from app.domain.errors import DomainError, ErrorCode
from app.domain.review.transitions import COMPANY, MLIT, REVIEWERS, as_written, check_move, conflict
from app.domain.viewer import Viewer
from app.models import ChangeApplication, ChangeEvent, Plan, PlanEvent
from app.models.enums import ChangeAction, ChangeStatus, PlanStatus, Role

ACTIVE = frozenset({ChangeStatus.APPLIED, ChangeStatus.UNDER_REVIEW, ChangeStatus.REMANDED})
EDITABLE = frozenset({ChangeStatus.WITHDRAWN, ChangeStatus.REMANDED})


@dataclass(frozen=True)
class ChangeTransition:
    action: ChangeAction
    mutation: str | None  # None: a move the system makes, never called by anyone
    sources: frozenset[ChangeStatus]
    target: ChangeStatus | None  # None: decided by `target_of` (resubmit)
    roles: frozenset[Role]
    comment_required: bool = False
    comment_internal: bool = False


CHANGE_TRANSITIONS: dict[ChangeAction, ChangeTransition] = {
    t.action: t
    for t in (
        ChangeTransition(ChangeAction.WITHDRAW, "withdrawChangeApplication", frozenset({ChangeStatus.APPLIED}), ChangeStatus.WITHDRAWN, COMPANY),
        # FAQ 41: after acceptance a resubmission goes back to 審査中, never 申請中.
        ChangeTransition(ChangeAction.RESUBMIT, "resubmitChangeApplication", frozenset(EDITABLE), None, COMPANY),
        ChangeTransition(ChangeAction.ACCEPT, "acceptChangeApplication", frozenset({ChangeStatus.APPLIED}), ChangeStatus.UNDER_REVIEW,
                         REVIEWERS, comment_internal=True),
        ChangeTransition(ChangeAction.REMAND, "remandChangeApplication", frozenset({ChangeStatus.APPLIED, ChangeStatus.UNDER_REVIEW}),
                         ChangeStatus.REMANDED, REVIEWERS, comment_required=True),
        ChangeTransition(ChangeAction.CERTIFY, "certifyChangeApplication", frozenset({ChangeStatus.UNDER_REVIEW}), ChangeStatus.CERTIFIED,
                         REVIEWERS, comment_internal=True),
        # D9: the plan ended (認定取消, 計画取消, both MLIT's) while the application was pending.
        ChangeTransition(ChangeAction.ENDED, None, frozenset(ACTIVE), ChangeStatus.WITHDRAWN, MLIT),
    )
}


def target_of(transition: ChangeTransition, application: ChangeApplication) -> ChangeStatus:
    if transition.action is ChangeAction.RESUBMIT:
        return ChangeStatus.UNDER_REVIEW if application.first_accepted_at is not None else ChangeStatus.APPLIED
    assert transition.target is not None
    return transition.target


def change_actions(application: ChangeApplication, viewer: Viewer, plan_certified: bool = True) -> list[str]:
    """The mutations this viewer may call on this change application now; none once its plan has
    ended (no change reaches an ended plan)."""
    if not plan_certified:
        return []
    status = ChangeStatus(application.status)
    actions = [t.mutation for t in CHANGE_TRANSITIONS.values() if t.mutation and viewer.role in t.roles and status in t.sources]
    if viewer.role is Role.COMPANY and status in EDITABLE:
        actions.insert(0, "editChangeApplication")
    return actions


def invalid_change_state(status: ChangeStatus, doing: str) -> DomainError:
    return DomainError(None, ErrorCode.INVALID_STATE, f"変更申請の状態が「{status.label}」のため{doing}できません。")


async def record_change_event(application_id: int, viewer: Viewer, action: ChangeAction, from_status: ChangeStatus | None,
                              to_status: ChangeStatus | None, comment: str | None = None, internal: bool = False) -> ChangeEvent:
    return await ChangeEvent.create(
        change_application_id=application_id, at=clock.now(), action=action, from_status=from_status, to_status=to_status,
        actor_role=viewer.role, actor_company_id=viewer.company_id, actor_staff_id=viewer.staff_id, comment=comment,
        comment_is_internal=internal,
    )


async def move_change(
    viewer: Viewer,
    application: ChangeApplication,
    action: ChangeAction,
    comment: str | None = None,
    expected_version: int | None = None,
    updates: dict[str, Any] | None = None,
    after: Callable[[ChangeApplication, ChangeEvent], Awaitable[None]] | None = None,
) -> ChangeApplication:
    """Apply one transition of the table; FORBIDDEN, CONFLICT, INVALID_STATE or a comment problem. `after` runs in
    the move's transaction and leaves the application row as the move wrote it (it acts on the plan and mails)."""
    transition = CHANGE_TRANSITIONS[action]
    status = ChangeStatus(application.status)
    text = check_move(transition, viewer, status, application.version, expected_version, comment, invalid_change_state)
    target = target_of(transition, application)
    now = clock.now()
    extra = dict(updates or {})
    if action is ChangeAction.REMAND:
        extra["remand_comment"] = text
    async with in_transaction():
        written = {"status": target, "version": application.version + 1, "updated_at": now, **extra}
        if await ChangeApplication.filter(id=application.id, status=status, version=application.version).update(**written) != 1:
            raise conflict()
        event = await record_change_event(application.id, viewer, action, status, target, text, transition.comment_internal)
        as_written(application, written)
        if after is not None:  # its work is on the plan, the mails and the history: the application stays as written
            await after(application, event)
    return application


async def end_pending_changes(viewer: Viewer, plan: Plan, event: PlanEvent) -> None:
    """In the transaction that ends the plan (D9): each pending change application is withdrawn,
    its history saying why; it leaves every queue and can no longer be accepted or certified."""
    why = f"受入計画が「{PlanStatus(plan.status).label}」となったため、この変更申請は取り下げられました。"
    for application in await ChangeApplication.filter(plan_id=plan.id, status__in=[s.value for s in ACTIVE]):
        await move_change(viewer, application, ChangeAction.ENDED, why)
