"""The company's plan through GraphQL (REQUIREMENTS B1–B9, C2, C6)."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest

from app.domain.accounts.authentication import log_in
from app.models import Plan, Worker
from app.models.enums import Role
from tests.conftest import FrozenClock, snapshot
from tests.factories import company_token, staff_token
from tests.operations import run, run_raw
from tests.plan_builder import attach_required, complete_changes, to_graphql, worker_input
from tests.query_count import count_queries


async def save(client: httpx.AsyncClient, token: str, data: dict) -> dict:
    return (await run(client, "SavePlanDraft", {"input": data}, token))["savePlanDraft"]


async def test_a_draft_keeps_incomplete_data_and_my_plan_shows_it(client: httpx.AsyncClient) -> None:
    _, token = await company_token()
    saved = await save(client, token, {"companyName": "東京建設株式会社", "headOfficePrefecture": "20", "workers": [{"name": "NGUYEN VAN AN"}]})
    assert saved["errors"] == []
    plan = saved["plan"]
    assert plan["status"] == "DRAFT" and plan["statusLabel"] == "一時保存"
    assert plan["bureau"] == "KANTO" and plan["headOfficePrefectureName"] == "長野県"  # DOMAIN §3
    assert plan["availableActions"] == ["savePlanDraft", "submitPlan"]
    mine = (await run(client, "MyPlan", token=token))["myPlan"]
    assert mine["id"] == plan["id"] and mine["companyName"] == "東京建設株式会社"
    assert [w["name"] for w in mine["workers"]] == ["NGUYEN VAN AN"]
    assert mine["workers"][0]["salaryMode"] == "SAME"


async def test_partial_updates_keep_what_was_left_out_and_worker_ids(client: httpx.AsyncClient) -> None:
    _, token = await company_token()
    first = await save(client, token, to_graphql(complete_changes(workers=3)))
    ids = [w["id"] for w in first["plan"]["workers"]]
    second = await save(client, token, {
        "phone": "06-1234-5678",
        "bonusDescription": None,
        "proxy": None,
        "workers": [{"id": ids[2], "name": "AUNG KO"}, {"id": ids[0]}, {"name": "NEW WORKER"}],
    })
    plan = second["plan"]
    assert second["errors"] == []
    assert plan["phone"] == "06-1234-5678"
    assert plan["companyName"] == "東京建設株式会社" and plan["corporateNumber"] == "1234567890123"  # left out: kept
    assert plan["version"] == first["plan"]["version"] + 1
    assert [w["id"] for w in plan["workers"][:2]] == [ids[2], ids[0]]  # matched by id, ids kept, order as given
    assert plan["workers"][0]["name"] == "AUNG KO" and plan["workers"][0]["nationality"] == "ID"  # other fields kept
    assert plan["workers"][2]["id"] not in ids and plan["workers"][2]["name"] == "NEW WORKER"
    assert await Worker.all().count() == 3  # the one left out is removed
    cleared = await save(client, token, {"companyName": None, "licenses": []})
    assert cleared["plan"]["companyName"] is None and cleared["plan"]["licenses"] == []


async def test_a_refused_save_names_each_field_and_changes_nothing(client: httpx.AsyncClient) -> None:
    _, token = await company_token()
    await save(client, token, {"companyName": "東京建設株式会社", "workers": [{"name": "A"}]})
    before = await snapshot()
    result = await save(client, token, {
        "companyName": "株" * 201,
        "headOfficePrefecture": "48",
        "fullTimeStaffCount": -1,
        "workers": [{"id": "V29ya2VyOjk5OTk", "name": "B"}, {"nationality": "Viet Nam"}],
    })
    assert result["plan"] is None
    assert {(e["field"], e["code"]) for e in result["errors"]} == {
        ("companyName", "TOO_LONG"), ("headOfficePrefecture", "INVALID"), ("fullTimeStaffCount", "INVALID"),
        ("workers.0.id", "NOT_FOUND"), ("workers.1.nationality", "INVALID"),
    }
    assert all(e["message"] for e in result["errors"])
    assert await snapshot() == before


async def test_salary_mode_same_inherits_the_basic_salary(client: httpx.AsyncClient) -> None:
    _, token = await company_token()
    plan = (await save(client, token, {"basicMonthlySalary": 250000, "workers": [
        {"name": "A", "salaryMode": "SAME"}, {"name": "B", "salaryMode": "DIFFERENT", "salaryAmount": 270000},
        {"name": "C", "salaryMode": "DIFFERENT"}]}))["plan"]
    assert [w["effectiveSalary"] for w in plan["workers"]] == [250000, 270000, None]
    problems = (await run(client, "MyPlanProblems", token=token))["myPlanProblems"]
    assert {"field": "workers.2.salaryAmount", "code": "REQUIRED"} in [{"field": p["field"], "code": p["code"]} for p in problems]
    raised = (await save(client, token, {"basicMonthlySalary": 260000}))["plan"]
    assert [w["effectiveSalary"] for w in raised["workers"]][:2] == [260000, 270000]


async def test_every_problem_at_once_and_submit_refuses_with_exactly_those(client: httpx.AsyncClient) -> None:
    _, token = await company_token()
    await save(client, token, {"companyName": "東京建設株式会社", "workers": [{"name": "A", "salaryMode": "DIFFERENT"}]})
    problems = (await run(client, "MyPlanProblems", token=token))["myPlanProblems"]
    fields = {p["field"] for p in problems}
    assert {"corporateNumber", "ccusBusinessId", "licenses", "jacMembership.kind", "workers.0.salaryAmount",
            "workers.0.ccusWorkerId", "consents.declaration", "attachments.CONSTRUCTION_LICENSE"} <= fields
    assert "companyName" not in fields
    before = await snapshot()
    submitted = (await run(client, "SubmitPlan", token=token))["submitPlan"]
    assert submitted["plan"] is None and submitted["errors"] == problems
    assert await snapshot() == before


async def test_period_and_capacity_rules(client: httpx.AsyncClient) -> None:
    _, token = await company_token()
    changes = complete_changes(workers=3)
    changes["acceptance_start"] = changes["acceptance_start"] + timedelta(days=1)
    changes["full_time_staff_count"] = 2
    changes["workers"][1]["work_end"] = changes["workers"][1]["work_start"] + timedelta(days=365 * 5 + 2)
    changes["workers"][2]["ccus_worker_id"] = "0" * 14  # pending registration (D6) is fine
    await save(client, token, to_graphql(changes))
    problems = {p["field"]: p for p in (await run(client, "MyPlanProblems", token=token))["myPlanProblems"]}
    assert problems["acceptanceStart"]["code"] == "INVALID" and "最も早い日" in problems["acceptanceStart"]["message"]
    assert problems["acceptanceEnd"]["code"] == "INVALID"  # the latest work end moved with worker 1
    assert problems["workers"]["code"] == "LIMIT_EXCEEDED" and "常勤職員数（2人）" in problems["workers"]["message"]
    assert problems["workers.1.workEnd"]["code"] == "INVALID"
    assert "workers.2.ccusWorkerId" not in problems


async def test_ccus_worker_id_is_fourteen_digits_or_a_reason(client: httpx.AsyncClient) -> None:
    _, token = await company_token()
    await save(client, token, {"workers": [
        {"ccusWorkerId": "123"}, {"ccusWorkerIdReason": "OVERSEAS"}, {"ccusWorkerId": "1" * 14, "ccusWorkerIdReason": "OVERSEAS"}, {}]})
    problems = {p["field"]: p["code"] for p in (await run(client, "MyPlanProblems", token=token))["myPlanProblems"]}
    assert problems["workers.0.ccusWorkerId"] == "INVALID"
    assert "workers.1.ccusWorkerId" not in problems and "workers.1.ccusWorkerIdReason" not in problems
    assert problems["workers.2.ccusWorkerIdReason"] == "INVALID"
    assert problems["workers.3.ccusWorkerId"] == "REQUIRED"


async def test_a_proxy_with_power_of_attorney_needs_the_letter_of_attorney(client: httpx.AsyncClient, settings) -> None:
    company, token = await company_token()
    proxy = {"name": "行政 花子", "organization": "行政書士法人さくら", "email": "proxy@example.jp", "phone": "03-1111-2222",
             "has_power_of_attorney": True}
    await save(client, token, to_graphql(complete_changes(proxy=proxy)))
    from app.domain.accounts.sessions import viewer_of_company

    await attach_required(viewer_of_company(company), settings.upload_dir)
    problems = (await run(client, "MyPlanProblems", token=token))["myPlanProblems"]
    assert [p["field"] for p in problems] == ["attachments.POWER_OF_ATTORNEY"]
    await save(client, token, {"proxy": {"hasPowerOfAttorney": False}})  # 取次申請者: relays only
    assert (await run(client, "MyPlanProblems", token=token))["myPlanProblems"] == []


async def test_submission_numbers_the_plan_with_the_date_in_japan_time(client: httpx.AsyncClient, settings, clock: FrozenClock) -> None:
    clock.advance(hours=12)  # 15:00 UTC is already the next day in Tokyo
    company, token = await company_token()
    await save(client, token, to_graphql(complete_changes()))
    from app.domain.accounts.sessions import viewer_of_company

    await attach_required(viewer_of_company(company), settings.upload_dir)
    plan = (await run(client, "SubmitPlan", token=token))["submitPlan"]["plan"]
    assert plan["status"] == "APPLIED" and plan["statusLabel"] == "申請中"
    assert plan["applicationNumber"].startswith("20261126-")
    assert plan["appliedAt"] == "2026-11-26T00:00:00+09:00"
    assert plan["availableActions"] == ["withdrawPlan", "withdrawWorker"]  # two workers: one may be withdrawn (C8)
    assert [(h["action"], h["fromStatus"], h["toStatus"]) for h in plan["history"]] == [("SUBMIT", "DRAFT", "APPLIED")]

    refused = (await run(client, "SavePlanDraft", {"input": {"phone": "03-0000-0000"}}, token))["savePlanDraft"]
    assert refused["errors"][0]["code"] == "INVALID_STATE" and "申請中" in refused["errors"][0]["message"]
    withdrawn = (await run(client, "WithdrawPlan", token=token))["withdrawPlan"]["plan"]
    assert withdrawn["status"] == "WITHDRAWN" and "savePlanDraft" in withdrawn["availableActions"]
    assert (await save(client, token, {"phone": "03-0000-0000"}))["errors"] == []
    clock.advance(days=1)
    token = (await log_in(company.login_id, "Companypass123", None)).token  # the idle session has ended
    again = (await run(client, "SubmitPlan", token=token))["submitPlan"]["plan"]
    assert again["applicationNumber"].startswith("20261127-") and again["applicationNumber"] != plan["applicationNumber"]


async def test_a_new_plan_only_after_the_last_one_ended(client: httpx.AsyncClient) -> None:
    company, token = await company_token()
    first = (await save(client, token, {"companyName": "一件目"}))["plan"]
    assert (await save(client, token, {"companyName": "二件目"}))["plan"]["id"] == first["id"]  # the same plan (B1)
    await Plan.filter(company_id=company.id).update(status="REJECTED")
    second = (await save(client, token, {"companyName": "新しい計画"}))["plan"]
    assert second["id"] != first["id"] and second["status"] == "DRAFT"
    assert await Plan.filter(company_id=company.id).count() == 2


async def test_company_operations_need_a_company_login(client: httpx.AsyncClient) -> None:
    anonymous = await run_raw(client, "SavePlanDraft", {"input": {}})
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    _, token = await staff_token(Role.MLIT_STAFF)
    for name in ("MyPlan", "SubmitPlan"):
        forbidden = await run_raw(client, name, token=token)
        assert forbidden["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await Plan.all().count() == 0


@pytest.mark.parametrize("dialect", ["sqlite", "postgres"], indirect=True)
async def test_my_plan_runs_a_constant_number_of_queries(client: httpx.AsyncClient, settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.domain.notices.service_status.STOPS_CACHE_SECONDS", 3600)  # no refresh between warm-up and count
    company, token = await company_token()
    from app.domain.accounts.sessions import viewer_of_company
    from app.domain.plans.attachments import add_attachment
    from app.infra.storage import FolderStorage
    from tests.plan_builder import PDF, BytesSource

    viewer = viewer_of_company(company)

    async def measure() -> int:
        await run(client, "MyPlan", token=token)  # warm: announced stops are cached for a few seconds
        with count_queries() as statements:
            await run(client, "MyPlan", token=token)
        return len(statements)

    await save(client, token, {"workers": [to_graphql(worker_input(0))]})
    small = await measure()
    await save(client, token, {"workers": [to_graphql(worker_input(n)) for n in range(20)]})
    for n in range(40):
        await add_attachment(viewer, FolderStorage(settings.upload_dir), BytesSource(PDF + str(n).encode()), f"{n}.pdf", None, "REMARKS")
    large = await measure()
    assert large == small <= 8, (small, large)
