"""The rows of the CSV exports (F3): plans and their workers, in the viewer's scope, with
personal data masked for analysts, read in batches so memory stays flat."""

from __future__ import annotations

from collections.abc import AsyncIterator

from app.domain.catalogue import prefectures
from app.domain.clock import to_jst
from app.domain.plans.draft import effective_salary
from app.domain.plans.fields import BY_PATH
from app.domain.plans.search import PlanSearch, search_plans
from app.domain.viewer import Viewer
from app.domain.visibility import masked, plan_scope
from app.models import Plan, Worker
from app.models.enums import Bureau, EmploymentStatus, JobCategory, PlanStatus, Sex

BATCH = 1000


def _labels(*paths: str) -> list[str]:
    return [BY_PATH[path].label for path in paths]


# The described fields carry their one label (`plans.fields`); the others are the workflow's.
PLAN_HEADER = ["申請番号", "申請状態", *_labels("companyName", "corporateNumber"), "審査担当", *_labels("headOfficePrefecture"),
               "申請日時", "認定番号", "認定日時", "受入人数"]
WORKER_HEADER = ["申請番号", *_labels("companyName", "workers.name", "workers.nationality", "workers.birthDate", "workers.sex",
                                   "workers.jobCategory", "workers.workStart", "workers.workEnd", "workers.salaryAmount"),
                 "従事状況", *_labels("workers.ccusWorkerId")]


def _jst(moment: object) -> str:
    return to_jst(moment).strftime("%Y-%m-%d %H:%M") if moment else ""  # type: ignore[arg-type]


def _label(enum_type: type, value: object) -> str:
    return enum_type(value).label if value else ""


async def _plans_in_batches(viewer: Viewer, search: PlanSearch) -> AsyncIterator[list[Plan]]:
    last = 0
    while True:
        batch = await search_plans(viewer, search).filter(id__gt=last).order_by("id").limit(BATCH)
        if not batch:
            return
        yield batch
        last = batch[-1].id


async def count_plans(viewer: Viewer, search: PlanSearch) -> int:
    return await search_plans(viewer, search).count()


async def plan_rows(viewer: Viewer, search: PlanSearch) -> AsyncIterator[list[object]]:
    async for batch in _plans_in_batches(viewer, search):
        for p in batch:
            prefecture = prefectures().get(p.head_office_prefecture or "")
            yield [p.application_number, _label(PlanStatus, p.status), p.company_name, p.corporate_number,
                   _label(Bureau, p.bureau), prefecture.name if prefecture else "", _jst(p.applied_at),
                   p.certificate_number, _jst(p.certified_at), p.worker_count]


async def worker_rows(viewer: Viewer, search: PlanSearch) -> AsyncIterator[list[object]]:
    mask = plan_scope(viewer).mask_personal_data
    async for batch in _plans_in_batches(viewer, search):
        by_id = {p.id: p for p in batch}
        workers = Worker.filter(plan_id__in=list(by_id))
        if search.nationalities:  # worker-level filters pick the workers, not only their plans
            workers = workers.filter(nationality__in=[n.upper() for n in search.nationalities])
        if search.job_categories:
            workers = workers.filter(job_category__in=[c.value for c in search.job_categories])
        for w in await workers.order_by("plan_id", "position", "id"):
            p = by_id[w.plan_id]
            yield [p.application_number, p.company_name, masked(w.name, mask), w.nationality,
                   masked(w.birth_date, mask), _label(Sex, w.sex), _label(JobCategory, w.job_category),
                   w.work_start, w.work_end, effective_salary(p, w), _label(EmploymentStatus, w.employment_status),
                   masked(w.ccus_worker_id, mask)]
