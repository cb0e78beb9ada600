"""The 審査待ち queue (F1, issues #14, #26): where bureau and MLIT reviewers land. Plans 申請中 and 審査中
in their scope, oldest in the queue first, with the days they have waited; counts per state and, for
MLIT, per bureau; then the change applications, 再雇用申請 and (for MLIT) 計画取消申請 waiting for a
decision, with counts per kind. Reads go through the domain's search and visibility, as the API's do."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import parse_qsl, urlencode

from starlette.datastructures import URL
from starlette.requests import Request
from tortoise.queryset import QuerySet

from app.domain import clock
from app.domain.catalogue import bureaus, prefectures
from app.domain.plans.search import PlanSearch, queue_page, search_plans
from app.domain.plans.statistics import PlanDimension, plans_per, queue_total
from app.domain.reports.cancellation import pending_cancellations
from app.domain.review.assignments import WAITING_PLANS, held_by_others, holders, waiting_cases
from app.domain.review.transitions import PLAN_TRANSITIONS, role_may
from app.domain.viewer import Viewer
from app.models import Plan
from app.models.enums import Bureau, CaseKind, ChangeStatus, PlanAction, PlanStatus, Role

WAITING = WAITING_PLANS
PAGE = 50


@dataclass(frozen=True)
class QueueRow:
    plan_id: int
    days_waiting: int
    application_number: str
    company_name: str
    prefecture: str
    applied_on: str
    status: str
    holder: str  # the reviewer who holds the case (担当), or ""


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    percent: int
    link: str


def queue_search(params: Mapping[str, str]) -> PlanSearch:
    """The queue's filters from a URL's parameters; anything unknown is ignored (the queue never errs)."""
    statuses = [PlanStatus(s) for s in params.get("status", "").split(",") if s in {w.value for w in WAITING}]
    bureau = params.get("bureau", "")
    prefecture = params.get("prefecture", "")
    return PlanSearch(
        statuses=tuple(statuses or WAITING),
        bureaus=(Bureau(bureau),) if bureau in {b.value for b in Bureau} else (),
        prefectures=(prefecture,) if prefecture in prefectures() else (),
    )


CANCELLATION = "CANCELLATION"  # 計画取消申請: the queue's fourth kind, decided by MLIT (not a CaseKind: nobody takes it)
KINDS = {**{kind.value: kind.label for kind in CaseKind}, CANCELLATION: "計画取消申請"}


def queue_kind(params: Mapping[str, str]) -> str:
    """The kind the queue is narrowed to (`?kind=`), or "" for every kind."""
    kind = params.get("kind", "")
    return kind if kind in KINDS else ""


def _in_area(cases: QuerySet, search: PlanSearch, via: str = "plan__") -> QuerySet:
    """Cases whose plan is in the queue's chosen bureau and prefecture."""
    if search.bureaus:
        cases = cases.filter(**{f"{via}bureau__in": [b.value for b in search.bureaus]})
    if search.prefectures:
        cases = cases.filter(**{f"{via}head_office_prefecture__in": list(search.prefectures)})
    return cases


def queue_url(request: Request, **changes: str) -> str:
    params = {k: v for k, v in request.query_params.items() if k in ("kind", "status", "bureau", "prefecture")}
    params.update({k: v for k, v in changes.items() if v})
    base = str(request.url_for("admin:view-plan-queue"))
    return f"{base}?{urlencode(params)}" if params else base


def _days(since: datetime | None) -> int:
    return (clock.to_jst(clock.now()).date() - clock.to_jst(since).date()).days if since else 0


async def queue_rows(viewer: Viewer, search: PlanSearch, page: int) -> tuple[list[QueueRow], int]:
    total = await queue_total(viewer, search)
    plans = await queue_page(search_plans(viewer, search), None).offset((page - 1) * PAGE).limit(PAGE)
    names = prefectures()
    held = await holders(CaseKind.PLAN, [p.id for p in plans])
    return [
        QueueRow(p.id, _days(p.queued_at), p.application_number or "", p.company_name or "",
                 names[p.head_office_prefecture].name if p.head_office_prefecture in names else "",
                 clock.to_jst(p.applied_at).strftime("%Y-%m-%d") if p.applied_at else "", PlanStatus(p.status).label,
                 held.get(p.id, ""))
        for p in plans
    ], total


def _bars(counts: list[tuple[str, int, str]]) -> list[Bar]:
    top = max((count for _, count, _ in counts), default=0) or 1
    return [Bar(label, count, round(100 * count / top), link) for label, count, link in counts]


async def queue_charts(request: Request, viewer: Viewer) -> dict[str, list[Bar]]:
    """Counts per state, and for MLIT per bureau, of the whole queue in the viewer's scope."""
    waiting = PlanSearch(statuses=WAITING)
    by_state = await plans_per(viewer, waiting, PlanDimension.STATUS)
    charts = {"per_state": _bars([(s.label, by_state.get(s.value, 0), queue_url(request, status=s.value)) for s in WAITING])}
    if viewer.role is Role.MLIT_STAFF:
        by_bureau = await plans_per(viewer, waiting, PlanDimension.BUREAU)
        charts["per_bureau"] = _bars([(b.label, by_bureau.get(b.value, 0), queue_url(request, bureau=b.value)) for b in Bureau])
    return charts


async def next_in_queue(viewer: Viewer, search: PlanSearch, after: Plan) -> Plan | None:
    """The next oldest case of the same queue after this one that nobody else holds (the reviewer's 次の案件)."""
    free = search_plans(viewer, search).filter(id__not_in=held_by_others(viewer, CaseKind.PLAN))
    if after.queued_at is None:
        return await queue_page(free, None).first()
    return await queue_page(free, (after.queued_at, after.id)).first()


def back_to(request: Request) -> str | None:
    """The list or queue a reviewer came from (`?back=`, or the plan list the page was opened from),
    only when it is a page of this panel."""
    admin_root = str(request.url_for("admin:index"))
    back = request.query_params.get("back", "")
    if not back and request.method == "GET":
        referer = request.headers.get("referer", "")
        back = referer if referer.startswith(str(request.url_for("admin:list", identity="plan"))) else ""
    return back if back.startswith(admin_root) and "\n" not in back and "\r" not in back else None


def queue_search_of(url: str | None) -> PlanSearch:
    """The queue's filters of a queue URL (the next case is taken from the same queue)."""
    return queue_search(dict(parse_qsl(URL(url or "").query)))


def prefectures_by_bureau(viewer: Viewer) -> list[tuple[str, list[tuple[str, str]]]]:
    """Prefectures grouped under their bureau (a short filter), only the viewer's own for bureau staff."""
    groups = []
    for spec in bureaus():
        if viewer.role is Role.BUREAU_STAFF and spec.bureau != viewer.bureau:
            continue
        groups.append((spec.bureau.label, [(p.code, p.name) for p in spec.prefectures]))
    return groups


@dataclass(frozen=True)
class ChangeQueueRow:
    change_id: int
    days_waiting: int
    application_number: str
    company_name: str
    status: str
    changed: str
    holder: str


async def change_queue_rows(viewer: Viewer, search: PlanSearch, limit: int = PAGE) -> list[ChangeQueueRow]:
    """Change applications waiting for review (申請中, 審査中), oldest first, in the viewer's scope."""
    waiting = await _in_area(waiting_cases(viewer, CaseKind.CHANGE_APPLICATION), search).order_by("queued_at", "id").limit(limit).prefetch_related("plan")
    held = await holders(CaseKind.CHANGE_APPLICATION, [c.id for c in waiting])
    return [
        ChangeQueueRow(c.id, _days(c.queued_at), c.plan.application_number or "", c.plan.company_name or "", ChangeStatus(c.status).label,
                       f"{len(c.diff)}項目", held.get(c.id, ""))
        for c in waiting
    ]


@dataclass(frozen=True)
class ReemploymentQueueRow:
    report_id: int
    days_waiting: int
    worker_name: str
    company_name: str
    planned_on: str
    status: str
    holder: str


async def reemployment_queue_rows(viewer: Viewer, search: PlanSearch, limit: int = PAGE) -> list[ReemploymentQueueRow]:
    """再雇用申請 waiting for review (申請中, 審査中), oldest first, in the viewer's scope (#26)."""
    waiting = await _in_area(waiting_cases(viewer, CaseKind.REEMPLOYMENT), search).order_by("queued_at", "id").limit(limit).prefetch_related("plan", "worker")
    held = await holders(CaseKind.REEMPLOYMENT, [r.id for r in waiting])
    return [
        ReemploymentQueueRow(r.id, _days(r.queued_at), r.worker.name or "", r.plan.company_name or "",
                             r.planned_on.isoformat() if r.planned_on else "", ChangeStatus(r.review_status).label, held.get(r.id, ""))
        for r in waiting
    ]


@dataclass(frozen=True)
class CancellationQueueRow:
    plan_id: int
    days_waiting: int
    application_number: str
    company_name: str
    requested_on: str
    reason: str


async def cancellation_queue_rows(viewer: Viewer, search: PlanSearch, limit: int = PAGE) -> list[CancellationQueueRow]:
    pending = await _in_area(pending_cancellations(viewer), search, via="").order_by("cancellation_requested_at", "id").limit(limit)
    return [
        CancellationQueueRow(p.id, _days(p.cancellation_requested_at), p.application_number or "", p.company_name or "",
                             clock.to_jst(p.cancellation_requested_at).strftime("%Y-%m-%d") if p.cancellation_requested_at else "",
                             p.cancellation_reason or "")
        for p in pending
    ]


def decides_cancellations(viewer: Viewer) -> bool:
    return role_may(PLAN_TRANSITIONS[PlanAction.APPROVE_CANCELLATION], viewer)


def kinds_offered(viewer: Viewer) -> list[tuple[str, str]]:
    """The kinds the queue's kind filter offers this viewer."""
    return [(value, text) for value, text in KINDS.items() if value != CANCELLATION or decides_cancellations(viewer)]


async def kind_counts(request: Request, viewer: Viewer) -> list[Bar]:
    """How many cases of each kind wait for this viewer's decision, each narrowing the queue to its kind."""
    counts = [(kind.label, await waiting_cases(viewer, kind).count(), queue_url(request, kind=kind.value)) for kind in CaseKind]
    if decides_cancellations(viewer):
        counts.append((KINDS[CANCELLATION], await pending_cancellations(viewer).count(), queue_url(request, kind=CANCELLATION)))
    return _bars(counts)


def page_numbers(page: int, pages: int, around: int = 2) -> list[int | None]:
    """The pages to link: the first, the last, and those near this one; None where pages are skipped."""
    shown = sorted({1, pages, *range(max(1, page - around), min(pages, page + around) + 1)})
    numbers: list[int | None] = []
    for number in shown:
        if numbers and number - (numbers[-1] or 0) > 1:
            numbers.append(None)
        numbers.append(number)
    return numbers
