"""The plan's transition table (REQUIREMENTS C, FAQ 14, 15, 27, 41, 42), driven through the domain
functions: every action from every state, allowed exactly where the table says."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.errors import DomainError, ErrorCode
from app.domain.plans.draft import resubmit_plan, save_plan_draft, submit_plan, withdraw_plan
from app.domain.reports.cancellation import apply_for_plan_cancellation
from app.domain.review.moves import review_plan
from app.domain.review.transitions import PLAN_TRANSITIONS, available_actions
from app.models import Plan, PlanEvent
from app.models.enums import Bureau, PlanAction, PlanStatus, Role
from tests.conftest import snapshot
from tests.plan_builder import attach_required, company_viewer, complete_changes, staff, submitted_plan

# FAQ 42 / REQUIREMENTS C: (action, from) → to. Everything not listed is refused.
EXPECTED = {
    (PlanAction.SUBMIT, PlanStatus.DRAFT): PlanStatus.APPLIED,
    (PlanAction.SUBMIT, PlanStatus.WITHDRAWN): PlanStatus.APPLIED,
    (PlanAction.WITHDRAW, PlanStatus.APPLIED): PlanStatus.WITHDRAWN,
    (PlanAction.ACCEPT, PlanStatus.APPLIED): PlanStatus.UNDER_REVIEW,
    (PlanAction.REMAND, PlanStatus.APPLIED): PlanStatus.REMANDED,
    (PlanAction.REMAND, PlanStatus.UNDER_REVIEW): PlanStatus.REMANDED,
    (PlanAction.RESUBMIT, PlanStatus.REMANDED): None,  # APPLIED or UNDER_REVIEW, see below
    (PlanAction.CERTIFY, PlanStatus.UNDER_REVIEW): PlanStatus.CERTIFIED,
    (PlanAction.REJECT, PlanStatus.UNDER_REVIEW): PlanStatus.REJECTED,
    (PlanAction.REVOKE, PlanStatus.CERTIFIED): PlanStatus.REVOKED,
    (PlanAction.APPROVE_CANCELLATION, PlanStatus.CERTIFIED): PlanStatus.CANCELLED,
}
# 計画取消申請 and its refusal keep the plan CERTIFIED; approval needs a pending request (DOMAIN §4.5).
REQUESTS = (PlanAction.CANCELLATION_APPLIED, PlanAction.CANCELLATION_DECLINED)
# 外国人の取下げ (C8) keeps the plan's state too; tests/test_plan_edges.py drives it.
KEEPS_STATE = (*REQUESTS, PlanAction.WORKER_WITHDRAWN, PlanAction.INTERNAL_COMMENT)
MOVES = [a for a in PLAN_TRANSITIONS if a not in KEEPS_STATE]  # the moves of the plan table


def test_the_table_is_exactly_the_requirements() -> None:
    table = {(a, s): t.target for a, t in PLAN_TRANSITIONS.items() if a in MOVES for s in t.sources}
    assert set(table) == set(EXPECTED)
    for key, target in EXPECTED.items():
        assert table[key] == target, key
    for action in REQUESTS:
        assert PLAN_TRANSITIONS[action].sources == {PlanStatus.CERTIFIED} and PLAN_TRANSITIONS[action].target is None
    assert PLAN_TRANSITIONS[PlanAction.APPROVE_CANCELLATION].cancellation_pending is True
    withdrawal = PLAN_TRANSITIONS[PlanAction.WORKER_WITHDRAWN]
    assert withdrawal.sources == {PlanStatus.APPLIED, PlanStatus.UNDER_REVIEW} and withdrawal.target is None


async def _plan_in(status: PlanStatus, upload_dir: Path) -> tuple:
    """A plan brought to `status` through the domain's own moves."""
    mlit = await staff(Role.MLIT_STAFF)
    if status is PlanStatus.DRAFT:
        company = await company_viewer()
        draft = await save_plan_draft(company, complete_changes())
        await attach_required(company, upload_dir)
        return company, mlit, await Plan.get(id=draft.id)
    company, plan = await submitted_plan(upload_dir, prefecture="13")
    path = {
        PlanStatus.APPLIED: [],
        PlanStatus.WITHDRAWN: [("company", withdraw_plan)],
        PlanStatus.UNDER_REVIEW: [("staff", PlanAction.ACCEPT)],
        PlanStatus.REMANDED: [("staff", PlanAction.REMAND)],
        PlanStatus.CERTIFIED: [("staff", PlanAction.ACCEPT), ("staff", PlanAction.CERTIFY)],
        PlanStatus.REJECTED: [("staff", PlanAction.ACCEPT), ("staff", PlanAction.REJECT)],
        PlanStatus.REVOKED: [("staff", PlanAction.ACCEPT), ("staff", PlanAction.CERTIFY), ("staff", PlanAction.REVOKE)],
        PlanStatus.CANCELLED: [("staff", PlanAction.ACCEPT), ("staff", PlanAction.CERTIFY), ("company", _ask_to_cancel),
                               ("staff", PlanAction.APPROVE_CANCELLATION)],
    }
    for who, step in path[status]:
        if who == "company":
            await step(company)
        else:
            await review_plan(mlit, plan.id, step, "理由を記載します。")
    return company, mlit, await Plan.get(id=plan.id)


async def _ask_to_cancel(company) -> Plan:
    return await apply_for_plan_cancellation(company, "事業を廃止するため")


async def _act(action: PlanAction, company, mlit, plan: Plan) -> Plan:
    if action is PlanAction.APPROVE_CANCELLATION and plan.status is PlanStatus.CERTIFIED:
        await _ask_to_cancel(company)  # approval needs the company's request
    if action is PlanAction.SUBMIT:
        return await submit_plan(company)
    if action is PlanAction.WITHDRAW:
        return await withdraw_plan(company)
    if action is PlanAction.RESUBMIT:
        return await resubmit_plan(company)
    return await review_plan(mlit, plan.id, action, "コメントです。")


@pytest.mark.parametrize("dialect", ["sqlite"], indirect=True)
@pytest.mark.parametrize("status", list(PlanStatus))
async def test_every_action_from_every_state(db: str, settings, status: PlanStatus) -> None:
    for action in MOVES:
        company, mlit, plan = await _plan_in(status, settings.upload_dir)
        allowed = (action, status) in EXPECTED
        # MLIT staff never see DRAFT/WITHDRAWN/REMANDED plans: for them those are NOT_FOUND.
        hidden = status in (PlanStatus.DRAFT, PlanStatus.WITHDRAWN, PlanStatus.REMANDED) and action not in (
            PlanAction.SUBMIT, PlanAction.WITHDRAW, PlanAction.RESUBMIT)
        if allowed:
            moved = await _act(action, company, mlit, plan)
            expected = EXPECTED[(action, status)] or PlanStatus.APPLIED
            assert moved.status == expected, (action, status)
            assert moved.version == plan.version + (2 if action is PlanAction.APPROVE_CANCELLATION else 1)
            event = await PlanEvent.filter(plan_id=plan.id).order_by("-id").first()
            assert (event.action, event.from_status, event.to_status) == (action, status, expected)
        else:
            before = await snapshot()
            with pytest.raises(DomainError) as caught:
                await _act(action, company, mlit, plan)
            code = caught.value.problems[0].code
            if hidden:
                assert code == ErrorCode.NOT_FOUND, (action, status)
            else:
                assert code == ErrorCode.INVALID_STATE, (action, status)
                assert status.label in caught.value.problems[0].message
            assert await snapshot() == before
        await Plan.filter(company_id=company.company_id).update(status=PlanStatus.CANCELLED)  # end it for the next round


async def test_resubmission_returns_to_applied_unless_accepted_before(db: str, settings) -> None:
    company, plan = await submitted_plan(settings.upload_dir)
    mlit = await staff(Role.MLIT_STAFF)
    await review_plan(mlit, plan.id, PlanAction.REMAND, "給与を見直してください。")
    assert (await resubmit_plan(company)).status == PlanStatus.APPLIED
    await review_plan(mlit, plan.id, PlanAction.ACCEPT)
    await review_plan(mlit, plan.id, PlanAction.REMAND, "もう一度見直してください。")
    again = await resubmit_plan(company)
    assert again.status == PlanStatus.UNDER_REVIEW  # FAQ 42: never back to APPLIED after acceptance


async def test_available_actions_follow_the_table(db: str, settings) -> None:
    company, plan = await submitted_plan(settings.upload_dir, prefecture="13")
    kanto = await staff(Role.BUREAU_STAFF, Bureau.KANTO)
    mlit = await staff(Role.MLIT_STAFF)
    analyst = await staff(Role.ANALYST)
    assert available_actions(plan, company) == ["withdrawPlan"]
    assert available_actions(plan, kanto) == ["acceptPlan", "remandPlan", "addInternalComment"]
    assert available_actions(plan, analyst) == []
    certified = await review_plan(mlit, plan.id, PlanAction.ACCEPT)
    certified = await review_plan(mlit, plan.id, PlanAction.CERTIFY)
    assert available_actions(certified, mlit) == ["revokePlan", "addInternalComment"]
    assert available_actions(certified, kanto) == ["addInternalComment"]
    assert available_actions(certified, company) == ["applyForPlanCancellation"]
    requested = await _ask_to_cancel(company)
    assert available_actions(requested, mlit) == ["revokePlan", "approvePlanCancellation", "declinePlanCancellation", "addInternalComment"]
    assert available_actions(requested, company) == []


async def test_a_stale_version_is_a_conflict_and_changes_nothing(db: str, settings) -> None:
    _, plan = await submitted_plan(settings.upload_dir)
    mlit = await staff(Role.MLIT_STAFF)
    before = await snapshot()
    with pytest.raises(DomainError) as caught:
        await review_plan(mlit, plan.id, PlanAction.ACCEPT, expected_version=plan.version - 1)
    assert caught.value.problems[0].code == ErrorCode.CONFLICT
    assert await snapshot() == before
