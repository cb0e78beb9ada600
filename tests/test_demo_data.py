"""`shuro seed-demo`: realistic data whose every history is a path the transition table allows."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from pathlib import Path

import httpx

from app.demo_data import replay, seed_demo
from app.domain import clock
from app.domain.clock import to_jst
from app.domain.review.transitions import PLAN_TRANSITIONS
from app.infra.storage import FolderStorage
from app.models import Attachment, ChangeApplication, CompanyAccount, Plan, PlanEvent, Worker
from app.models.enums import ChangeStatus, PlanAction, PlanStatus, Role
from tests.factories import staff_token
from tests.operations import run


async def test_seeded_histories_follow_the_transition_table(db: str, tmp_path: Path) -> None:
    summary = await seed_demo(150, FolderStorage(tmp_path / "uploads"))
    assert summary.companies == 150 and await CompanyAccount.filter(login_id__startswith="demo-0").count() == 150
    plans = await Plan.all()
    assert len(plans) == 150 and len({p.application_number for p in plans if p.application_number}) == sum(1 for p in plans if p.application_number)
    events: dict[int, list[PlanEvent]] = {}
    seeded_at = clock.now()
    assert await PlanEvent.filter(at__gt=seeded_at).count() == 0  # demo data holds no future (#14)
    assert await Plan.filter(applied_at__gt=seeded_at).count() == 0 and await Plan.filter(certified_at__gt=seeded_at).count() == 0
    for event in await PlanEvent.all().order_by("at", "id"):
        events.setdefault(event.plan_id, []).append(event)
    for plan in plans:
        status, accepted = PlanStatus.DRAFT, False
        for event in events.get(plan.id, []):
            if PlanAction(event.action) not in PLAN_TRANSITIONS:
                continue  # a change certified or notified: history, not a move of the plan table
            transition = PLAN_TRANSITIONS[PlanAction(event.action)]
            assert event.from_status == status and status in transition.sources, (plan.id, event.action, status)
            expected = (PlanStatus.UNDER_REVIEW if accepted else PlanStatus.APPLIED) if event.action == PlanAction.RESUBMIT else transition.target
            assert event.to_status == expected
            accepted = accepted or event.action == PlanAction.ACCEPT
            status = PlanStatus(event.to_status) if event.to_status else status  # 計画取消申請 keeps the state
        assert plan.status == status
        assert (plan.certificate_number is not None) == any(e.action == PlanAction.CERTIFY for e in events.get(plan.id, []))
        if plan.status not in (PlanStatus.DRAFT,):
            assert plan.application_number.startswith(to_jst(plan.applied_at).strftime("%Y%m%d"))
    assert set(Counter(p.status for p in plans)) == set(PlanStatus)  # every state appears
    workers = Counter(w.plan_id for w in await Worker.all())
    assert min(workers.values()) >= 1 and max(workers.values()) <= 6
    kanto = sum(1 for p in plans if p.bureau == "KANTO")
    assert 0.3 < kanto / len(plans) < 0.55
    changes = Counter(c.status for c in await ChangeApplication.all())
    assert set(changes) == set(ChangeStatus)  # change applications in every state (#12)
    assert await PlanEvent.filter(action="CHANGE_NOTIFIED").exists() and await PlanEvent.filter(action="CHANGE_CERTIFIED").exists()
    attachment = await Attachment.first()
    assert (tmp_path / "uploads" / attachment.storage_key[:2] / attachment.storage_key).read_bytes().startswith(b"%PDF-")


def test_replay_refuses_a_path_the_table_does_not_allow() -> None:
    import pytest

    assert replay([PlanAction.SUBMIT, PlanAction.ACCEPT])[-1] == (PlanStatus.APPLIED, PlanStatus.UNDER_REVIEW)
    with pytest.raises(ValueError):
        replay([PlanAction.SUBMIT, PlanAction.CERTIFY])


async def test_the_api_serves_seeded_data(client: httpx.AsyncClient, settings) -> None:
    await seed_demo(40, FolderStorage(settings.upload_dir))  # the app's lifespan has the database open
    _, mlit = await staff_token(Role.MLIT_STAFF)
    visible = await Plan.filter(status__not_in=["DRAFT", "WITHDRAWN", "REMANDED"]).count()
    assert (await run(client, "Plans", {"first": 5}, mlit))["plans"]["totalCount"] == visible
    rows = (await run(client, "PlanStatistics", {"groupBy": ["STATUS"]}, mlit))["planStatistics"]
    assert sum(r["plans"] for r in rows) == visible


async def test_seeded_cases_have_a_real_past(db: str, tmp_path: Path) -> None:
    """#26 item 13: change applications, reports and cancellations spread over the plans' certified
    lives (not all dated at seeding), touching several kinds of certificate item, with 計画取消申請
    pending for MLIT."""
    await seed_demo(300, FolderStorage(tmp_path / "uploads"))
    changes = await ChangeApplication.all()
    days = {clock.to_jst(c.queued_at).date() for c in changes if c.queued_at}
    assert len(days) >= len(changes) // 2 and min(days) < clock.today() - timedelta(days=30)
    fields = {row["field"].split(".")[-1] if row["field"].startswith("workers.") else row["field"] for c in changes for row in c.diff}
    assert len(fields) >= 4 and "representativeName" in fields
    for change in changes:
        plan = await Plan.get(id=change.plan_id)
        assert plan.certified_at is not None and change.queued_at >= plan.certified_at  # never before its plan was certified
    pending = await Plan.filter(status=PlanStatus.CERTIFIED, cancellation_requested_at__isnull=False)
    assert pending and all(p.cancellation_requested_at < clock.now() for p in pending)
