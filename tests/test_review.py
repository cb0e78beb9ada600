"""Review through GraphQL (REQUIREMENTS C1, C3–C5, C7, F2): moves per role, comments, who sees
what, mails to exactly the right people, concurrency and query counts."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from app.infra.settings import Settings
from app.infra.smtp_sender import drain_outbox_once
from app.models import CompanyAccount, Plan, PlanEvent
from app.models.enums import Bureau, PlanStatus, Role
from tests.conftest import Mailbox, snapshot
from tests.factories import staff_token
from tests.operations import run, run_raw
from tests.plan_builder import submitted_plan
from tests.query_count import count_queries

PROXY = {"name": "行政 花子", "organization": "行政書士法人さくら", "email": "proxy@sakura.example.jp", "phone": "03-1111-2222"}


def plan_id(plan: Plan) -> str:
    from app.graphql.core.ids import encode_id

    return encode_id("Plan", plan.id)


async def review(client: httpx.AsyncClient, name: str, token: str, plan: Plan, comment: str | None = None, **extra) -> dict:
    data = await run(client, name, {"input": {"planId": plan_id(plan), "comment": comment, **extra}}, token)
    return next(iter(data.values()))


async def test_bureau_staff_review_their_bureaus_plans(api: httpx.AsyncClient, settings: Settings) -> None:
    _, plan = await submitted_plan(settings.upload_dir, prefecture="14")
    _, kanto = await staff_token(Role.BUREAU_STAFF, Bureau.KANTO)
    accepted = await review(api, "AcceptPlan", kanto, plan, "書類を確認しました。")
    assert accepted["errors"] == [] and accepted["plan"]["status"] == "UNDER_REVIEW"
    certified = await review(api, "CertifyPlan", kanto, plan)
    assert certified["plan"]["status"] == "CERTIFIED"
    assert certified["plan"]["certificateNumber"].startswith("TK-2026")
    assert certified["plan"]["certifiedAt"].endswith("+09:00")
    assert [h["action"] for h in certified["plan"]["history"]] == ["SUBMIT", "ACCEPT", "CERTIFY"]
    assert certified["plan"]["history"][1]["comment"] == "書類を確認しました。"  # staff read internal comments


async def test_another_bureaus_plan_is_not_found_and_unchanged(api: httpx.AsyncClient, settings: Settings) -> None:
    _, plan = await submitted_plan(settings.upload_dir, prefecture="27")  # 大阪: Kinki
    _, kanto = await staff_token(Role.BUREAU_STAFF, Bureau.KANTO)
    before = await snapshot()
    result = await review(api, "AcceptPlan", kanto, plan)
    assert result["plan"] is None and result["errors"][0]["code"] == "NOT_FOUND"
    assert (await run(api, "Plan", {"id": plan_id(plan)}, kanto))["plan"] is None
    assert await snapshot() == before


@pytest.mark.parametrize("role", [Role.IMPLEMENTING_ORG, Role.ANALYST])
async def test_roles_that_may_never_review_get_forbidden(api: httpx.AsyncClient, settings: Settings, role: Role) -> None:
    _, plan = await submitted_plan(settings.upload_dir)
    _, token = await staff_token(role)
    for name in ("AcceptPlan", "RemandPlan", "CertifyPlan", "RejectPlan", "RevokePlan"):
        result = await run_raw(api, name, {"input": {"planId": plan_id(plan), "comment": "x"}}, token)
        assert result["errors"][0]["extensions"]["code"] == "FORBIDDEN", name
    assert (await Plan.get(id=plan.id)).status == PlanStatus.APPLIED


async def test_only_mlit_staff_revoke(api: httpx.AsyncClient, settings: Settings) -> None:
    _, plan = await submitted_plan(settings.upload_dir)
    _, mlit = await staff_token(Role.MLIT_STAFF)
    _, kanto = await staff_token(Role.BUREAU_STAFF, Bureau.KANTO)
    await review(api, "AcceptPlan", mlit, plan)
    await review(api, "CertifyPlan", mlit, plan)
    forbidden = await run_raw(api, "RevokePlan", {"input": {"planId": plan_id(plan), "comment": "虚偽の申請"}}, kanto)
    assert forbidden["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    missing = await review(api, "RevokePlan", mlit, plan, "")
    assert missing["errors"][0] == {"field": "comment", "code": "REQUIRED", "message": "認定取消のコメントを入力してください。"}
    revoked = await review(api, "RevokePlan", mlit, plan, "虚偽の申請が判明したため。")
    assert revoked["plan"]["status"] == "REVOKED"


async def test_the_remand_comment_limit_counts_characters_as_a_person_does(api: httpx.AsyncClient, settings: Settings) -> None:
    _, mlit = await staff_token(Role.MLIT_STAFF)
    # Mixed widths, CRLF (one break), a character outside the BMP, and a decomposed kana made whole by NFC.
    unit = "ａb漢\r\n𠮷" + "か\u3099"  # 6 characters as a person counts them
    exactly = unit * 500
    assert len(exactly) > 3000  # more code units and code points than characters
    _, plan = await submitted_plan(settings.upload_dir)
    before = await snapshot()
    too_long = await review(api, "RemandPlan", mlit, plan, exactly + "x")
    assert too_long["errors"][0]["code"] == "TOO_LONG" and "3000文字以内" in too_long["errors"][0]["message"]
    assert await snapshot() == before
    blank = await review(api, "RemandPlan", mlit, plan, " \r\n ")
    assert blank["errors"][0]["code"] == "REQUIRED"
    remanded = await review(api, "RemandPlan", mlit, plan, exactly)
    assert remanded["errors"] == [] and remanded["plan"]["status"] == "REMANDED"
    stored = await Plan.get(id=plan.id)
    assert len(stored.remand_comment) == 3000 and "\r" not in stored.remand_comment


async def test_after_a_remand_staff_no_longer_see_the_plan_and_the_company_sees_the_comment(api: httpx.AsyncClient, settings: Settings) -> None:
    company, plan = await submitted_plan(settings.upload_dir)
    _, mlit = await staff_token(Role.MLIT_STAFF)
    remanded = await review(api, "RemandPlan", mlit, plan, "賃金台帳が不足しています。")
    assert remanded["plan"] == {"id": plan_id(plan), "version": plan.version + 1, "status": "REMANDED", "statusLabel": "差戻し中"}
    assert (await run(api, "Plan", {"id": plan_id(plan)}, mlit))["plan"] is None
    assert (await run(api, "Plans", {}, mlit))["plans"]["totalCount"] == 0
    from app.domain.accounts.authentication import log_in

    token = (await log_in(company.login_id, "Companypass123", None)).token
    mine = (await run(api, "MyPlan", token=token))["myPlan"]
    assert mine["remandComment"] == "賃金台帳が不足しています。"
    assert mine["history"][-1]["comment"] == "賃金台帳が不足しています。"
    assert mine["availableActions"] == ["savePlanDraft", "resubmitPlan"]
    resubmitted = (await run(api, "ResubmitPlan", token=token))["resubmitPlan"]["plan"]
    assert resubmitted["status"] == "APPLIED" and resubmitted["queuedAt"] >= mine["queuedAt"]
    assert (await run(api, "Plan", {"id": plan_id(plan)}, mlit))["plan"]["status"] == "APPLIED"  # staff see it again


async def test_internal_comments_never_reach_a_company_or_an_analyst(api: httpx.AsyncClient, settings: Settings) -> None:
    company, plan = await submitted_plan(settings.upload_dir)
    _, mlit = await staff_token(Role.MLIT_STAFF)
    _, jac = await staff_token(Role.IMPLEMENTING_ORG)
    _, analyst = await staff_token(Role.ANALYST)
    await review(api, "AcceptPlan", mlit, plan, "秘密の受理メモ")
    commented = await run(api, "AddInternalComment", {"input": {"planId": plan_id(plan), "comment": "秘密の実施団体メモ"}}, jac)
    assert commented["addInternalComment"]["errors"] == []
    await review(api, "CertifyPlan", mlit, plan, "秘密の認定メモ")
    from app.domain.accounts.authentication import log_in

    token = (await log_in(company.login_id, "Companypass123", None)).token
    company_view = await run(api, "MyPlan", token=token)
    as_text = json.dumps(company_view, ensure_ascii=False)
    assert "秘密" not in as_text
    assert [h["action"] for h in company_view["myPlan"]["history"]] == ["SUBMIT", "ACCEPT", "INTERNAL_COMMENT", "CERTIFY"]
    analyst_view = json.dumps(await run(api, "Plan", {"id": plan_id(plan)}, analyst), ensure_ascii=False)
    assert "秘密" not in analyst_view
    jac_view = json.dumps(await run(api, "Plan", {"id": plan_id(plan)}, jac), ensure_ascii=False)
    assert "秘密の受理メモ" in jac_view and "秘密の認定メモ" in jac_view and "秘密の実施団体メモ" in jac_view


async def test_analysts_get_personal_data_masked(api: httpx.AsyncClient, settings: Settings) -> None:
    _, plan = await submitted_plan(settings.upload_dir)
    _, analyst = await staff_token(Role.ANALYST)
    _, mlit = await staff_token(Role.MLIT_STAFF)
    masked = (await run(api, "Plan", {"id": plan_id(plan)}, analyst))["plan"]["workers"][0]
    assert masked["name"] == "＊＊＊" and masked["birthDate"] is None and masked["ccusWorkerId"] == "＊＊＊"
    assert masked["nationality"] == "VN" and masked["effectiveSalary"] == 250000
    plain = (await run(api, "Plan", {"id": plan_id(plan)}, mlit))["plan"]["workers"][0]
    assert plain["name"] == "NGUYEN VAN AN" and plain["birthDate"] == "1995-04-01"


async def test_mails_go_to_exactly_the_right_people(api: httpx.AsyncClient, settings: Settings, mail_settings: Settings, mailbox: Mailbox) -> None:
    with_attorney, _ = await submitted_plan(settings.upload_dir, name="代理建設株式会社", proxy={**PROXY, "has_power_of_attorney": True})
    relay_only, _ = await submitted_plan(settings.upload_dir, name="取次建設株式会社", proxy={**PROXY, "email": "relay@example.jp", "has_power_of_attorney": False})
    _, mlit = await staff_token(Role.MLIT_STAFF)
    plans = {p.company_name: p for p in await Plan.all()}
    account_email = (await CompanyAccount.get(id=with_attorney.company_id)).email

    await review(api, "AcceptPlan", mlit, plans["代理建設株式会社"])
    await drain_outbox_once(mail_settings)
    assert mailbox.messages == []  # accepting mails nobody

    await review(api, "RemandPlan", mlit, plans["代理建設株式会社"], "常勤職員数の根拠資料を添付してください。")
    await review(api, "AcceptPlan", mlit, plans["取次建設株式会社"])
    await review(api, "CertifyPlan", mlit, plans["取次建設株式会社"])
    await drain_outbox_once(mail_settings)
    remand_to = sorted(m["To"] for m in mailbox.messages if "差戻し" in m["Subject"])
    assert remand_to == sorted(["plan@tokyo-kensetsu.example.jp", account_email, "proxy@sakura.example.jp"])
    remand_body = mailbox.bodies_to("proxy@sakura.example.jp")[0]
    assert "常勤職員数の根拠資料を添付してください。" in remand_body
    assert plans["代理建設株式会社"].application_number in remand_body
    certify_to = sorted(m["To"] for m in mailbox.messages if "認定" in m["Subject"])
    relay_account = (await CompanyAccount.get(id=relay_only.company_id)).email
    assert certify_to == sorted(["plan@tokyo-kensetsu.example.jp", relay_account])  # no mail to a relay-only proxy
    certified = await Plan.get(company_name="取次建設株式会社")
    assert certified.certificate_number in mailbox.bodies_to(relay_account)[0]


async def test_a_stale_expected_version_is_a_conflict(api: httpx.AsyncClient, settings: Settings) -> None:
    _, plan = await submitted_plan(settings.upload_dir)
    _, mlit = await staff_token(Role.MLIT_STAFF)
    await run(api, "AddInternalComment", {"input": {"planId": plan_id(plan), "comment": "確認中"}}, mlit)
    assert (await Plan.get(id=plan.id)).version == plan.version  # comments do not move the version
    accepted = await review(api, "AcceptPlan", mlit, plan, expectedVersion=plan.version)
    assert accepted["errors"] == []
    stale = await review(api, "RemandPlan", mlit, plan, "差戻します。", expectedVersion=plan.version)
    assert stale["errors"][0]["code"] == "CONFLICT"
    wrong_state = await review(api, "AcceptPlan", mlit, plan)
    assert wrong_state["errors"][0]["code"] == "INVALID_STATE" and "審査中" in wrong_state["errors"][0]["message"]


async def test_two_reviewers_at_once_exactly_one_wins(api: httpx.AsyncClient, settings: Settings) -> None:
    _, plan = await submitted_plan(settings.upload_dir)
    _, first = await staff_token(Role.MLIT_STAFF)
    _, second = await staff_token(Role.BUREAU_STAFF, Bureau.KANTO)
    results = await asyncio.gather(
        review(api, "AcceptPlan", first, plan, expectedVersion=plan.version),
        review(api, "RemandPlan", second, plan, "差戻します。", expectedVersion=plan.version),
    )
    winners = [r for r in results if not r["errors"]]
    losers = [r for r in results if r["errors"]]
    assert len(winners) == 1 and len(losers) == 1
    assert losers[0]["errors"][0]["code"] == "CONFLICT"
    assert await PlanEvent.filter(plan_id=plan.id).exclude(action="SUBMIT").count() == 1


async def test_identical_concurrent_moves_without_a_version(db: str, settings: Settings) -> None:
    from app.domain.errors import DomainError
    from app.domain.review.moves import review_plan
    from app.models.enums import PlanAction
    from tests.plan_builder import staff

    _, plan = await submitted_plan(settings.upload_dir)
    reviewers = [await staff(Role.MLIT_STAFF) for _ in range(4)]
    results = await asyncio.gather(*(review_plan(r, plan.id, PlanAction.ACCEPT) for r in reviewers), return_exceptions=True)
    assert sum(1 for r in results if isinstance(r, Plan)) == 1
    assert all(r.problems[0].code in ("CONFLICT", "INVALID_STATE") for r in results if isinstance(r, DomainError))
    assert await PlanEvent.filter(plan_id=plan.id, action="ACCEPT").count() == 1


async def test_plans_lists_the_queue_with_filters_and_cursors(api: httpx.AsyncClient, settings: Settings, clock) -> None:
    for n, prefecture in enumerate(["13", "20", "27", "13", "01"]):
        clock.advance(minutes=1)
        await submitted_plan(settings.upload_dir, prefecture=prefecture, name=f"建設{n}株式会社")
    _, kanto = await staff_token(Role.BUREAU_STAFF, Bureau.KANTO)
    _, mlit = await staff_token(Role.MLIT_STAFF)
    queue = (await run(api, "Plans", {"first": 2}, kanto))["plans"]
    assert queue["totalCount"] == 3
    assert [e["node"]["companyName"] for e in queue["edges"]] == ["建設0株式会社", "建設1株式会社"]
    assert queue["pageInfo"]["hasNextPage"] is True
    rest = (await run(api, "Plans", {"first": 2, "after": queue["pageInfo"]["endCursor"]}, kanto))["plans"]
    assert [e["node"]["companyName"] for e in rest["edges"]] == ["建設3株式会社"] and rest["pageInfo"]["hasNextPage"] is False
    everything = (await run(api, "Plans", {"first": 500}, mlit))["plans"]
    assert everything["totalCount"] == 5 and len(everything["edges"]) == 5
    by_prefecture = (await run(api, "Plans", {"filter": {"prefectures": ["13"]}}, mlit))["plans"]
    assert by_prefecture["totalCount"] == 2
    by_name = (await run(api, "Plans", {"filter": {"companyName": "建設4"}}, mlit))["plans"]
    assert [e["node"]["headOfficePrefecture"] for e in by_name["edges"]] == ["01"]
    by_nationality = (await run(api, "Plans", {"filter": {"nationalities": ["ph"], "bureaus": ["KINKI"]}}, mlit))["plans"]
    assert by_nationality["totalCount"] == 1
    by_license = (await run(api, "Plans", {"filter": {"licenseNumber": "123456", "statuses": ["APPLIED"]}}, mlit))["plans"]
    assert by_license["totalCount"] == 5
    _, token = await staff_token(Role.ANALYST)
    assert (await run(api, "Plans", {}, token))["plans"]["totalCount"] == 5


async def test_companies_cannot_list_plans(api: httpx.AsyncClient, settings: Settings) -> None:
    company, _ = await submitted_plan(settings.upload_dir)
    from app.domain.accounts.authentication import log_in

    token = (await log_in(company.login_id, "Companypass123", None)).token
    assert (await run_raw(api, "Plans", {}, token))["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_the_review_queue_runs_a_constant_number_of_queries(api: httpx.AsyncClient, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.domain.notices.service_status.STOPS_CACHE_SECONDS", 3600)  # no refresh between warm-up and count
    _, mlit = await staff_token(Role.MLIT_STAFF)

    async def measure() -> int:
        await run(api, "Plans", {"first": 50}, mlit)  # warm: announced stops are cached for a few seconds
        with count_queries() as statements:
            await run(api, "Plans", {"first": 50}, mlit)
        return len(statements)

    await submitted_plan(settings.upload_dir, workers=1)
    small = await measure()
    for n in range(12):
        await submitted_plan(settings.upload_dir, workers=3, name=f"多数建設{n}")
    large = await measure()
    assert large == small <= 6, (small, large)
