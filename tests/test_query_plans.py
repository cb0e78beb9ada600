"""The hot queries are served by indexes on both databases (issue #7)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from tortoise import connections
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from app.demo_data import seed_demo
from app.domain.clock import to_jst
from app.domain.plans.search import PlanSearch, queue_page, search_plans
from app.infra.database import refresh_planner_statistics
from app.infra.settings import Settings
from app.infra.storage import FolderStorage
from app.models import Plan, Worker
from app.models.conditions import name_may_contain
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


async def test_a_part_of_the_company_name_is_looked_up_by_its_two_character_pieces(db: str, dialect: str, settings: Settings) -> None:
    """#28: a part of two or more characters is looked up by its two-character pieces (migration 15: a
    GIN index on PostgreSQL, a table kept by triggers on SQLite), then each candidate is checked. What
    is found is exactly what reading every name finds, after names are written and changed."""
    await seed_demo(30, FolderStorage(settings.upload_dir))
    viewer = await staff(Role.MLIT_STAFF)
    sql = search_plans(viewer, PlanSearch(company_name="東和建")).sql(params_inline=True)
    index = "idx_plan_company_name_bigrams" if dialect == "postgres" else "plan_name_piece"
    assert index in await _plan_text(dialect, sql)
    assert "bigrams" not in search_plans(viewer, PlanSearch(company_name="和")).sql() and "piece" not in search_plans(viewer, PlanSearch(company_name="和")).sql()

    renamed = await search_plans(viewer, PlanSearch()).filter(company_name__isnull=False).order_by("id").first()
    assert renamed is not None
    await Plan.filter(id=renamed.id).update(company_name="株式会社Ａｂｃ東和建設 Kyoto")
    now = datetime.now(timezone.utc)
    await Plan.create(company_id=renamed.company_id, status=PlanStatus.APPLIED, company_name="東和kyoto工業", applied_at=now, queued_at=now)

    async def found_as_by_reading(part: str) -> set[int]:
        every = await search_plans(viewer, PlanSearch()).values("id", "company_name")
        expected = {p["id"] for p in every if part.upper() in (p["company_name"] or "").upper()}
        assert {p.id for p in await search_plans(viewer, PlanSearch(company_name=part))} == expected, part
        return expected

    for part in ("東和", "和", "建設", "株式会社", "KYOTO", "kyoto", "Ａｂｃ", "和建設 K"):
        assert await found_as_by_reading(part), part
    assert not await found_as_by_reading("無い名前")
    await Plan.filter(id=renamed.id).update(company_name="改名建設株式会社")  # the old pieces go with the old name
    assert not await found_as_by_reading("Ａｂｃ")
    assert await found_as_by_reading("改名建") == {renamed.id}


async def test_an_application_date_search_finds_resubmitted_plans_too(db: str, settings: Settings) -> None:
    """#28: the search by application dates also bounds the queue time (never earlier than the
    application, a constraint of the database), so the queue's index starts at the date: the plans found
    are exactly those applied for on the dates, resubmitted ones (a later queue time) included."""
    await seed_demo(40, FolderStorage(settings.upload_dir))
    viewer = await staff(Role.MLIT_STAFF)
    plans = await search_plans(viewer, PlanSearch()).values("id", "applied_at", "queued_at")
    resubmitted = [p for p in plans if p["applied_at"] is not None and p["queued_at"] > p["applied_at"]]
    assert resubmitted
    day = to_jst(resubmitted[0]["applied_at"]).date()
    for first, last in ((day, day), (day - timedelta(days=30), day + timedelta(days=30)), (day, None), (None, day)):
        search = PlanSearch(applied_from=first, applied_to=last)
        expected = {p["id"] for p in plans
                    if p["applied_at"] is not None and (first or date.min) <= to_jst(p["applied_at"]).date() <= (last or date.max)}
        assert resubmitted[0]["id"] in expected
        assert {p.id for p in await search_plans(viewer, search)} == expected, search
    # What the bound rests on holds in the database, whoever writes (migration 15).
    with pytest.raises(IntegrityError):
        await Plan.filter(id=resubmitted[0]["id"]).update(queued_at=resubmitted[0]["applied_at"] - timedelta(seconds=1))
    with pytest.raises(IntegrityError):
        await Plan.filter(id=resubmitted[0]["id"]).update(applied_at=resubmitted[0]["queued_at"] + timedelta(seconds=1))


async def test_a_migration_leaves_the_planner_statistics_current(db: str, dialect: str, settings: Settings) -> None:
    """#28: after a migration the planner's statistics cover its new indexes. SQLite's exist only once
    ANALYZE ran (never on a fresh database) and were never refreshed: an index added later looked
    cheaper than it is. PostgreSQL gathers an expression index's statistics at the next analysis."""
    client = connections.get(dialect)
    if dialect == "sqlite":
        await refresh_planner_statistics(dialect)
        assert not (await client.execute_query("SELECT count(*) AS n FROM sqlite_master WHERE name = 'sqlite_stat1'"))[1][0]["n"]
        await seed_demo(3, FolderStorage(settings.upload_dir))
        await client.execute_script("ANALYZE")
        await client.execute_script("DELETE FROM sqlite_stat1 WHERE idx = 'idx_plan_status_7c975d'")  # as if added after it
        await refresh_planner_statistics(dialect)
        _, rows = await client.execute_query("SELECT idx FROM sqlite_stat1 WHERE tbl = 'plan'")
        assert "idx_plan_status_7c975d" in {row["idx"] for row in rows}
    else:
        await client.execute_script("SELECT pg_stat_reset()")
        await refresh_planner_statistics(dialect)
        _, rows = await client.execute_query("SELECT last_analyze FROM pg_stat_user_tables WHERE relname = 'plan'")
        assert rows[0]["last_analyze"] is not None


def test_a_part_with_a_cased_letter_beyond_ascii_reads_every_name_on_sqlite() -> None:
    """SQLite's pieces are made from `upper`, which builds with ICU apply beyond ASCII: a part with such
    a letter (Ａ, Ω, ß) is not looked up by pieces there, only read; Japanese and ASCII parts are."""
    assert name_may_contain("東和", "sqlite") is not None and name_may_contain("kyoto", "sqlite") is not None
    assert all(name_may_contain(part, "sqlite") is None for part in ("Ａｂｃ", "Ωメガ", "straße", "和"))
    assert name_may_contain("Ａｂｃ", "postgres") is not None  # PostgreSQL capitalises both sides itself
