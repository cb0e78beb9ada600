"""The edges of a plan's life found in the #23 audit, through GraphQL on both databases (REQUIREMENTS B10,
C8, D4, D9, DOMAIN §2.1, §5): each refusal leaves every table as it was."""

from __future__ import annotations

from datetime import timedelta

import httpx

from app.domain.accounts.authentication import log_in
from app.graphql.core.ids import encode_id
from app.infra.settings import Settings
from app.infra.smtp_sender import drain_outbox_once
from app.models import Attachment, ChangeApplication, ChangeEvent, CompanyAccount, Plan, PlanEvent, Worker, WorkerReport
from app.models.enums import ChangeAction, EmploymentStatus, PlanAction, ReportKind, Role
from tests.conftest import Mailbox, snapshot
from tests.factories import staff_token
from tests.operations import run
from tests.plan_builder import submitted_plan
from tests.test_changes import NOISE, apply, certified, review
from tests.test_reports import mutate, my_workers, register, today, working

PROXY = {"name": "行政 花子", "organization": "行政書士法人さくら", "email": "proxy@sakura.example.jp", "phone": "03-1111-2222",
         "has_power_of_attorney": True}


async def test_a_pending_change_application_ends_with_its_plan(client: httpx.AsyncClient, settings: Settings) -> None:
    token, plan = await certified(settings.upload_dir)
    change = (await apply(client, token, {"representativeName": "新 代表"}))["changeApplication"]
    _, mlit = await staff_token(Role.MLIT_STAFF)
    await review(client, mlit, "AcceptChangeApplication", change["id"])
    revoked = await mutate(client, mlit, "RevokePlan", {"planId": encode_id("Plan", plan.id), "comment": "報告義務違反のため"})
    assert revoked["errors"] == [] and revoked["plan"]["status"] == "REVOKED"
    row = await ChangeApplication.get(plan_id=plan.id)
    assert row.status == "WITHDRAWN"
    event = await ChangeEvent.filter(change_application_id=row.id).order_by("-id").first()
    assert event.action == ChangeAction.ENDED and "認定取消" in event.comment
    assert (await run(client, "ChangeApplications", {}, mlit))["changeApplications"]["totalCount"] == 0
    [refused] = (await review(client, mlit, "CertifyChangeApplication", change["id"]))["errors"]
    assert refused["code"] == "NOT_FOUND"
    mine = (await run(client, "MyPlanChangeApplications", {}, token))["myPlan"]["changeApplications"][0]
    assert mine["status"] == "WITHDRAWN" and mine["availableActions"] == []
    assert (await Plan.get(id=plan.id)).representative_name == plan.representative_name


async def test_an_approved_cancellation_ends_the_pending_change_too(client: httpx.AsyncClient, settings: Settings) -> None:
    token, plan = await certified(settings.upload_dir)
    await apply(client, token, {"representativeName": "新 代表"})
    assert (await mutate(client, token, "ApplyForPlanCancellation", {"reason": "事業を廃止するため"}))["errors"] == []
    _, mlit = await staff_token(Role.MLIT_STAFF)
    assert (await mutate(client, mlit, "ApprovePlanCancellation", {"planId": encode_id("Plan", plan.id)}))["errors"] == []
    row = await ChangeApplication.get(plan_id=plan.id)
    assert row.status == "WITHDRAWN"
    assert "計画取消" in (await ChangeEvent.filter(change_application_id=row.id, action=ChangeAction.ENDED).first()).comment


async def test_a_remanded_change_application_is_mailed(client: httpx.AsyncClient, mail_settings: Settings, mailbox: Mailbox) -> None:
    company_viewer, plan = await submitted_plan(mail_settings.upload_dir, proxy=PROXY)
    _, mlit = await staff_token(Role.MLIT_STAFF)
    for name in ("AcceptPlan", "CertifyPlan"):
        assert (await mutate(client, mlit, name, {"planId": encode_id("Plan", plan.id)}))["errors"] == []
    company = await CompanyAccount.get(id=company_viewer.company_id)
    token = (await log_in(company.login_id, "Companypass123", None)).token
    change = (await apply(client, token, {"representativeName": "新 代表"}))["changeApplication"]
    await drain_outbox_once(mail_settings)
    mailbox.messages.clear()
    await review(client, mlit, "RemandChangeApplication", change["id"], "就任を証する書類を添付してください。")
    await drain_outbox_once(mail_settings)
    assert {m["To"] for m in mailbox.messages} == {plan.email, company.email, PROXY["email"]}
    assert all("変更申請の差戻し" in m["Subject"] and "就任を証する書類" in m.get_content() for m in mailbox.messages)


async def test_a_remanded_reemployment_is_corrected_and_resubmitted(client: httpx.AsyncClient, settings: Settings) -> None:
    token, plan = await certified(settings.upload_dir)
    worker = (await my_workers(client, token))[0]
    await register(client, token, working(worker["id"]))
    data = {"workerId": worker["id"], "leftOn": (today() - timedelta(days=1)).isoformat(), "plannedOn": (today() + timedelta(days=40)).isoformat()}
    report = (await mutate(client, token, "ApplyForReemployment", data))["report"]
    edit = {"reportId": report["id"], "leftOn": (today() - timedelta(days=3)).isoformat(), "plannedOn": (today() + timedelta(days=50)).isoformat(),
            "note": "退職日を訂正"}
    [not_yet] = (await mutate(client, token, "EditReemployment", edit))["errors"]
    assert not_yet["code"] == "INVALID_STATE" and "申請中" in not_yet["message"]
    _, kanto = await staff_token(Role.BUREAU_STAFF, "KANTO")
    await mutate(client, kanto, "RemandReemployment", {"reportId": report["id"], "comment": "退職日を確認してください"})
    before = await snapshot(exclude=NOISE)
    bad = await mutate(client, token, "EditReemployment", {**edit, "plannedOn": edit["leftOn"]})
    assert bad["errors"][0]["field"] == "plannedOn" and await snapshot(exclude=NOISE) == before
    edited = await mutate(client, token, "EditReemployment", edit)
    assert edited["errors"] == [] and edited["report"]["reviewStatus"] == "REMANDED"
    assert (edited["report"]["eventOn"], edited["report"]["plannedOn"], edited["report"]["note"]) == (edit["leftOn"], edit["plannedOn"], "退職日を訂正")
    assert "resubmitReemployment" in edited["report"]["availableActions"]
    assert (await mutate(client, token, "ResubmitReemployment", {"reportId": report["id"]}))["report"]["reviewStatus"] == "APPLIED"
    assert await PlanEvent.filter(plan_id=plan.id, action=PlanAction.REEMPLOYMENT_EDITED).count() == 1


async def _actions_both_ways(client: httpx.AsyncClient, token: str) -> list[str]:
    """availableActions from the compiled read (MyPlan) and from graphql-core (a field it leaves to it); both must agree."""
    compiled = (await run(client, "MyPlan", {}, token))["myPlan"]["availableActions"]
    executed = (await run(client, "MyPlanReports", {}, token))["myPlan"]["availableActions"]
    assert compiled == executed
    return compiled


async def test_a_certified_plan_offers_the_company_its_menu(client: httpx.AsyncClient, settings: Settings) -> None:
    token, _plan = await certified(settings.upload_dir)
    actions = await _actions_both_ways(client, token)
    assert set(actions) == {"applyForPlanCancellation", "applyForChange", "fileChangeNotification", "registerAcceptanceReport",
                            "reportDiscontinuation"}
    first, _second = await my_workers(client, token)
    await register(client, token, working(first["id"]))
    actions = await _actions_both_ways(client, token)
    assert {"sendAcceptanceReport", "reportRetirement", "reportTransferToType2", "applyForReemployment"} <= set(actions)
    await apply(client, token, {"representativeName": "新 代表"})
    assert "applyForChange" not in await _actions_both_ways(client, token)  # one active application at a time


async def test_a_worker_who_will_never_start_closes_the_acceptance_report(client: httpx.AsyncClient, settings: Settings) -> None:
    token, plan = await certified(settings.upload_dir)
    first, _second = await my_workers(client, token)
    discontinued = await mutate(client, token, "ReportDiscontinuation", {
        "workerId": first["id"], "occurredOn": today().isoformat(), "reason": "WORKER_MISSING", "description": "入国前に辞退"})
    assert discontinued["errors"] == []
    worker = next(w for w in await my_workers(client, token) if w["id"] == first["id"])
    assert worker["employmentStatus"] == "DISCONTINUED" and worker["report"]["status"] == "CLOSED"
    assert worker["report"]["availableActions"] == [] and worker["report"]["overdue"] is False
    plan_reports = (await run(client, "MyPlanReports", {}, token))["myPlan"]
    assert first["id"] not in {r["workerId"] for r in plan_reports["pendingReports"]}
    event = await PlanEvent.get(plan_id=plan.id, action=PlanAction.DISCONTINUATION_REPORTED)
    assert {row["field"].rsplit(".", 1)[1] for row in event.changes} == {"employmentStatus", "acceptanceReport"}


async def test_a_worker_who_will_not_come_is_withdrawn_while_under_review(client: httpx.AsyncClient, settings: Settings) -> None:
    company_viewer, plan = await submitted_plan(settings.upload_dir, workers=3)
    company = await CompanyAccount.get(id=company_viewer.company_id)
    token = (await log_in(company.login_id, "Companypass123", None)).token
    workers = await Worker.filter(plan_id=plan.id).order_by("position")
    ids = [encode_id("Worker", w.id) for w in workers]
    assert "withdrawWorker" in await _actions_both_ways(client, token)
    before = await snapshot(exclude=NOISE)
    [no_reason] = (await mutate(client, token, "WithdrawWorker", {"workerId": ids[0], "reason": " "}))["errors"]
    assert no_reason["field"] == "reason" and no_reason["code"] == "REQUIRED"
    assert await snapshot(exclude=NOISE) == before
    withdrawn = await mutate(client, token, "WithdrawWorker", {"workerId": ids[0], "reason": "本人の都合により来日しないため"})
    assert withdrawn["errors"] == [] and withdrawn["plan"]["status"] == "APPLIED"
    assert [w["employmentStatus"] for w in withdrawn["plan"]["workers"]] == ["CANCELLED", "PLANNED", "PLANNED"]
    stored = await Plan.get(id=plan.id)
    assert (stored.company_name, stored.worker_count, stored.acceptance_start) == (plan.company_name, plan.worker_count, plan.acceptance_start)
    event = await PlanEvent.get(plan_id=plan.id, action=PlanAction.WORKER_WITHDRAWN)
    assert event.comment == "本人の都合により来日しないため" and event.changes[0]["after"] == "CANCELLED"
    [again] = (await mutate(client, token, "WithdrawWorker", {"workerId": ids[0], "reason": "重複"}))["errors"]
    assert again["code"] == "INVALID_STATE"
    assert (await mutate(client, token, "WithdrawWorker", {"workerId": ids[1], "reason": "辞退"}))["errors"] == []
    assert "withdrawWorker" not in await _actions_both_ways(client, token)
    before = await snapshot(exclude=NOISE)
    [last] = (await mutate(client, token, "WithdrawWorker", {"workerId": ids[2], "reason": "辞退"}))["errors"]
    assert last["code"] == "INVALID_STATE" and "最後の1人" in last["message"]
    assert await snapshot(exclude=NOISE) == before
    # The reviewer sees it, and certification asks acceptance reports of the worker still to come only.
    _, mlit = await staff_token(Role.MLIT_STAFF)
    seen = (await run(client, "PlanHistory", {"id": encode_id("Plan", plan.id)}, mlit))["plan"]["history"]
    assert any(e["action"] == "WORKER_WITHDRAWN" and e["comment"] == "辞退" and e["changes"][0]["afterText"] == "取下" for e in seen)
    for name in ("AcceptPlan", "CertifyPlan"):
        assert (await mutate(client, mlit, name, {"planId": encode_id("Plan", plan.id)}))["errors"] == []
    assert await WorkerReport.filter(plan_id=plan.id, kind=ReportKind.ACCEPTANCE).values_list("worker_id", flat=True) == [workers[2].id]


async def test_the_next_plan_starts_from_the_ended_one(client: httpx.AsyncClient, settings: Settings) -> None:
    token, plan = await certified(settings.upload_dir)
    [too_early] = (await mutate(client, token, "StartPlanFromPrevious", {"includeWorkers": True}))["errors"]
    assert too_early["code"] == "INVALID_STATE" and "認定済み" in too_early["message"]
    first, second = await my_workers(client, token)
    await register(client, token, working(first["id"]))
    await mutate(client, token, "ReportRetirement", {"workerId": first["id"], "leftOn": today().isoformat()})
    _, mlit = await staff_token(Role.MLIT_STAFF)
    await mutate(client, mlit, "RevokePlan", {"planId": encode_id("Plan", plan.id), "comment": "取消"})

    started = await mutate(client, token, "StartPlanFromPrevious", {"includeWorkers": True})
    assert started["errors"] == []
    draft = started["plan"]
    assert draft["id"] != encode_id("Plan", plan.id) and draft["status"] == "DRAFT"
    assert (draft["applicationNumber"], draft["certificateNumber"], draft["attachments"]) == (None, None, [])
    carried = {"companyName": plan.company_name, "corporateNumber": plan.corporate_number, "representativeName": plan.representative_name,
               "headOfficePrefecture": plan.head_office_prefecture, "phone": plan.phone, "email": plan.email,
               "ccusBusinessId": plan.ccus_business_id, "fullTimeStaffCount": plan.full_time_staff_count,
               "basicMonthlySalary": plan.basic_monthly_salary, "acceptanceStart": plan.acceptance_start.isoformat()}
    assert {key: draft[key] for key in carried} == carried
    assert draft["jacMembership"] == {"kind": plan.jac_kind.value, "organizationName": plan.jac_organization_name}
    assert draft["licenses"][0]["number"] == "123456" and draft["consents"] == {"declaration": False, "dataSharing": False}
    assert [w["name"] for w in draft["workers"]] == [second["name"]] and draft["workers"][0]["employmentStatus"] == "PLANNED"
    assert draft["workers"][0]["id"] != second["id"]
    new_plan = await Plan.filter(company_id=plan.company_id).order_by("-id").first()
    assert new_plan.id != plan.id and await Attachment.filter(plan_id=new_plan.id).count() == 0
    without = await mutate(client, token, "StartPlanFromPrevious", {"includeWorkers": False})
    assert without["errors"][0]["code"] == "INVALID_STATE"  # the draft is the current plan now (B1)
    assert await Worker.filter(plan_id=new_plan.id, employment_status=EmploymentStatus.PLANNED).count() == 1


async def test_a_remanded_reemployment_is_with_the_company_only(client: httpx.AsyncClient, settings: Settings) -> None:
    """#24.4, C4: like a remanded plan or change application, staff see a remanded 再雇用申請 nowhere."""
    from tests.admin_client import admin_login
    from tests.factories import make_staff

    token, plan = await certified(settings.upload_dir)
    worker = (await my_workers(client, token))[0]
    await register(client, token, working(worker["id"]))
    data = {"workerId": worker["id"], "leftOn": (today() - timedelta(days=1)).isoformat(), "plannedOn": (today() + timedelta(days=40)).isoformat()}
    report = (await mutate(client, token, "ApplyForReemployment", data))["report"]
    _, kanto = await staff_token(Role.BUREAU_STAFF, "KANTO")
    await mutate(client, kanto, "RemandReemployment", {"reportId": report["id"], "comment": "退職日を確認してください"})
    plan_id = encode_id("Plan", plan.id)
    mine = {r["id"] for w in await my_workers(client, token) for r in w["reports"]}
    assert report["id"] in mine  # the company still sees it, with the comment
    for role in (Role.BUREAU_STAFF, Role.MLIT_STAFF, Role.IMPLEMENTING_ORG, Role.ANALYST):
        _, staff_token_ = await staff_token(role, "KANTO" if role is Role.BUREAU_STAFF else None)
        seen = (await run(client, "PlanReports", {"id": plan_id}, staff_token_))["plan"]
        assert report["id"] not in {r["id"] for w in seen["workers"] for r in w["reports"]}, role
    [hidden] = (await mutate(client, kanto, "AcceptReemployment", {"reportId": report["id"]}))["errors"]
    assert hidden["code"] == "NOT_FOUND"
    row = await WorkerReport.get(kind=ReportKind.REEMPLOYMENT)
    for role in (Role.MLIT_STAFF, Role.ANALYST):
        staff_user = await make_staff(role, login_id=f"hidden-{role.value.lower()}")
        await admin_login(client, staff_user.login_id)
        assert (await client.get(f"/admin/worker-report/details/{row.id}")).status_code == 404, role
        listed = (await client.get("/admin/worker-report/list")).text
        assert f"/admin/worker-report/details/{row.id}\"" not in listed and f"details/{row.id}\"" not in listed
        client.cookies.clear()
    resubmitted = await mutate(client, token, "ResubmitReemployment", {"reportId": report["id"]})
    assert resubmitted["report"]["reviewStatus"] == "APPLIED"
    seen = (await run(client, "PlanReports", {"id": plan_id}, kanto))["plan"]
    assert report["id"] in {r["id"] for w in seen["workers"] for r in w["reports"]}


async def test_the_next_plan_without_workers_carries_no_period(client: httpx.AsyncClient, settings: Settings) -> None:
    """B10: not asked for, the workers stay behind, and with them the acceptance period they span (B6)."""
    company_viewer, plan = await submitted_plan(settings.upload_dir)
    _, mlit = await staff_token(Role.MLIT_STAFF)
    await mutate(client, mlit, "AcceptPlan", {"planId": encode_id("Plan", plan.id)})
    assert (await mutate(client, mlit, "RejectPlan", {"planId": encode_id("Plan", plan.id), "comment": "要件を満たさないため"}))["errors"] == []
    company = await CompanyAccount.get(id=company_viewer.company_id)
    token = (await log_in(company.login_id, "Companypass123", None)).token
    draft = (await mutate(client, token, "StartPlanFromPrevious", {"includeWorkers": False}))["plan"]
    assert draft["status"] == "DRAFT" and draft["workers"] == [] and draft["workerCount"] == 0
    assert (draft["acceptanceStart"], draft["acceptanceEnd"]) == (None, None)
    assert draft["companyName"] == plan.company_name and draft["basicMonthlySalary"] == plan.basic_monthly_salary
