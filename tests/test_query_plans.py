"""The hot queries are served by indexes on both databases (issue #7)."""

from __future__ import annotations

import pytest
from tortoise import connections
from tortoise.transactions import in_transaction

from app.domain.plans.search import PlanSearch, queue_page, search_plans
from app.models import Plan, Worker
from app.models.enums import Bureau, PlanStatus, Role
from tests.plan_builder import staff

HOT = {
    "review queue": lambda viewer: queue_page(search_plans(viewer, PlanSearch()), None).limit(51),
    "status filter": lambda viewer: search_plans(viewer, PlanSearch(statuses=(PlanStatus.CERTIFIED,))),
    "prefecture filter": lambda viewer: search_plans(viewer, PlanSearch(prefectures=("13",))),
    "corporate number": lambda viewer: search_plans(viewer, PlanSearch(corporate_number="1234567890123")),
    "workers of plans": lambda viewer: Worker.filter(plan_id__in=[1, 2, 3]),
    "company's plan": lambda viewer: Plan.filter(company_id=1).order_by("-id").limit(1),
}


async def _plan_text(dialect: str, sql: str) -> str:
    client = connections.get(dialect)
    if dialect == "sqlite":
        _, rows = await client.execute_query("EXPLAIN QUERY PLAN " + sql)
        return " | ".join(str(r["detail"]) for r in rows)
    async with in_transaction(dialect) as connection:  # one connection for both statements
        await connection.execute_script("SET LOCAL enable_seqscan = off")  # tiny tables: can an index serve it?
        _, rows = await connection.execute_query("EXPLAIN " + sql)
    return " | ".join(r["QUERY PLAN"] for r in rows)


@pytest.mark.parametrize("name", list(HOT))
async def test_hot_queries_use_an_index(db: str, dialect: str, name: str) -> None:
    viewer = await staff(Role.BUREAU_STAFF, Bureau.KANTO)
    sql = HOT[name](viewer).sql(params_inline=True)
    text = await _plan_text(dialect, sql)
    assert "INDEX" in text.upper(), (name, text)
    if dialect == "sqlite":
        assert "SCAN plan" not in text or "USING INDEX" in text, text
