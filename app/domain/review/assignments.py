"""Who reviews which case (#26): a reviewer takes a case waiting for a decision (担当する) or lets it go;
MLIT gives cases to a reviewer, one or many at once. One row per case (`case_assignment`), so every
server process agrees; the queue shows who holds which and 次の案件 skips the cases others hold."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Subquery
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from app.domain import clock
from app.domain.accounts.sessions import viewer_of_staff
from app.domain.errors import DomainError, ErrorCode
from app.domain.viewer import Viewer
from app.domain.visibility import visible_change_applications, visible_plans, visible_reports
from app.models import CaseAssignment, StaffUser
from app.models.enums import CaseKind, ChangeStatus, PlanStatus, ReportKind, Role

REVIEWERS = frozenset({Role.BUREAU_STAFF, Role.MLIT_STAFF})
WAITING_PLANS = (PlanStatus.APPLIED, PlanStatus.UNDER_REVIEW)
WAITING_REVIEWS = (ChangeStatus.APPLIED, ChangeStatus.UNDER_REVIEW)


def waiting_cases(viewer: Viewer, kind: CaseKind) -> QuerySet:
    """The cases of a kind that wait for a decision, in the viewer's scope."""
    if kind is CaseKind.PLAN:
        return visible_plans(viewer).filter(status__in=[s.value for s in WAITING_PLANS])
    if kind is CaseKind.CHANGE_APPLICATION:
        return visible_change_applications(viewer).filter(status__in=[s.value for s in WAITING_REVIEWS])
    return visible_reports(viewer).filter(kind=ReportKind.REEMPLOYMENT, review_status__in=[s.value for s in WAITING_REVIEWS])


def held_by_others(viewer: Viewer, kind: CaseKind) -> Subquery:
    """The ids of the cases of a kind someone else holds (次の案件 skips them)."""
    return Subquery(CaseAssignment.filter(kind=kind).exclude(staff_id=viewer.staff_id).values("record_id"))


async def holders(kind: CaseKind, record_ids: Sequence[int]) -> dict[int, str]:
    """Who holds each of these cases, by the name the queue shows."""
    rows = await CaseAssignment.filter(kind=kind, record_id__in=list(record_ids)).prefetch_related("staff")
    return {row.record_id: row.staff.display_name or row.staff.login_id for row in rows}


def _reviewer(viewer: Viewer) -> None:
    if viewer.role not in REVIEWERS or viewer.staff_id is None:
        raise DomainError(None, ErrorCode.FORBIDDEN, "案件を担当できるのは地方整備局等と国土交通省の審査担当者です。")


async def _waiting(viewer: Viewer, kind: CaseKind, record_id: int) -> None:
    if not await waiting_cases(viewer, kind).filter(id=record_id).exists():
        raise DomainError(None, ErrorCode.NOT_FOUND, "審査待ちの案件ではありません。")


async def take_case(viewer: Viewer, kind: CaseKind, record_id: int) -> CaseAssignment:
    """担当する: the case becomes this reviewer's, unless another holds it (CONFLICT, naming who)."""
    _reviewer(viewer)
    await _waiting(viewer, kind, record_id)
    held = await CaseAssignment.get_or_none(kind=kind, record_id=record_id).prefetch_related("staff")
    if held is not None:
        if held.staff_id == viewer.staff_id:
            return held
        raise DomainError(None, ErrorCode.CONFLICT, f"{held.staff.display_name or held.staff.login_id}さんが担当しています。")
    try:
        return await CaseAssignment.create(kind=kind, record_id=record_id, staff_id=viewer.staff_id, assigned_at=clock.now())
    except IntegrityError:  # another reviewer took it at the same moment
        raise DomainError(None, ErrorCode.CONFLICT, "同時に他の審査担当者が担当しました。") from None


async def release_case(viewer: Viewer, kind: CaseKind, record_id: int) -> None:
    """担当を外す: the holder lets the case go (MLIT may release anyone's)."""
    _reviewer(viewer)
    cases = CaseAssignment.filter(kind=kind, record_id=record_id)
    if viewer.role is not Role.MLIT_STAFF:
        cases = cases.filter(staff_id=viewer.staff_id)
    if not await cases.delete():
        raise DomainError(None, ErrorCode.NOT_FOUND, "担当している案件ではありません。")


async def assign_cases(viewer: Viewer, cases: Mapping[CaseKind, Sequence[int]], staff_id: int) -> int:
    """MLIT gives cases of any kinds to a reviewer (one or many): each must wait for a decision in that
    reviewer's scope, or nothing is assigned (the refusal counts the others). Answers how many."""
    if viewer.role is not Role.MLIT_STAFF:
        raise DomainError(None, ErrorCode.FORBIDDEN, "案件の割り当ては国土交通省の職員が行います。")
    staff = await StaffUser.get_or_none(id=staff_id, is_active=True)
    if staff is None or Role(staff.role) not in REVIEWERS:
        raise DomainError("staffId", ErrorCode.INVALID, "割り当て先には有効な審査担当者を選んでください。")
    chosen = {kind: list(dict.fromkeys(ids)) for kind, ids in cases.items() if ids}
    if not chosen:
        raise DomainError("recordIds", ErrorCode.REQUIRED, "割り当てる案件を選んでください。")
    reviewer = viewer_of_staff(staff)
    missing = 0
    for kind, ids in chosen.items():
        reachable = set(await waiting_cases(reviewer, kind).filter(id__in=ids).values_list("id", flat=True))
        missing += sum(1 for record_id in ids if record_id not in reachable)
    if missing:
        raise DomainError("recordIds", ErrorCode.INVALID,
                          f"{staff.display_name or staff.login_id}さんの担当範囲で審査待ちでない案件があります（{missing}件）。")
    now = clock.now()
    async with in_transaction():
        for kind, ids in chosen.items():
            await CaseAssignment.filter(kind=kind, record_id__in=ids).delete()
        await CaseAssignment.bulk_create([
            CaseAssignment(kind=kind, record_id=record_id, staff_id=staff.id, assigned_by_id=viewer.staff_id, assigned_at=now)
            for kind, ids in chosen.items() for record_id in ids
        ])
    return sum(len(ids) for ids in chosen.values())
