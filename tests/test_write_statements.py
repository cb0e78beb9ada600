"""#28 goal 4: every write sends as many SQL statements for a plan of 2 workers as for one of 14 (no write
loops over the plan's workers or files statement by statement), on both databases."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.domain.changes.applications import apply_for_change, review_change_application
from app.domain.changes.notifications import file_change_notification
from app.domain.plans import draft
from app.domain.plans.draft import save_plan_draft, submit_plan
from app.domain.plans.rows import KEPT as PLAN_ROWS
from app.domain.reports.acceptance import AcceptanceData, register_acceptance_report
from app.domain.review.moves import review_plan
from app.graphql.core import loaders
from app.infra.database import nothing_to_reset
from app.models import Attachment, CompanyAccount, Plan, PlanEvent, PlanLicense, Worker
from app.models.enums import ChangeAction, EmploymentStatus, PlanAction, Role
from tests.factories import make_company
from tests.plan_builder import attach_required, company_viewer, complete_changes, staff
from tests.query_count import count_queries


async def _statements(upload_dir: Path, workers: int) -> dict[str, int]:
    """Statements per write for a plan with this many workers."""
    counts: dict[str, int] = {}
    mlit = await staff(Role.MLIT_STAFF)
    remanded, certified = await company_viewer(f"差戻{workers}建設株式会社"), await company_viewer(f"認定{workers}建設株式会社")
    plans = {}
    for company in (remanded, certified):
        await save_plan_draft(company, complete_changes(workers))
        await attach_required(company, upload_dir)
        with count_queries() as statements:
            plans[company.company_id] = await submit_plan(company)
        counts["submit"] = len(statements)
    with count_queries() as statements:
        await review_plan(mlit, plans[remanded.company_id].id, PlanAction.REMAND, "添付書類を確認してください。")
    counts["remand"] = len(statements)
    plan = plans[certified.company_id]
    for action, name in ((PlanAction.ACCEPT, "accept"), (PlanAction.CERTIFY, "certify")):
        with count_queries() as statements:
            await review_plan(mlit, plan.id, action, "")
        counts[name] = len(statements)
    with count_queries() as statements:
        change = await apply_for_change(certified, {"representative_name": "新 代表"})
    counts["applyForChange"] = len(statements)
    await review_change_application(mlit, change.id, ChangeAction.ACCEPT)
    with count_queries() as statements:
        await review_change_application(mlit, change.id, ChangeAction.CERTIFY)
    counts["certifyChangeApplication"] = len(statements)
    with count_queries() as statements:
        await file_change_notification(certified, {"phone": "03-1111-2222"})
    counts["fileChangeNotification"] = len(statements)
    worker = await Worker.filter(plan_id=plan.id).order_by("position").first()
    assert worker is not None
    with count_queries() as statements:
        await register_acceptance_report(certified, worker.id, AcceptanceData(EmploymentStatus.CANCELLED))
    counts["registerAcceptanceReport"] = len(statements)
    return counts


async def test_writes_send_as_many_statements_however_large_the_plan(db: str, tmp_path: Path) -> None:
    small = await _statements(tmp_path / "small", 2)
    large = await _statements(tmp_path / "large", 14)
    assert small == large, {name: (small[name], large[name]) for name in small if small[name] != large[name]}
    assert all(count > 0 for count in small.values()), small  # the counter saw each write
    # The reads every write repeats are filled-in kept statements, not built per request.
    assert draft.KEPT.kept(Plan, "current plan", 1)
    assert PLAN_ROWS.kept(PlanLicense, "licenses", 1) and PLAN_ROWS.kept(Worker, "workers", 1)


async def test_the_kept_relations_of_a_payload_read_what_tortoise_reads(db: str, tmp_path: Path) -> None:
    """The loaders' kept statements (#28) against the same Tortoise queries, for one plan and for two."""
    plan_ids = []
    for name in ("関係一建設株式会社", "関係二建設株式会社"):
        company = await company_viewer(name)
        await save_plan_draft(company, complete_changes(3))
        await attach_required(company, tmp_path)
        plan_ids.append((await submit_plan(company)).id)
    for ids in (plan_ids[:1], plan_ids, plan_ids[::-1]):
        relations = {
            "licenses": (await loaders._licenses(ids), PlanLicense.filter(plan_id__in=ids).order_by("position", "id"), PlanLicense),
            "workers": (await loaders._workers(ids), Worker.filter(plan_id__in=ids).order_by("position", "id"), Worker),
            "attachments": (await loaders._attachments(ids), Attachment.filter(plan_id__in=ids, staged=False).order_by("id"), Attachment),
            "events": (await loaders._events(ids), PlanEvent.filter(plan_id__in=ids).order_by("at", "id"), PlanEvent),
        }
        for name, (kept, query, model) in relations.items():
            expected = {i: [row.__dict__ for row in await query if row.plan_id == i] for i in ids}
            assert {i: [row.__dict__ for row in rows] for i, rows in zip(ids, kept)} == expected, name
            assert all(expected.values()), name
            assert (PLAN_ROWS if name in ("licenses", "workers") else loaders.KEPT).kept(model, name, len(ids)), name


async def _as_stored(row: Any) -> None:
    """The row a write returns is the row in the database (#28: a move sets what it wrote instead of reading again)."""
    stored = await type(row).get(id=row.id)
    names = list(row._meta.fields_db_projection)
    assert {n: getattr(row, n) for n in names} == {n: getattr(stored, n) for n in names}, type(row).__name__


async def test_what_a_move_returns_is_what_it_stored(db: str, tmp_path: Path) -> None:
    mlit = await staff(Role.MLIT_STAFF)
    certified, remanded = await company_viewer("照合認定建設株式会社"), await company_viewer("照合差戻建設株式会社")
    plans = {}
    for company in (certified, remanded):
        await save_plan_draft(company, complete_changes(2))
        await attach_required(company, tmp_path)
        plans[company.company_id] = await submit_plan(company)
        await _as_stored(plans[company.company_id])
    await _as_stored(await review_plan(mlit, plans[remanded.company_id].id, PlanAction.REMAND, "添付書類を確認してください。"))
    plan = plans[certified.company_id]
    for action in (PlanAction.ACCEPT, PlanAction.CERTIFY):
        plan = await review_plan(mlit, plan.id, action, "")
        await _as_stored(plan)
    assert plan.certificate_number and plan.application_number
    change = await apply_for_change(certified, {"representative_name": "新 代表"})
    await _as_stored(change)
    for change_action in (ChangeAction.ACCEPT, ChangeAction.CERTIFY):
        change = await review_change_application(mlit, change.id, change_action)
        await _as_stored(change)
    await _as_stored(await file_change_notification(certified, {"phone": "03-1111-2222"}))


async def test_a_pooled_connection_comes_back_without_a_reset_round_trip_and_without_its_transaction(db: str, dialect: str) -> None:
    """Tortoise's PostgreSQL pool skips asyncpg's reset query after every statement (#28); what matters of
    it still holds: a transaction a connection was released in is rolled back."""
    if dialect == "sqlite":
        pytest.skip("SQLite has no pool")
    await make_company("株式会社プール建設")
    client = CompanyAccount._meta.db
    assert client._pool._reset is nothing_to_reset
    async with client._pool.acquire() as connection:
        transaction = connection.transaction()
        await transaction.start()
        assert await connection.execute("UPDATE company_account SET company_name = 'rolled back'") != "UPDATE 0"
    assert not await CompanyAccount.filter(company_name="rolled back").exists()
    assert await CompanyAccount.filter(company_name="株式会社プール建設").exists()
    async with client._pool.acquire() as connection:
        assert not connection.is_in_transaction()
