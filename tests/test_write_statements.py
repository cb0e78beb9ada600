"""#28 goal 4: every write sends as many SQL statements for a plan of 2 workers as for one of 14 (no write
loops over the plan's workers or files statement by statement), on both databases."""

from __future__ import annotations

from pathlib import Path

from app.domain.changes.applications import apply_for_change, review_change_application
from app.domain.changes.notifications import file_change_notification
from app.domain.plans.draft import save_plan_draft, submit_plan
from app.domain.reports.acceptance import AcceptanceData, register_acceptance_report
from app.domain.review.moves import review_plan
from app.models import Worker
from app.models.enums import ChangeAction, EmploymentStatus, PlanAction, Role
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
