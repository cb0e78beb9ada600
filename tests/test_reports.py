"""Worker reports and how a plan ends through GraphQL (REQUIREMENTS D4–D6, DOMAIN §4.1–4.5, FAQ 34, 35,
43): every refusal changes nothing; the reminder and overdue mails go through SMTP on loopback with the
domain's clock moved by the test."""

from __future__ import annotations

from datetime import date, timedelta

import httpx
import pytest

from app.domain import clock as domain_clock
from app.domain.reports.reminders import queue_report_reminders
from app.infra.settings import Settings
from app.infra.smtp_sender import drain_outbox_once
from app.models import CompanyAccount, PlanEvent, Worker, WorkerReport
from app.models.enums import Bureau, PlanAction, Role
from tests.conftest import FrozenClock, Mailbox, snapshot
from tests.factories import staff_token
from tests.operations import run, run_raw
from tests.plan_builder import PDF
from tests.query_count import count_queries
from tests.test_changes import certified
from tests.uploads import upload_single

NOISE = ("auth_session", "login_failure", "rate_limit_event")
CARD = "AB12345678CD"


def today() -> date:
    return domain_clock.today()


async def my_workers(client: httpx.AsyncClient, token: str) -> list[dict]:
    return (await run(client, "MyPlanReports", {}, token))["myPlan"]["workers"]


async def my_plan(client: httpx.AsyncClient, token: str) -> dict:
    return (await run(client, "MyPlanReports", {}, token))["myPlan"]


def working(worker_id: str, **overrides: object) -> dict:
    data = {"workerId": worker_id, "employmentStatus": "WORKING", "residenceCardNumber": CARD, "ccusWorkerId": "0" * 14,
            "residenceExpiry": (today() + timedelta(days=365)).isoformat(), "landingDate": (today() - timedelta(days=10)).isoformat(),
            "workStartDate": (today() - timedelta(days=5)).isoformat(), "ccusCardMissingReason": "CCUSカードの交付待ちのため"}
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


async def register(client: httpx.AsyncClient, token: str, data: dict) -> dict:
    return (await run(client, "RegisterAcceptanceReport", {"input": data}, token))["registerAcceptanceReport"]


async def mutate(client: httpx.AsyncClient, token: str, name: str, data: dict) -> dict:
    return (await run(client, name, {"input": data}, token))[name[0].lower() + name[1:]]


async def test_certification_requires_an_acceptance_report_per_worker(client: httpx.AsyncClient, settings: Settings) -> None:
    token, plan = await certified(settings.upload_dir)
    workers = await my_workers(client, token)
    assert len(workers) == 2
    for worker in workers:
        report = worker["report"]
        assert worker["employmentStatus"] == "PLANNED" and worker["employmentStatusLabel"] == "受入前"
        assert (report["kind"], report["status"], report["statusLabel"]) == ("ACCEPTANCE", "REQUIRED", "要報告")
        assert report["availableActions"] == ["registerAcceptanceReport"] and report["overdue"] is False
    stored = {w.id: w.work_start for w in await Worker.filter(plan_id=plan.id)}
    assert sorted(w["report"]["dueOn"] for w in workers) == sorted(domain_clock.months_after(d).isoformat() for d in stored.values())


async def test_an_acceptance_report_is_registered_then_sent(client: httpx.AsyncClient, settings: Settings) -> None:
    token, plan = await certified(settings.upload_dir)
    worker = (await my_workers(client, token))[0]
    before = await snapshot(exclude=NOISE)
    cases = [
        (working(worker["id"], residenceCardNumber=None, landingDate=None), {"residenceCardNumber", "landingDate"}),
        (working(worker["id"], residenceCardNumber="A1234567BCD"), {"residenceCardNumber"}),
        (working(worker["id"], ccusWorkerId="123"), {"ccusWorkerId"}),
        (working(worker["id"], ccusWorkerId=None), {"ccusWorkerId"}),
        (working(worker["id"], landingDate=(today() + timedelta(days=1)).isoformat()), {"landingDate", "workStartDate"}),
        (working(worker["id"], ccusCardMissingReason=None), {"attachmentIds"}),
        ({**working(worker["id"]), "employmentStatus": "LEFT"}, {"employmentStatus"}),
        ({**working(worker["id"]), "workerId": "V29ya2VyOjk5OTk5"}, {"workerId"}),
    ]
    for data, fields in cases:
        result = await register(client, token, data)
        assert result["report"] is None and {e["field"] for e in result["errors"]} == fields, (data, result["errors"])
    assert await snapshot(exclude=NOISE) == before

    registered = await register(client, token, working(worker["id"], residenceCardNumber="ab１２３４５６７８cd"))
    assert registered["errors"] == []
    report = registered["report"]
    assert (report["status"], report["employmentStatus"], report["residenceCardNumber"]) == ("REGISTERED", "WORKING", CARD)
    assert report["availableActions"] == ["registerAcceptanceReport", "sendAcceptanceReport"]
    mine = await my_plan(client, token)
    flagged = next(w for w in mine["workers"] if w["id"] == worker["id"])
    assert flagged["employmentStatus"] == "WORKING" and flagged["hasUnsentReport"] is True  # FAQ 43: not done yet
    assert [r["id"] for r in mine["pendingReports"]] == [report["id"]]
    _, kanto = await staff_token(Role.BUREAU_STAFF, Bureau.KANTO)
    unsent = (await run(client, "PlansWithReports", {"filter": {"hasUnsentReports": True}}, kanto))["plans"]
    assert [e["node"]["pendingReports"][0]["id"] for e in unsent["edges"]] == [report["id"]]

    sent = await mutate(client, token, "SendAcceptanceReport", {"reportId": report["id"]})
    assert sent["errors"] == [] and sent["report"]["status"] == "REPORTED" and sent["report"]["availableActions"] == []
    assert (await my_plan(client, token))["pendingReports"] == []
    assert (await run(client, "PlansWithReports", {"filter": {"hasUnsentReports": True}}, kanto))["plans"]["totalCount"] == 0
    before = await snapshot(exclude=NOISE)
    again = await mutate(client, token, "SendAcceptanceReport", {"reportId": report["id"]})
    assert again["errors"][0]["code"] == "INVALID_STATE" and "報告済み" in again["errors"][0]["message"]
    late = await register(client, token, working(worker["id"]))
    assert late["errors"][0]["code"] == "INVALID_STATE"
    assert await snapshot(exclude=NOISE) == before
    actions = [e.action for e in await PlanEvent.filter(plan_id=plan.id).order_by("id")]
    assert actions[-2:] == [PlanAction.ACCEPTANCE_REGISTERED, PlanAction.ACCEPTANCE_REPORTED]


async def test_a_worker_who_never_came_is_reported_as_cancelled(client: httpx.AsyncClient, settings: Settings) -> None:
    """FAQ 35: 取下 through the acceptance report itself, with no landing or residence data."""
    token, _ = await certified(settings.upload_dir)
    worker = (await my_workers(client, token))[1]
    result = await register(client, token, {"workerId": worker["id"], "employmentStatus": "CANCELLED"})
    assert result["errors"] == [] and result["report"]["employmentStatus"] == "CANCELLED"
    assert result["report"]["residenceCardNumber"] is None
    assert (await mutate(client, token, "SendAcceptanceReport", {"reportId": result["report"]["id"]}))["report"]["status"] == "REPORTED"
    assert next(w for w in await my_workers(client, token) if w["id"] == worker["id"])["employmentStatus"] == "CANCELLED"


async def test_the_fourteen_zeros_are_replaced_by_a_change_notification(client: httpx.AsyncClient, settings: Settings) -> None:
    """FAQ 34 / D6: the report shows the worker's current CCUS worker ID."""
    token, _ = await certified(settings.upload_dir)
    worker = (await my_workers(client, token))[0]
    assert (await register(client, token, working(worker["id"])))["errors"] == []
    assert (await my_workers(client, token))[0]["ccusWorkerId"] == "0" * 14
    changes = {"workers": [{"id": worker["id"], "ccusWorkerId": "12345678901234"}]}
    assert (await run(client, "FileChangeNotification", {"input": {"changes": changes}}, token))["fileChangeNotification"]["errors"] == []
    again = (await my_workers(client, token))[0]
    assert again["ccusWorkerId"] == again["report"]["ccusWorkerId"] == "12345678901234"


async def test_the_ccus_card_copy_is_attached_to_the_report(client: httpx.AsyncClient, settings: Settings) -> None:
    token, plan = await certified(settings.upload_dir)
    worker = (await my_workers(client, token))[0]
    other = await upload_single(client, token, "REMARKS", "備考.pdf", PDF + b"remarks", staged=True)
    before = await snapshot(exclude=NOISE)
    wrong = await register(client, token, working(worker["id"], ccusCardMissingReason=None, attachmentIds=[other["attachment"]["id"]]))
    assert wrong["errors"][0]["field"] == "attachmentIds.0" and "CCUS" in wrong["errors"][0]["message"]
    assert await snapshot(exclude=NOISE) == before
    card = await upload_single(client, token, "CCUS_WORKER_ID_PROOF", "CCUSカード.pdf", PDF + b"card", worker_id=worker["id"], staged=True)
    result = await register(client, token, working(worker["id"], ccusCardMissingReason=None, attachmentIds=[card["attachment"]["id"]]))
    assert result["errors"] == []
    files = (await run(client, "MyPlanChangeApplications", {}, token))["myPlan"]["attachments"]
    assert card["attachment"]["id"] in {f["id"] for f in files}  # the copy is the plan's now


async def test_reminder_three_days_after_registration_and_overdue_once(
        client: httpx.AsyncClient, mail_settings: Settings, mailbox: Mailbox, clock: FrozenClock) -> None:
    token, plan = await certified(mail_settings.upload_dir)
    account = await CompanyAccount.get(id=plan.company_id)
    await drain_outbox_once(mail_settings)
    mailbox.messages.clear()
    first, second = await my_workers(client, token)
    assert (await register(client, token, working(first["id"])))["errors"] == []

    clock.advance(days=2, hours=23)
    assert await queue_report_reminders() == 0  # not yet three days
    clock.advance(hours=2)
    assert await queue_report_reminders() == 2  # the plan's e-mail and the account's
    await drain_outbox_once(mail_settings)
    assert {m["To"] for m in mailbox.messages} == {plan.email, account.email}
    body = mailbox.bodies_to(plan.email)[0]
    assert "「報告」" in body and first["name"] in body and second["name"] not in body
    assert await queue_report_reminders() == 0  # once
    mailbox.messages.clear()

    due = max(date.fromisoformat(w["report"]["dueOn"]) for w in (first, second))
    clock.now = clock.now.replace(year=due.year, month=due.month, day=due.day) + timedelta(days=1)
    assert await queue_report_reminders() == 2  # one mail per address, both overdue workers in it
    await drain_outbox_once(mail_settings)
    body = mailbox.bodies_to(account.email)[0]
    assert "期限" in body and first["name"] in body and second["name"] in body
    assert await queue_report_reminders() == 0
    _, mlit = await staff_token(Role.MLIT_STAFF)
    listed = (await run(client, "PlansWithReports", {"filter": {"hasOverdueReports": True}}, mlit))["plans"]
    assert listed["totalCount"] == 1 and all(r["overdue"] for r in listed["edges"][0]["node"]["pendingReports"])
    assert (await run(client, "PlansWithReports", {"filter": {"hasOverdueReports": False}}, mlit))["plans"]["totalCount"] == 0


async def test_retirement_transfer_and_discontinuation_are_filed(client: httpx.AsyncClient, settings: Settings) -> None:
    token, plan = await certified(settings.upload_dir)
    first, second = await my_workers(client, token)
    before = await snapshot(exclude=NOISE)
    refused = await mutate(client, token, "ReportRetirement", {"workerId": first["id"], "leftOn": today().isoformat()})
    assert refused["errors"][0]["code"] == "INVALID_STATE" and "受入前" in refused["errors"][0]["message"]  # not working yet
    assert await snapshot(exclude=NOISE) == before
    await register(client, token, working(first["id"]))
    await register(client, token, working(second["id"]))
    before = await snapshot(exclude=NOISE)
    future = await mutate(client, token, "ReportRetirement", {"workerId": first["id"], "leftOn": (today() + timedelta(days=1)).isoformat()})
    assert future["errors"][0]["field"] == "leftOn" and "未来" in future["errors"][0]["message"]
    no_text = await mutate(client, token, "ReportDiscontinuation",
                           {"workerId": first["id"], "occurredOn": today().isoformat(), "reason": "WORKER_MISSING", "description": "  "})
    assert no_text["errors"][0]["field"] == "description"
    assert await snapshot(exclude=NOISE) == before

    left = await mutate(client, token, "ReportRetirement", {"workerId": first["id"], "leftOn": today().isoformat()})
    assert left["errors"] == [] and (left["report"]["kind"], left["report"]["status"]) == ("RETIREMENT", "REPORTED")
    moved = await mutate(client, token, "ReportTransferToType2", {"workerId": second["id"], "transferredOn": today().isoformat()})
    assert moved["errors"] == []
    statuses = {w["id"]: w["employmentStatus"] for w in await my_workers(client, token)}
    assert statuses == {first["id"]: "LEFT", second["id"]: "TRANSFERRED_TO_TYPE2"}
    again = await mutate(client, token, "ReportDiscontinuation",
                         {"workerId": first["id"], "occurredOn": today().isoformat(), "reason": "WORKER_MISSING", "description": "連絡が取れない"})
    assert again["errors"][0]["code"] == "INVALID_STATE"  # 退職 already
    events = await PlanEvent.filter(plan_id=plan.id, action=PlanAction.RETIREMENT_REPORTED)
    assert events[0].changes[0] == {"field": f"workers.{(await Worker.filter(plan_id=plan.id).order_by('position').first()).id}.employmentStatus",
                                    "before": "WORKING", "after": "LEFT"}
    kinds = {w["id"]: [r["kind"] for r in w["reports"]] for w in await my_workers(client, token)}
    assert kinds[first["id"]] == ["ACCEPTANCE", "RETIREMENT"]


async def test_reemployment_is_reviewed_and_needs_a_new_acceptance_report(
        client: httpx.AsyncClient, mail_settings: Settings, mailbox: Mailbox) -> None:
    token, plan = await certified(mail_settings.upload_dir)
    worker = (await my_workers(client, token))[0]
    await register(client, token, working(worker["id"]))
    planned = today() + timedelta(days=40)
    data = {"workerId": worker["id"], "leftOn": (today() - timedelta(days=1)).isoformat(), "plannedOn": planned.isoformat(), "note": "一時帰国"}
    applied = await mutate(client, token, "ApplyForReemployment", data)
    assert applied["errors"] == []
    report = applied["report"]
    assert (report["kind"], report["reviewStatus"]) == ("REEMPLOYMENT", "APPLIED")
    assert (await my_workers(client, token))[0]["employmentStatus"] == "LEFT"  # 退職 from the filing on

    _, kinki = await staff_token(Role.BUREAU_STAFF, Bureau.KINKI)
    other_bureau = await mutate(client, kinki, "AcceptReemployment", {"reportId": report["id"]})
    assert other_bureau["errors"][0]["code"] == "NOT_FOUND"
    _, kanto = await staff_token(Role.BUREAU_STAFF, Bureau.KANTO)
    no_comment = await mutate(client, kanto, "RemandReemployment", {"reportId": report["id"]})
    assert no_comment["errors"][0]["field"] == "comment"
    remanded = await mutate(client, kanto, "RemandReemployment", {"reportId": report["id"], "comment": "退職日を確認してください"})
    assert remanded["report"]["reviewStatus"] == "REMANDED" and remanded["report"]["remandComment"] == "退職日を確認してください"
    resubmitted = await mutate(client, token, "ResubmitReemployment", {"reportId": report["id"]})
    assert resubmitted["report"]["reviewStatus"] == "APPLIED"
    await drain_outbox_once(mail_settings)
    mailbox.messages.clear()
    assert (await mutate(client, kanto, "AcceptReemployment", {"reportId": report["id"]}))["report"]["reviewStatus"] == "UNDER_REVIEW"
    certified_report = await mutate(client, kanto, "CertifyReemployment", {"reportId": report["id"]})
    assert certified_report["errors"] == [] and certified_report["report"]["reviewStatus"] == "CERTIFIED"
    again = (await my_workers(client, token))[0]
    assert again["employmentStatus"] == "PLANNED"
    assert (again["report"]["status"], again["report"]["dueOn"]) == ("REQUIRED", domain_clock.months_after(planned).isoformat())
    await drain_outbox_once(mail_settings)
    assert any("再雇用申請が認定" in body for body in mailbox.bodies_to(plan.email))


async def test_a_plan_ends_by_cancellation_and_a_new_plan_may_start(client: httpx.AsyncClient, settings: Settings) -> None:
    token, plan = await certified(settings.upload_dir)
    before = await snapshot(exclude=NOISE)
    empty = await mutate(client, token, "ApplyForPlanCancellation", {"reason": " "})
    assert empty["errors"][0]["field"] == "reason" and empty["errors"][0]["code"] == "REQUIRED" and "理由" in empty["errors"][0]["message"]
    assert await snapshot(exclude=NOISE) == before
    applied = await mutate(client, token, "ApplyForPlanCancellation", {"reason": "事業を廃止するため"})
    assert applied["plan"]["cancellationReason"] == "事業を廃止するため" and applied["plan"]["status"] == "CERTIFIED"
    assert "applyForPlanCancellation" not in applied["plan"]["availableActions"]  # one request at a time
    twice = await mutate(client, token, "ApplyForPlanCancellation", {"reason": "もう一度"})
    assert twice["errors"][0]["code"] == "INVALID_STATE"

    plan_id = applied["plan"]["id"]
    _, kanto = await staff_token(Role.BUREAU_STAFF, Bureau.KANTO)
    forbidden = await run_raw(client, "ApprovePlanCancellation", {"input": {"planId": plan_id}}, kanto)
    assert forbidden["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    _, mlit = await staff_token(Role.MLIT_STAFF)
    declined = await mutate(client, mlit, "DeclinePlanCancellation", {"planId": plan_id, "comment": "受入中の外国人がいるため"})
    assert declined["plan"]["status"] == "CERTIFIED" and declined["plan"]["cancellationRequestedAt"] is None
    assert (await mutate(client, token, "ApplyForPlanCancellation", {"reason": "外国人が全員退職したため"}))["errors"] == []
    approved = await mutate(client, mlit, "ApprovePlanCancellation", {"planId": plan_id})
    assert approved["errors"] == [] and approved["plan"]["status"] == "CANCELLED"
    fresh = (await run(client, "SavePlanDraft", {"input": {"companyName": "東京建設株式会社"}}, token))["savePlanDraft"]
    assert fresh["errors"] == [] and fresh["plan"]["id"] != plan_id and fresh["plan"]["status"] == "DRAFT"  # B1


async def test_statistics_group_workers_by_employment_status(client: httpx.AsyncClient, settings: Settings) -> None:
    token, _ = await certified(settings.upload_dir)
    first, second = await my_workers(client, token)
    await register(client, token, working(first["id"]))
    await register(client, token, {"workerId": second["id"], "employmentStatus": "CANCELLED"})
    _, analyst = await staff_token(Role.ANALYST)
    rows = (await run(client, "PlanStatistics", {"groupBy": ["EMPLOYMENT_STATUS"]}, analyst))["planStatistics"]
    assert {tuple(r["key"]): r["workers"] for r in rows} == {("CANCELLED",): 1, ("WORKING",): 1}
    masked = (await run(client, "PlansWithReports", {"filter": {"hasUnsentReports": True}}, analyst))["plans"]["totalCount"]
    assert masked == 1


async def test_an_analyst_reads_reports_with_personal_data_masked(client: httpx.AsyncClient, settings: Settings) -> None:
    token, plan = await certified(settings.upload_dir)
    worker = (await my_workers(client, token))[0]
    await register(client, token, working(worker["id"]))
    _, analyst = await staff_token(Role.ANALYST)
    plan_id = (await my_plan(client, token))["id"]
    seen = (await run(client, "PlanReports", {"id": plan_id}, analyst))["plan"]
    report = next(w for w in seen["workers"] if w["id"] == worker["id"])["report"]
    assert report["residenceCardNumber"] == "＊＊＊" and report["landingDate"] is None and report["availableActions"] == []
    assert await WorkerReport.filter(plan_id=plan.id, residence_card_number=CARD).exists()


async def test_reports_of_many_plans_load_in_a_constant_number_of_queries(
        api: httpx.AsyncClient, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """`pendingReports` of a page of plans and `reports` of every worker: one statement each, however many."""
    monkeypatch.setattr("app.domain.notices.service_status.STOPS_CACHE_SECONDS", 3600)
    _, mlit = await staff_token(Role.MLIT_STAFF)

    async def measure() -> int:
        await run(api, "PlansWithReports", {"first": 50}, mlit)
        with count_queries() as statements:
            await run(api, "PlansWithReports", {"first": 50}, mlit)
        return len(statements)

    token, _ = await certified(settings.upload_dir)
    await register(api, token, working((await my_workers(api, token))[0]["id"]))
    small = await measure()
    for n in range(6):
        other, _ = await certified(settings.upload_dir, prefecture=["11", "12", "14", "27", "13", "40"][n])
        await register(api, other, working((await my_workers(api, other))[0]["id"]))
    assert await measure() == small
