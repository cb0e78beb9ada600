"""What operators watch (#29): the backlog and the work waiting, read from the rows at each scrape, so
every process of the installation answers the same."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tortoise.functions import Count, Min

from app.domain import clock
from app.domain.reports.pending import overdue
from app.domain.review.assignments import WAITING_PLANS, WAITING_REVIEWS
from app.models import ChangeApplication, OutboxMail, Plan, PlanTallyChange, WorkerReport
from app.models.enums import Bureau, MailState

UNSENT = (MailState.QUEUED, MailState.SENDING)


@dataclass(frozen=True)
class ServiceGauges:
    outbox_backlog: int
    oldest_unsent_seconds: float
    overdue_reports: int
    queue_depth: dict[str, int]  # bureau → plans and change applications waiting for a decision
    cube_pending_cells: int


async def service_gauges(now: datetime | None = None) -> ServiceGauges:
    now = now or clock.now()
    backlog = await OutboxMail.filter(state__in=list(UNSENT)).annotate(n=Count("id"), oldest=Min("created_at")).values("n", "oldest")
    oldest = backlog[0]["oldest"] if backlog else None
    depth = {bureau.value: 0 for bureau in Bureau}
    plans = await Plan.filter(status__in=list(WAITING_PLANS)).annotate(n=Count("id")).group_by("bureau").values("bureau", "n")
    changes = await ChangeApplication.filter(status__in=list(WAITING_REVIEWS)).annotate(n=Count("id")).group_by(
        "plan__bureau").values("plan__bureau", "n")
    for row in plans:
        if row["bureau"]:
            depth[str(row["bureau"])] = depth.get(str(row["bureau"]), 0) + row["n"]
    for row in changes:
        if row["plan__bureau"]:
            depth[str(row["plan__bureau"])] = depth.get(str(row["plan__bureau"]), 0) + row["n"]
    return ServiceGauges(
        outbox_backlog=backlog[0]["n"] if backlog else 0,
        oldest_unsent_seconds=max((now - oldest).total_seconds(), 0.0) if oldest else 0.0,
        overdue_reports=await WorkerReport.filter(overdue()).count(),
        queue_depth=depth,
        cube_pending_cells=await PlanTallyChange.all().count(),
    )
