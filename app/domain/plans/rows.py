"""A plan's licences and workers, read by every check of a whole plan and by every plan payload: one
statement each, kept per number of plans (#28)."""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.statement_templates import KeptQueries
from app.models import PlanLicense, Worker

KEPT = KeptQueries()


async def licenses_of(plan_ids: Sequence[int]) -> list[PlanLicense]:
    return await KEPT.rows(PlanLicense, "licenses", lambda *ids: PlanLicense.filter(plan_id__in=ids).order_by("position", "id"), *plan_ids)


async def workers_of(plan_ids: Sequence[int]) -> list[Worker]:
    return await KEPT.rows(Worker, "workers", lambda *ids: Worker.filter(plan_id__in=ids).order_by("position", "id"), *plan_ids)
