"""The statistics cube (F3, issue #16): breakdowns added up from `plan_tally` answer exactly what
counting the plans and workers answers, for every grouping, staff role and filter the cube can
take, after a bulk load and after writes by the domain, the admin panel's SQLAlchemy session and
plain SQL; a request reads a constant number of statements however many plans there are."""

from __future__ import annotations

import itertools
import random
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import text

from admin import create_engine
from app.demo_data import seed_demo
from app.domain.plans import tally as tally_module
from app.domain.plans.draft import save_plan_draft
from app.domain.plans.search import PlanSearch
from app.domain.plans.statistics import PlanDimension, cells_of, counted_statistics, plan_statistics, plans_per, queue_total
from app.domain.plans.tally import rebuild_tally, refresh_tally
from app.domain.review.moves import review_plan
from app.domain.viewer import Viewer
from app.infra.settings import Settings
from app.infra.storage import FolderStorage
from app.models import Plan, PlanTally, PlanTallyChange, Worker
from app.models.enums import Bureau, JobCategory, PlanAction, PlanStatus, Role
from tests.plan_builder import company_viewer, complete_changes, staff, submitted_plan
from tests.query_count import count_queries

DIMENSIONS = list(PlanDimension)
GROUPINGS = [[], *([d] for d in DIMENSIONS), *(list(pair) for pair in itertools.combinations(DIMENSIONS, 2)),
             [PlanDimension.BUREAU, PlanDimension.NATIONALITY, PlanDimension.EMPLOYMENT_STATUS]]
CUBE_SEARCHES = [
    PlanSearch(),
    PlanSearch(statuses=(PlanStatus.CERTIFIED, PlanStatus.UNDER_REVIEW)),
    PlanSearch(bureaus=(Bureau.KANTO, Bureau.KINKI)),
    PlanSearch(prefectures=("13", "27", "01")),
    PlanSearch(applied_from=date(2026, 3, 1), applied_to=date(2026, 8, 31)),
]


async def viewers() -> list[Viewer]:
    return [await staff(Role.MLIT_STAFF), await staff(Role.BUREAU_STAFF, Bureau.KANTO), await staff(Role.ANALYST)]


async def assert_cube_answers_as_counting(people: list[Viewer]) -> None:
    for viewer, search, grouping in itertools.product(people, CUBE_SEARCHES, GROUPINGS):
        assert cells_of(viewer, search) is not None
        expected = await counted_statistics(viewer, search, grouping)
        assert await plan_statistics(viewer, search, grouping) == expected, (viewer.role, search, grouping)


async def assert_cells_as_rebuilt() -> None:
    def cells(rows: list[dict]) -> list[tuple]:
        return sorted(tuple(row.values()) for row in rows)

    columns = ("grain", "status", "bureau", "prefecture", "applied_month", "nationality", "job_category", "employment_status", "plans", "workers")
    await refresh_tally()
    kept = cells(await PlanTally.all().values(*columns))
    await rebuild_tally()
    assert kept == cells(await PlanTally.all().values(*columns))


async def test_the_cube_answers_as_counting_after_a_bulk_load_and_after_writes(db: str, settings: Settings) -> None:
    await seed_demo(120, FolderStorage(settings.upload_dir))  # every state, reports, change notifications
    assert await PlanTallyChange.all().count() == 0 and await PlanTally.all().count() > 0
    people = await viewers()
    await assert_cube_answers_as_counting(people)

    # The domain: a new plan submitted, accepted and certified; another remanded; a worker removed
    # and the head office moved by a draft save.
    mlit = await staff(Role.MLIT_STAFF)
    _, certified = await submitted_plan(settings.upload_dir, "27", workers=3, name="浪速建設株式会社")
    await review_plan(mlit, certified.id, PlanAction.ACCEPT)
    await review_plan(mlit, certified.id, PlanAction.CERTIFY)
    _, remanded = await submitted_plan(settings.upload_dir, "13", workers=2, name="江戸建設株式会社")
    await review_plan(mlit, remanded.id, PlanAction.ACCEPT)
    await review_plan(mlit, remanded.id, PlanAction.REMAND, "書類が不足しています。")
    drafting = await company_viewer("奥州建設株式会社")
    await save_plan_draft(drafting, complete_changes(workers=3, prefecture="04"))
    await save_plan_draft(drafting, complete_changes(workers=1, prefecture="01"))
    assert await PlanTallyChange.all().count() > 0
    await assert_cube_answers_as_counting(people)

    # The admin panel's own session (SQLAlchemy) and plain SQL write behind the domain's back.
    engine = create_engine(settings.database_url)
    try:
        async with engine.begin() as connection:
            await connection.execute(text("UPDATE worker SET nationality = 'TH', job_category = :category WHERE id IN "
                                          "(SELECT id FROM worker ORDER BY id LIMIT 7)"), {"category": JobCategory.LIFELINE.value})
    finally:
        await engine.dispose()
    a_plan = await Plan.filter(status=PlanStatus.CERTIFIED).order_by("id").first()
    await Plan._meta.db.execute_query(f"DELETE FROM worker WHERE id = {(await Worker.filter(plan_id=a_plan.id).first()).id}")
    await Plan.filter(id=a_plan.id).update(worker_count=a_plan.worker_count - 1)
    await assert_cube_answers_as_counting(people)
    await assert_cells_as_rebuilt()


async def test_searches_the_cube_cannot_tell_are_counted(db: str, settings: Settings) -> None:
    await submitted_plan(settings.upload_dir, "13", workers=2)
    mlit = await staff(Role.MLIT_STAFF)
    for search in (PlanSearch(company_name="東京"), PlanSearch(nationalities=("VN",)), PlanSearch(applied_from=date(2026, 11, 15)),
                   PlanSearch(applied_to=date(2026, 11, 29)), PlanSearch(has_overdue_reports=False)):
        assert cells_of(mlit, search) is None
        assert await plan_statistics(mlit, search, [PlanDimension.STATUS]) == await counted_statistics(mlit, search, [PlanDimension.STATUS])
    assert cells_of(await company_viewer(), PlanSearch()) is None
    everything = await plan_statistics(mlit, PlanSearch(company_name="東京"), [])
    assert (everything[0].plans, everything[0].workers) == (1, 2)


async def test_a_breakdown_reads_the_same_statements_however_many_plans(db: str, tmp_path: Path) -> None:
    mlit = await staff(Role.MLIT_STAFF)
    grouping = [PlanDimension.JOB_CATEGORY, PlanDimension.APPLIED_MONTH]

    async def statements() -> int:
        await plan_statistics(mlit, PlanSearch(), grouping)  # takes what the writes noted
        with count_queries() as sent:
            await plan_statistics(mlit, PlanSearch(), grouping)
        return len(sent)

    await seed_demo(10, FolderStorage(tmp_path / "uploads"))
    few = await statements()
    await seed_demo(60, FolderStorage(tmp_path / "uploads"))
    assert few == await statements() == 2  # is anything noted, and the cells


async def test_any_sequence_of_writes_keeps_the_cells_as_counting_them_anew(db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A property of the triggers and the refresh: whatever is written to plans and workers, in
    whatever order and however many rows a statement touches, the cells kept are the cells counted
    from scratch. Dates on the edges of months in Japan time (15:00 UTC) test the month a plan is in.
    A refresh counts its changed cells a few per statement here, so that several statements take them."""
    monkeypatch.setattr(tally_module, "CELLS_PER_STATEMENT", 3)
    await seed_demo(30, FolderStorage(tmp_path / "uploads"))
    rng = random.Random(16)
    mlit = await staff(Role.MLIT_STAFF)
    edges = [datetime(2026, 3, 31, 14, 59, 59, tzinfo=timezone.utc), datetime(2026, 3, 31, 15, 0, tzinfo=timezone.utc),
             datetime(2026, 12, 31, 15, 0, tzinfo=timezone.utc), datetime(2026, 2, 28, 15, 0, 0, 1, tzinfo=timezone.utc), None]

    async def some_plan() -> Plan:
        return rng.choice(await Plan.all().order_by("id"))

    async def some_workers(count: int) -> list[int]:
        ids = await Worker.all().order_by("id").values_list("id", flat=True)
        return rng.sample(list(ids), min(count, len(ids)))

    async def recount(plan_id: int) -> None:
        await Plan.filter(id=plan_id).update(worker_count=await Worker.filter(plan_id=plan_id).count())

    async def write() -> None:
        kind = rng.randrange(8)
        if kind == 0:
            await Worker.filter(id__in=await some_workers(rng.randint(1, 12))).update(nationality=rng.choice(["VN", "PH", "ID", None]))
        elif kind == 1:
            await Worker.filter(id__in=await some_workers(2)).update(job_category=rng.choice(list(JobCategory)),
                                                                      employment_status=rng.choice(["PLANNED", "WORKING", "LEFT"]))
        elif kind == 2:
            await Plan.filter(id=(await some_plan()).id).update(status=rng.choice(list(PlanStatus)))
        elif kind == 3:
            prefecture, bureau = rng.choice([("13", Bureau.KANTO), ("27", Bureau.KINKI), ("01", Bureau.HOKKAIDO), (None, None)])
            await Plan.filter(id=(await some_plan()).id).update(head_office_prefecture=prefecture, bureau=bureau)
        elif kind == 4:
            applied = rng.choice(edges)  # and queued then, as a submission does (never queued before it)
            await Plan.filter(id=(await some_plan()).id).update(applied_at=applied, queued_at=applied)
        elif kind == 5:
            plan = await some_plan()
            await Worker.create(plan_id=plan.id, name="NGUYEN VAN AN", nationality=rng.choice(["VN", "NP"]),
                                job_category=rng.choice(list(JobCategory)))
            await recount(plan.id)
        elif kind == 6:
            victims = await some_workers(1)
            plans = set(await Worker.filter(id__in=victims).values_list("plan_id", flat=True))
            await Worker.filter(id__in=victims).delete()
            for plan_id in plans:
                await recount(plan_id)
        else:
            moved, target = await some_workers(1), await some_plan()
            source = await Worker.get(id=moved[0]).values_list("plan_id", flat=True)
            await Worker.filter(id__in=moved).update(plan_id=target.id)
            await recount(source)
            await recount(target.id)

    for step in range(1, 121):
        for _ in range(rng.randint(1, 3)):
            await write()
        if step % 20 == 0:
            grouping = rng.choice(GROUPINGS)
            assert await plan_statistics(mlit, PlanSearch(), grouping) == await counted_statistics(mlit, PlanSearch(), grouping), grouping
    await assert_cube_answers_as_counting([mlit])
    await assert_cells_as_rebuilt()


async def test_a_plan_count_reads_one_nationality_and_one_job_category_from_the_cells(db: str) -> None:
    """#28: the queue's totalCount for one nationality or job category adds up worker-keyed cells (each
    plan once per cell); a breakdown may not, its workers would be only those with the attribute, nor
    a count of two values, a plan with both would be counted twice. The differential test in
    test_compiled_reads compares the numbers with counting."""
    mlit = await staff(Role.MLIT_STAFF)
    one = PlanSearch(nationalities=("vn",), job_categories=(JobCategory.CIVIL,))
    assert cells_of(mlit, one) is None
    cells = cells_of(mlit, one, plans_only=True)
    assert cells is not None and cells.workers == (("nationality", "VN"), ("job_category", "CIVIL"))
    assert cells_of(mlit, PlanSearch(nationalities=("VN", "PH")), plans_only=True) is None
    assert cells_of(mlit, PlanSearch(nationalities=("VN",), company_name="東和"), plans_only=True) is None


async def test_the_admin_queue_counts_read_the_cells_while_they_are_current(db: str, settings: Settings) -> None:
    """#28: the review queue's total and its charts per state and bureau come from the cube's cells
    while nothing waits to be counted, and are counted from the plans while a write waits: the same
    numbers either way, for each staff role and search (states, a prefecture, a nationality)."""
    await seed_demo(60, FolderStorage(settings.upload_dir))
    waiting = (PlanStatus.APPLIED, PlanStatus.UNDER_REVIEW)
    searches = [PlanSearch(), PlanSearch(statuses=waiting), PlanSearch(prefectures=("13",)), PlanSearch(nationalities=("VN",))]

    async def counts() -> list[object]:
        return [(await queue_total(viewer, search), await plans_per(viewer, search, PlanDimension.STATUS),
                 await plans_per(viewer, search, PlanDimension.BUREAU)) for viewer in await viewers() for search in searches]

    await refresh_tally()
    with count_queries() as statements:
        from_cells = await counts()
    assert not any('FROM "plan" ' in s and "GROUP BY" in s for s in statements), statements  # the cells, not the plans
    assert any(total for total, _, _ in from_cells)
    plan = await Plan.filter(status=PlanStatus.UNDER_REVIEW).order_by("id").first()
    assert plan is not None
    await Plan.filter(id=plan.id).update(status=PlanStatus.APPLIED)  # a write the cube has not counted yet
    counted = await counts()
    await refresh_tally()
    assert await counts() == counted != from_cells
