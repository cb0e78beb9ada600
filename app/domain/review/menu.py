"""The company's menu on its plan beyond the plan's own transition table (DOMAIN §5): after
certification 変更申請, 変更届出 and the worker reports any worker allows, and while the plan is under
review 外国人の取下げ (not of the last worker). Each item is offered when the plan has rows that let
the mutation succeed, described neutrally (`AnyRows`) so that the GraphQL resolvers count them with
Tortoise and the compiled reads with SQL, and both answer the same."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.review.change_transitions import ACTIVE
from app.domain.review.report_transitions import EMPLOYMENT_MOVES, REPORT_MOVES
from app.domain.review.transitions import PLAN_TRANSITIONS, available_actions
from app.domain.viewer import Viewer
from app.models import ChangeApplication, Plan, Worker, WorkerReport
from app.models.enums import EmploymentStatus, PlanAction, PlanStatus, ReportKind, ReportStatus

_TABLES = {"change_application": ChangeApplication, "worker": Worker, "worker_report": WorkerReport}


@dataclass(frozen=True)
class AnyRows:
    """The plan has at least `at_least` rows of `table` whose columns hold one of the values (for a
    report, also whose worker's 従事状況 is one of `worker_status`); `none=True`: it has none."""

    table: str
    where: tuple[tuple[str, tuple[str, ...]], ...]
    worker_status: tuple[str, ...] = ()
    at_least: int = 1
    none: bool = False

    async def holds(self, plan_id: int) -> bool:
        rows = _TABLES[self.table].filter(plan_id=plan_id, **{f"{column}__in": list(values) for column, values in self.where})
        if self.worker_status:
            rows = rows.filter(worker__employment_status__in=list(self.worker_status))
        found = await rows.limit(self.at_least).count() >= self.at_least
        return not found if self.none else found


def _values(statuses: frozenset) -> tuple[str, ...]:
    return tuple(sorted(s.value for s in statuses))


def _workers(kind: ReportKind | PlanAction, target: EmploymentStatus, at_least: int = 1) -> AnyRows:
    return AnyRows("worker", (("employment_status", _values(EMPLOYMENT_MOVES[(kind, target)])),), at_least=at_least)


def _acceptance(target: ReportStatus, worker_status: frozenset[EmploymentStatus] = frozenset()) -> AnyRows:
    return AnyRows("worker_report", (("kind", (ReportKind.ACCEPTANCE.value,)), ("status", _values(REPORT_MOVES[target]))),
                   _values(worker_status))


ALWAYS: AnyRows | None = None
# (plan states, mutation, when): in the order the menu lists them, after the transition table's.
COMPANY_MENU: tuple[tuple[frozenset[PlanStatus], str, AnyRows | None], ...] = (
    # 外国人の取下げ: never of the last worker still to come.
    (PLAN_TRANSITIONS[PlanAction.WORKER_WITHDRAWN].sources, "withdrawWorker",
     _workers(PlanAction.WORKER_WITHDRAWN, EmploymentStatus.CANCELLED, at_least=2)),
    (frozenset({PlanStatus.CERTIFIED}), "applyForChange", AnyRows("change_application", (("status", _values(ACTIVE)),), none=True)),
    (frozenset({PlanStatus.CERTIFIED}), "fileChangeNotification", ALWAYS),
    (frozenset({PlanStatus.CERTIFIED}), "registerAcceptanceReport",
     _acceptance(ReportStatus.REGISTERED, EMPLOYMENT_MOVES[(ReportKind.ACCEPTANCE, EmploymentStatus.WORKING)])),
    (frozenset({PlanStatus.CERTIFIED}), "sendAcceptanceReport", _acceptance(ReportStatus.REPORTED)),
    (frozenset({PlanStatus.CERTIFIED}), "reportRetirement", _workers(ReportKind.RETIREMENT, EmploymentStatus.LEFT)),
    (frozenset({PlanStatus.CERTIFIED}), "reportTransferToType2", _workers(ReportKind.TRANSFER_TO_TYPE2, EmploymentStatus.TRANSFERRED_TO_TYPE2)),
    (frozenset({PlanStatus.CERTIFIED}), "applyForReemployment", _workers(ReportKind.REEMPLOYMENT, EmploymentStatus.LEFT)),
    (frozenset({PlanStatus.CERTIFIED}), "reportDiscontinuation", _workers(ReportKind.DISCONTINUATION, EmploymentStatus.DISCONTINUED)),
)


async def company_menu(status: PlanStatus, plan_id: int) -> list[str]:
    """The menu items of this plan now, for its company."""
    return [mutation for states, mutation, when in COMPANY_MENU if status in states and (when is None or await when.holds(plan_id))]


async def actions_now(plan: Plan, viewer: Viewer) -> list[str]:
    """Every mutation this viewer may call on this plan now: the transition table's, then the company's menu."""
    actions = available_actions(plan, viewer)
    if viewer.is_company:
        actions += await company_menu(PlanStatus(plan.status), plan.id)
    return actions
