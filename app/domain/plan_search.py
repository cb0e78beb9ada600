"""Searching plans for staff and analysts (F2, F3): filters on top of the viewer's scope, in SQL,
ordered as the review queue (oldest queue time first, DOMAIN §2.1)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from app.domain.clock import JST, utc
from app.domain.viewer import Viewer
from app.domain.visibility import visible_plans
from app.models import Plan, PlanLicense, Worker
from app.models.enums import Bureau, JobCategory, PlanStatus


@dataclass(frozen=True)
class PlanSearch:
    statuses: tuple[PlanStatus, ...] = ()
    bureaus: tuple[Bureau, ...] = ()
    prefectures: tuple[str, ...] = ()
    applied_from: date | None = None  # Japan dates, inclusive
    applied_to: date | None = None
    company_name: str | None = None  # part of the name
    corporate_number: str | None = None
    license_number: str | None = None
    job_categories: tuple[JobCategory, ...] = field(default=())
    nationalities: tuple[str, ...] = field(default=())


def _start_of(day: date) -> datetime:
    """The first moment of a Japan date, in UTC (the offset datetimes are stored in)."""
    return utc(datetime.combine(day, time.min, JST))


def search_plans(viewer: Viewer | None, search: PlanSearch) -> QuerySet[Plan]:
    plans = visible_plans(viewer)
    if search.statuses:
        plans = plans.filter(status__in=[s.value for s in search.statuses])
    if search.bureaus:
        plans = plans.filter(bureau__in=[b.value for b in search.bureaus])
    if search.prefectures:
        plans = plans.filter(head_office_prefecture__in=list(search.prefectures))
    if search.applied_from:
        plans = plans.filter(applied_at__gte=_start_of(search.applied_from))
    if search.applied_to:
        plans = plans.filter(applied_at__lt=_start_of(search.applied_to + timedelta(days=1)))
    if search.company_name:
        plans = plans.filter(company_name__icontains=search.company_name.strip())
    if search.corporate_number:
        plans = plans.filter(corporate_number=search.corporate_number.strip())
    if search.license_number:
        number = search.license_number.strip().lstrip("0") or "0"
        plans = plans.filter(id__in=Subquery(_subquery_license(number)))
    if search.job_categories or search.nationalities:
        workers = Q()
        if search.job_categories:
            workers &= Q(job_category__in=[c.value for c in search.job_categories])
        if search.nationalities:
            workers &= Q(nationality__in=[n.upper() for n in search.nationalities])
        plans = plans.filter(id__in=Subquery(Worker.filter(workers).values("plan_id")))
    return plans


def _subquery_license(number: str) -> QuerySet:
    return PlanLicense.filter(number__in=[number, number.zfill(6)]).values("plan_id")


def queue_page(plans: QuerySet[Plan], after: tuple[datetime, int] | None) -> QuerySet[Plan]:
    """The review queue after a position (keyset paging). Only plans in the queue: staff never
    see the ones without a queue time (drafts)."""
    plans = plans.filter(queued_at__isnull=False)
    if after is not None:
        queued_at, plan_id = after
        plans = plans.filter(Q(queued_at__gt=queued_at) | (Q(queued_at=queued_at) & Q(id__gt=plan_id)))
    return plans.order_by("queued_at", "id")
