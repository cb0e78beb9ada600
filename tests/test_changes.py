"""Changes after certification through GraphQL (REQUIREMENTS D1–D3, FAQ 7, 22, 33, 38, 39, 41): every
refusal changes nothing."""

from __future__ import annotations

import httpx

from app.domain.accounts.sessions import viewer_of_company
from app.domain.review.moves import review_plan
from app.graphql.core.ids import encode_id
from app.infra.settings import Settings
from app.infra.smtp_sender import drain_outbox_once
from app.models import ChangeApplication, CompanyAccount, Plan, PlanEvent, Worker
from app.models.enums import Bureau, PlanAction, Role
from tests.conftest import Mailbox, snapshot
from tests.factories import staff_token
from tests.operations import run, run_raw
from tests.plan_builder import staff, submitted_plan

NOISE = ("auth_session", "login_failure", "rate_limit_event")


async def certified(upload_dir, prefecture: str = "13") -> tuple[str, Plan]:
    """A certified plan and its company's API token."""
    from app.domain.accounts.authentication import log_in

    company_viewer, plan = await submitted_plan(upload_dir, prefecture=prefecture)
    reviewer = await staff(Role.MLIT_STAFF)
    await review_plan(reviewer, plan.id, PlanAction.ACCEPT, "")
    await review_plan(reviewer, plan.id, PlanAction.CERTIFY, "")
    company = await CompanyAccount.get(id=company_viewer.company_id)
    return (await log_in(company.login_id, "Companypass123", None)).token, await Plan.get(id=plan.id)


async def apply(client: httpx.AsyncClient, token: str, changes: dict) -> dict:
    return (await run(client, "ApplyForChange", {"input": {"changes": changes}}, token))["applyForChange"]


async def review(client: httpx.AsyncClient, token: str, name: str, change_id: str, comment: str = "", version: int | None = None) -> dict:
    data = {"changeApplicationId": change_id, "comment": comment, **({"expectedVersion": version} if version else {})}
    return (await run(client, name, {"input": data}, token))[name[0].lower() + name[1:]]


async def test_a_change_application_is_filed_reviewed_and_applied(client: httpx.AsyncClient, settings: Settings) -> None:
    token, plan = await certified(settings.upload_dir)
    worker = await Worker.filter(plan_id=plan.id).order_by("position").first()
    workers = [{"id": encode_id("Worker", w.id)} for w in await Worker.filter(plan_id=plan.id).order_by("position")]
    workers[0]["salaryMode"], workers[0]["salaryAmount"] = "DIFFERENT", 400_000
    filed = await apply(client, token, {"companyName": "新商号建設株式会社", "representativeName": "新 代表", "workers": workers})
    assert filed["errors"] == []
    change = filed["changeApplication"]
    assert change["status"] == "APPLIED" and change["availableActions"] == ["withdrawChangeApplication"]
    diff = {row["field"]: (row["before"], row["after"]) for row in change["diff"]}
    assert diff["companyName"] == (plan.company_name, "新商号建設株式会社")
    assert diff[f"workers.{worker.id}.salaryAmount"] == (None, "400000")
    # Nothing reaches the plan before certification.
    assert (await Plan.get(id=plan.id)).company_name == plan.company_name

    _, kanto = await staff_token(Role.BUREAU_STAFF, Bureau.KANTO)
    listed = (await run(client, "ChangeApplications", {}, kanto))["changeApplications"]
    assert listed["totalCount"] == 1 and listed["edges"][0]["node"]["id"] == change["id"]
    accepted = await review(client, kanto, "AcceptChangeApplication", change["id"], "受理します")
    assert accepted["changeApplication"]["status"] == "UNDER_REVIEW"
    certified_change = await review(client, kanto, "CertifyChangeApplication", change["id"], "認定")
    assert certified_change["errors"] == [] and certified_change["changeApplication"]["status"] == "CERTIFIED"
    # The changes are the plan's now, with history and the diff as it was filed.
    stored = await Plan.get(id=plan.id)
    assert stored.company_name == "新商号建設株式会社" and stored.version == plan.version + 1
    assert (await Worker.get(id=worker.id)).salary_amount == 400_000
    event = await PlanEvent.get(plan_id=plan.id, action=PlanAction.CHANGE_CERTIFIED)
    assert {row["field"] for row in event.changes} >= {"companyName", "representativeName"}
    mine = (await run(client, "MyPlanChangeApplications", {}, token))["myPlan"]["changeApplications"]
    assert mine[0]["diff"] == change["diff"]  # before stays as filed


async def test_certification_mails_the_company_not_a_notification(client: httpx.AsyncClient, settings: Settings, mailbox: Mailbox,
                                                                 smtp_port: int) -> None:
    mail_settings = settings.with_overrides(smtp_host="127.0.0.1", smtp_port=smtp_port)
    token, plan = await certified(settings.upload_dir)
    await drain_outbox_once(mail_settings)
    mailbox.messages.clear()
    change = (await apply(client, token, {"headOfficeAddress": "千代田区霞が関3-1-1"}))["changeApplication"]
    _, mlit = await staff_token(Role.MLIT_STAFF)
    await review(client, mlit, "AcceptChangeApplication", change["id"])
    await review(client, mlit, "CertifyChangeApplication", change["id"])
    await drain_outbox_once(mail_settings)
    assert {m["To"] for m in mailbox.messages} == {plan.email, (await CompanyAccount.get(id=plan.company_id)).email}
    assert all("変更申請の認定" in m["Subject"] for m in mailbox.messages)
    mailbox.messages.clear()
    notified = (await run(client, "FileChangeNotification", {"input": {"changes": {"phone": "03-1111-2222"}}}, token))["fileChangeNotification"]
    assert notified["errors"] == [] and notified["plan"]["phone"] == "03-1111-2222"
    await drain_outbox_once(mail_settings)
    assert mailbox.messages == []  # FAQ 22: a notification sends no mail


async def test_refusals_change_nothing(client: httpx.AsyncClient, settings: Settings) -> None:
    token, plan = await certified(settings.upload_dir)
    worker = await Worker.filter(plan_id=plan.id).order_by("position").first()
    before = await snapshot(exclude=NOISE)
    cases = [
        ({"phone": "03-0000-0000"}, "changes.phone", "変更届出"),
        ({"corporateNumber": "1234567890123"}, "changes.corporateNumber", "変更できません"),
        ({}, "changes", "変更する項目がありません"),
        ({"workers": [{"id": encode_id("Worker", w.id), **({"salaryMode": "DIFFERENT", "salaryAmount": 100_000} if w.id == worker.id else {})}
                      for w in await Worker.filter(plan_id=plan.id)]}, None, "新たな外国人として追加"),
    ]
    for changes, field, words in cases:
        [error] = (await apply(client, token, changes))["errors"]
        assert words in error["message"], changes
        if field:
            assert error["field"] == field
    [error] = (await run(client, "FileChangeNotification", {"input": {"changes": {"companyName": "別名"}}}, token))["fileChangeNotification"]["errors"]
    assert error["field"] == "changes.companyName" and "変更申請" in error["message"]
    assert await snapshot(exclude=NOISE) == before


async def test_one_active_application_and_the_faq_41_rules(client: httpx.AsyncClient, settings: Settings) -> None:
    token, plan = await certified(settings.upload_dir)
    first = (await apply(client, token, {"representativeName": "一 郎"}))["changeApplication"]
    [busy] = (await apply(client, token, {"representativeName": "二 郎"}))["errors"]
    assert busy["code"] == "INVALID_STATE"
    withdrawn = (await run(client, "WithdrawChangeApplication", {"input": {"changeApplicationId": first["id"]}}, token))["withdrawChangeApplication"]
    assert withdrawn["changeApplication"]["status"] == "WITHDRAWN" and withdrawn["changeApplication"]["diff"] == first["diff"]  # FAQ 39
    edited = (await run(client, "EditChangeApplication", {"input": {"changeApplicationId": first["id"], "changes": {"representativeName": "三 郎"}}},
                        token))["editChangeApplication"]
    assert edited["changeApplication"]["diff"][0]["after"] == "三 郎"
    again = (await run(client, "ResubmitChangeApplication", {"input": {"changeApplicationId": first["id"]}}, token))["resubmitChangeApplication"]
    assert again["changeApplication"]["status"] == "APPLIED"  # never accepted
    _, mlit = await staff_token(Role.MLIT_STAFF)
    await review(client, mlit, "AcceptChangeApplication", first["id"])
    [refused] = (await run(client, "WithdrawChangeApplication", {"input": {"changeApplicationId": first["id"]}}, token))[
        "withdrawChangeApplication"]["errors"]
    assert refused["code"] == "INVALID_STATE" and "審査中" in refused["message"]  # FAQ 41: no withdrawal once accepted
    remanded = await review(client, mlit, "RemandChangeApplication", first["id"], "代表者の就任を証する書類を添付してください。")
    assert remanded["changeApplication"]["status"] == "REMANDED"
    # C4: staff no longer see it; the company sees the comment.
    assert (await run(client, "ChangeApplications", {}, mlit))["changeApplications"]["totalCount"] == 0
    mine = (await run(client, "MyPlanChangeApplications", {}, token))["myPlan"]["changeApplications"][0]
    assert mine["remandComment"] == "代表者の就任を証する書類を添付してください。"
    back = (await run(client, "ResubmitChangeApplication", {"input": {"changeApplicationId": first["id"]}}, token))["resubmitChangeApplication"]
    assert back["changeApplication"]["status"] == "UNDER_REVIEW"  # FAQ 41: never back to 申請中 after acceptance


async def test_reviewers_of_another_bureau_and_stale_versions(client: httpx.AsyncClient, settings: Settings) -> None:
    token, plan = await certified(settings.upload_dir, prefecture="13")
    change = (await apply(client, token, {"representativeName": "新 代表"}))["changeApplication"]
    _, kinki = await staff_token(Role.BUREAU_STAFF, Bureau.KINKI)
    [hidden] = (await review(client, kinki, "AcceptChangeApplication", change["id"]))["errors"]
    assert hidden["code"] == "NOT_FOUND"
    _, mlit = await staff_token(Role.MLIT_STAFF)
    [stale] = (await review(client, mlit, "AcceptChangeApplication", change["id"], version=change["version"] + 5))["errors"]
    assert stale["code"] == "CONFLICT"
    assert (await ChangeApplication.get()).status == "APPLIED"


async def test_a_notification_applies_at_once(client: httpx.AsyncClient, settings: Settings) -> None:
    token, plan = await certified(settings.upload_dir)
    worker = await Worker.filter(plan_id=plan.id).order_by("position").first()
    changes = {"phone": "03-2222-3333", "workers": [{"id": encode_id("Worker", worker.id), "ccusWorkerId": "12345678901234"}]}
    result = (await run(client, "FileChangeNotification", {"input": {"changes": changes}}, token))["fileChangeNotification"]
    assert result["errors"] == []
    assert (await Plan.get(id=plan.id)).phone == "03-2222-3333"
    assert (await Worker.get(id=worker.id)).ccus_worker_id == "12345678901234"  # FAQ 34
    event = await PlanEvent.get(plan_id=plan.id, action=PlanAction.CHANGE_NOTIFIED)
    fields = {row["field"]: row for row in event.changes}
    assert fields["phone"]["before"] == plan.phone and fields["phone"]["after"] == "03-2222-3333"


async def test_changes_need_a_certified_plan(client: httpx.AsyncClient, settings: Settings) -> None:
    from app.domain.accounts.authentication import log_in

    company_viewer, _plan = await submitted_plan(settings.upload_dir)
    company = await CompanyAccount.get(id=company_viewer.company_id)
    token = (await log_in(company.login_id, "Companypass123", None)).token
    [error] = (await apply(client, token, {"representativeName": "新 代表"}))["errors"]
    assert error["code"] == "INVALID_STATE" and "申請中" in error["message"]
    assert viewer_of_company(company).company_id == company.id
    result = await run_raw(client, "ChangeApplications", {}, token)
    assert result["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_two_reviewers_certifying_at_once_apply_the_change_once(client: httpx.AsyncClient, settings: Settings) -> None:
    import asyncio

    from app.domain.changes.applications import review_change_application
    from app.domain.errors import DomainError
    from app.models.enums import ChangeAction

    token, plan = await certified(settings.upload_dir)
    change = (await apply(client, token, {"representativeName": "同時 太郎"}))["changeApplication"]
    row = await ChangeApplication.get()
    first, second = await staff(Role.MLIT_STAFF), await staff(Role.BUREAU_STAFF, Bureau.KANTO)
    await review_change_application(first, row.id, ChangeAction.ACCEPT)
    results = await asyncio.gather(*(review_change_application(viewer, row.id, ChangeAction.CERTIFY) for viewer in (first, second)),
                                   return_exceptions=True)
    winners = [r for r in results if not isinstance(r, BaseException)]
    losers = [r for r in results if isinstance(r, DomainError)]
    assert len(winners) == 1 and len(losers) == 1 and losers[0].problems[0].code in ("CONFLICT", "INVALID_STATE")
    assert await PlanEvent.filter(plan_id=plan.id, action=PlanAction.CHANGE_CERTIFIED).count() == 1
    assert (await Plan.get(id=plan.id)).version == plan.version + 1
    assert change["status"] == "APPLIED"
