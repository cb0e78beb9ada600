"""The transition table of a plan (REQUIREMENTS C, FAQ 14, 15, 27, 41, 42): who may move a plan
from which states to which. Status changes happen here and nowhere else.

Each move is one transaction (DESIGN.md rule 2): a conditional update on state and version (two
concurrent actors cannot both win), the history event, the mails.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from tortoise.transactions import in_transaction

from app.domain import clock
from app.domain.errors import DomainError, ErrorCode
from app.domain.text import char_count, normalize_text
from app.domain.viewer import Viewer
from app.models import Plan, PlanEvent
from app.models.enums import PlanAction, PlanStatus, Role

COMMENT_MAX = 3000
COMPANY = frozenset({Role.COMPANY})
REVIEWERS = frozenset({Role.BUREAU_STAFF, Role.MLIT_STAFF})
MLIT = frozenset({Role.MLIT_STAFF})
COMMENTERS = frozenset({Role.BUREAU_STAFF, Role.MLIT_STAFF, Role.IMPLEMENTING_ORG})

EDITABLE = frozenset({PlanStatus.DRAFT, PlanStatus.WITHDRAWN, PlanStatus.REMANDED})
ENDED = frozenset({PlanStatus.REJECTED, PlanStatus.REVOKED, PlanStatus.CANCELLED})


@dataclass(frozen=True)
class Transition:
    action: PlanAction
    mutation: str  # the GraphQL mutation that performs it (`availableActions`)
    sources: frozenset[PlanStatus]
    target: PlanStatus | None  # None: stays (internal comment) or decided by `target_of`
    roles: frozenset[Role]
    comment_required: bool = False
    comment_internal: bool = False  # accept/certify/internal comments: never shown to companies (C3)
    cancellation_pending: bool | None = None  # 計画取消申請: must (True) or must not (False) be pending
    comment_field: str = "comment"  # the input field that carries the comment
    offered_by_menu: bool = False  # listed in availableActions by `review.menu`, under its own condition


PLAN_TRANSITIONS: dict[PlanAction, Transition] = {
    t.action: t
    for t in (
        Transition(PlanAction.SUBMIT, "submitPlan", frozenset({PlanStatus.DRAFT, PlanStatus.WITHDRAWN}), PlanStatus.APPLIED, COMPANY),
        Transition(PlanAction.WITHDRAW, "withdrawPlan", frozenset({PlanStatus.APPLIED}), PlanStatus.WITHDRAWN, COMPANY),
        # 再申請: back to APPLIED if never accepted, else UNDER_REVIEW (FAQ 42).
        Transition(PlanAction.RESUBMIT, "resubmitPlan", frozenset({PlanStatus.REMANDED}), None, COMPANY),
        Transition(PlanAction.ACCEPT, "acceptPlan", frozenset({PlanStatus.APPLIED}), PlanStatus.UNDER_REVIEW, REVIEWERS,
                   comment_internal=True),
        Transition(PlanAction.REMAND, "remandPlan", frozenset({PlanStatus.APPLIED, PlanStatus.UNDER_REVIEW}), PlanStatus.REMANDED,
                   REVIEWERS, comment_required=True),
        Transition(PlanAction.CERTIFY, "certifyPlan", frozenset({PlanStatus.UNDER_REVIEW}), PlanStatus.CERTIFIED, REVIEWERS,
                   comment_internal=True),
        Transition(PlanAction.REJECT, "rejectPlan", frozenset({PlanStatus.UNDER_REVIEW}), PlanStatus.REJECTED, REVIEWERS,
                   comment_required=True),
        Transition(PlanAction.REVOKE, "revokePlan", frozenset({PlanStatus.CERTIFIED}), PlanStatus.REVOKED, MLIT,
                   comment_required=True),
        # 計画取消申請 (DOMAIN §4.5): the company asks with a reason, MLIT staff approve or decline.
        Transition(PlanAction.CANCELLATION_APPLIED, "applyForPlanCancellation", frozenset({PlanStatus.CERTIFIED}), None, COMPANY,
                   comment_required=True, cancellation_pending=False, comment_field="reason"),
        Transition(PlanAction.APPROVE_CANCELLATION, "approvePlanCancellation", frozenset({PlanStatus.CERTIFIED}),
                   PlanStatus.CANCELLED, MLIT, cancellation_pending=True),
        Transition(PlanAction.CANCELLATION_DECLINED, "declinePlanCancellation", frozenset({PlanStatus.CERTIFIED}), None, MLIT,
                   comment_required=True, cancellation_pending=True),
        # 外国人の取下げ (DOMAIN §2.1, C8): one worker who will not come, while the plan is under review.
        Transition(PlanAction.WORKER_WITHDRAWN, "withdrawWorker", frozenset({PlanStatus.APPLIED, PlanStatus.UNDER_REVIEW}), None,
                   COMPANY, comment_required=True, comment_field="reason", offered_by_menu=True),
        Transition(PlanAction.INTERNAL_COMMENT, "addInternalComment",
                   frozenset(PlanStatus) - frozenset({PlanStatus.DRAFT, PlanStatus.WITHDRAWN, PlanStatus.REMANDED}),
                   None, COMMENTERS, comment_required=True, comment_internal=True),
    )
}


def target_of(transition: Transition, plan: Plan) -> PlanStatus:
    if transition.action is PlanAction.RESUBMIT:
        return PlanStatus.UNDER_REVIEW if plan.first_accepted_at is not None else PlanStatus.APPLIED
    return transition.target or PlanStatus(plan.status)


def role_may(transition: Transition, viewer: Viewer) -> bool:
    return viewer.role in transition.roles


def condition_holds(transition: Transition, plan: Plan) -> bool:
    return transition.cancellation_pending is None or transition.cancellation_pending == (plan.cancellation_requested_at is not None)


def available_actions(plan: Plan, viewer: Viewer) -> list[str]:
    """The mutations this viewer may call on this plan now (front ends never re-implement rules)."""
    actions = [
        t.mutation for t in PLAN_TRANSITIONS.values()
        if role_may(t, viewer) and PlanStatus(plan.status) in t.sources and condition_holds(t, plan) and not t.offered_by_menu
    ]
    if viewer.is_company and PlanStatus(plan.status) in EDITABLE:
        actions.insert(0, "savePlanDraft")
    return actions


def invalid_state(status: PlanStatus, doing: str) -> DomainError:
    return DomainError(None, ErrorCode.INVALID_STATE, f"申請状態が「{status.label}」のため{doing}できません。")


def conflict() -> DomainError:
    return DomainError(None, ErrorCode.CONFLICT, "他の操作により計画が更新されました。画面を更新してからもう一度操作してください。")


def check_comment(transition: Any, comment: str | None) -> str | None:
    """The comment as stored; refused when required and missing, or too long (C3)."""
    text = normalize_text(comment or "").strip()
    field_name = getattr(transition, "comment_field", "comment")
    what = "理由" if field_name == "reason" else "コメント"
    if transition.comment_required and not text:
        raise DomainError(field_name, ErrorCode.REQUIRED, f"{transition.action.label}の{what}を入力してください。")
    if char_count(text) > COMMENT_MAX:
        raise DomainError(
            field_name, ErrorCode.TOO_LONG, f"{what}は{COMMENT_MAX}文字以内で入力してください（現在{char_count(text)}文字）。"
        )
    return text or None


def check_move(transition: Any, viewer: Viewer, status: Any, version: int, expected_version: int | None, comment: str | None,
               invalid: Callable[[Any, str], DomainError]) -> str | None:
    """What every move of every table checks before it writes: the role, the version the actor saw,
    the state, the comment. Returns the comment as stored."""
    if viewer.role not in transition.roles:
        raise DomainError(None, ErrorCode.FORBIDDEN, "この操作を行う権限がありません。")
    if expected_version is not None and expected_version != version:
        raise conflict()
    if status not in transition.sources:
        raise invalid(status, transition.action.label)
    return check_comment(transition, comment)


@dataclass
class Move:
    """What a move writes besides the state: extra plan columns, and work done inside its
    transaction once the state has moved (numbering, mails)."""

    updates: dict[str, Any] = field(default_factory=dict)
    after: Callable[[Plan, PlanEvent], Awaitable[None]] | None = None
    reread: bool = True  # read the plan again after `after`; False where `after` sets what it writes on the plan


def as_written(row: Any, written: dict[str, Any]) -> None:
    """A row as the conditional update that matched it left it: the written values set on it, instead of
    reading it again (#28: a statement less per move)."""
    for name, value in written.items():
        setattr(row, name, value)


async def move_plan(
    viewer: Viewer,
    plan: Plan,
    action: PlanAction,
    comment: str | None = None,
    expected_version: int | None = None,
    move: Move | None = None,
) -> Plan:
    """Apply one transition of the table to a plan the viewer can see; refuse with FORBIDDEN,
    CONFLICT (stale version or a concurrent winner), INVALID_STATE or a comment problem."""
    transition = PLAN_TRANSITIONS[action]
    status = PlanStatus(plan.status)
    text = check_move(transition, viewer, status, plan.version, expected_version, comment, invalid_state)
    if not condition_holds(transition, plan):
        raise DomainError(None, ErrorCode.INVALID_STATE, "計画取消申請の審査中です。" if transition.cancellation_pending is False
                          else "この受入計画には計画取消申請がありません。")
    move = move or Move()
    target = target_of(transition, plan)
    now = clock.now()
    changes_state = transition.target is not None or action is PlanAction.RESUBMIT
    async with in_transaction():
        current = Plan.filter(id=plan.id, status=status, version=plan.version)
        if action is PlanAction.INTERNAL_COMMENT:  # the plan must still be as read, but its version stays
            written: dict[str, Any] = {"updated_at": now}
        else:  # a move, or a request on the plan that keeps its state (計画取消申請)
            written = {"status": target, "version": plan.version + 1, "updated_at": now, **move.updates}
        if await current.update(**written) != 1:
            raise conflict()
        event = await PlanEvent.create(
            plan_id=plan.id,
            at=now,
            action=action,
            from_status=status,
            to_status=target if changes_state else None,
            actor_role=viewer.role,
            actor_company_id=viewer.company_id,
            actor_staff_id=viewer.staff_id,
            comment=text,
            comment_is_internal=transition.comment_internal,
        )
        as_written(plan, written)
        if move.after is not None:
            await move.after(plan, event)
            if move.reread:
                await plan.refresh_from_db()
    return plan
