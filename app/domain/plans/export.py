"""The CSV exports (F3): their columns, and how many plans an export holds. The rows are written by one SQL
statement per export (`app.http.export_statements`, #28): the plans and workers in the viewer's scope,
labels for codes, personal data masked for analysts."""

from __future__ import annotations

from app.domain.plans.fields import BY_PATH
from app.domain.plans.search import PlanSearch, search_plans
from app.domain.viewer import Viewer


def _labels(*paths: str) -> list[str]:
    return [BY_PATH[path].label for path in paths]


# The described fields carry their one label (`plans.fields`); the others are the workflow's.
PLAN_HEADER = ["申請番号", "申請状態", *_labels("companyName", "corporateNumber"), "審査担当", *_labels("headOfficePrefecture"),
               "申請日時", "認定番号", "認定日時", "受入人数"]
WORKER_HEADER = ["申請番号", *_labels("companyName", "workers.name", "workers.nationality", "workers.birthDate", "workers.sex",
                                   "workers.jobCategory", "workers.workStart", "workers.workEnd", "workers.salaryAmount"),
                 "従事状況", *_labels("workers.ccusWorkerId")]


async def count_plans(viewer: Viewer, search: PlanSearch) -> int:
    return await search_plans(viewer, search).count()
