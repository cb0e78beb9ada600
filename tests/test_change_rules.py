"""Every change is checked as the plan would be after it (REQUIREMENTS D8, #23), and its comparison reads
as Japanese for people: through GraphQL on both databases; each refusal leaves every table as it was."""

from __future__ import annotations

import httpx

from app.graphql.core.ids import encode_id
from app.infra.settings import Settings
from app.models import Attachment, CompanyAccount, Plan, Worker
from app.models.enums import Role
from tests.conftest import snapshot
from tests.factories import staff_token
from tests.operations import run
from tests.plan_builder import to_graphql, worker_input
from tests.test_changes import NOISE, apply, certified, review


async def notify(client: httpx.AsyncClient, token: str, changes: dict, removed: list[str] = ()) -> dict:
    data = {"changes": changes, "removedAttachmentIds": list(removed)}
    return (await run(client, "FileChangeNotification", {"input": data}, token))["fileChangeNotification"]


def by_field(errors: list[dict]) -> dict[str, dict]:
    return {e["field"]: e for e in errors}


async def test_a_notification_is_refused_what_the_plan_refuses(client: httpx.AsyncClient, settings: Settings) -> None:
    token, plan = await certified(settings.upload_dir)
    account_email = (await CompanyAccount.get(id=plan.company_id)).email
    before = await snapshot(exclude=NOISE)
    errors = by_field((await notify(client, token, {"email": "not-an-email", "phone": "abc"}))["errors"])
    assert set(errors) == {"changes.email", "changes.phone"}
    assert errors["changes.email"]["code"] == "INVALID" and "メールアドレス" in errors["changes.email"]["message"]
    assert errors["changes.phone"]["code"] == "INVALID" and "電話番号" in errors["changes.phone"]["message"]
    [cleared] = (await notify(client, token, {"email": ""}))["errors"]
    assert cleared["field"] == "changes.email" and cleared["code"] == "REQUIRED"
    proxy = by_field((await notify(client, token, {"proxy": {"name": "行政 花子", "email": "bad", "phone": "03-1111-2222",
                                                            "hasPowerOfAttorney": False}}))["errors"])
    assert set(proxy) == {"changes.proxy.email"} and proxy["changes.proxy.email"]["code"] == "INVALID"
    assert await snapshot(exclude=NOISE) == before
    assert (await CompanyAccount.get(id=plan.company_id)).email == account_email


async def test_a_notification_cannot_leave_a_required_document_without_a_file(client: httpx.AsyncClient, settings: Settings) -> None:
    token, plan = await certified(settings.upload_dir)
    bulk = await Attachment.get(plan_id=plan.id, is_bulk=True)
    before = await snapshot(exclude=NOISE)
    refused = (await notify(client, token, {"phone": "03-9999-0000"}, removed=[encode_id("Attachment", bulk.id)]))["errors"]
    assert refused and {e["field"] for e in refused} == {"removedAttachmentIds.0"}
    assert any("書類No.1" in e["message"] for e in refused) and all(e["code"] == "REQUIRED" for e in refused)
    assert await snapshot(exclude=NOISE) == before


async def test_an_application_is_refused_what_the_plan_refuses(client: httpx.AsyncClient, settings: Settings) -> None:
    token, plan = await certified(settings.upload_dir)
    workers = [{"id": encode_id("Worker", w.id)} for w in await Worker.filter(plan_id=plan.id).order_by("position")]
    before = await snapshot(exclude=NOISE)
    [ccus] = (await apply(client, token, {"ccusBusinessId": "123"}))["errors"]
    assert ccus["field"] == "changes.ccusBusinessId" and ccus["code"] == "INVALID"
    only_a_name = by_field((await apply(client, token, {"workers": [*workers, {"name": "TRAN VAN BINH"}]}))["errors"])
    for item in ("nationality", "birthDate", "sex", "jobCategory", "workStart", "workEnd", "ccusWorkerId"):
        assert only_a_name[f"changes.workers.2.{item}"]["code"] == "REQUIRED", item
    assert await snapshot(exclude=NOISE) == before


async def test_certification_checks_the_plan_as_it_then_is(client: httpx.AsyncClient, settings: Settings) -> None:
    """Filed valid, made invalid by a notification in between (capacity, DOMAIN §1.3): certification is refused."""
    token, plan = await certified(settings.upload_dir)
    workers = [{"id": encode_id("Worker", w.id)} for w in await Worker.filter(plan_id=plan.id).order_by("position")]
    added = to_graphql(worker_input(2, work_start=plan.acceptance_start, work_end=plan.acceptance_end))
    filed = await apply(client, token, {"workers": [*workers, added]})
    assert filed["errors"] == [], filed
    assert (await notify(client, token, {"foreignConstructionWorkerCount": plan.full_time_staff_count - 2}))["errors"] == []
    _, mlit = await staff_token(Role.MLIT_STAFF)
    change_id = filed["changeApplication"]["id"]
    await review(client, mlit, "AcceptChangeApplication", change_id)
    before = await snapshot(exclude=NOISE)
    [refused] = (await review(client, mlit, "CertifyChangeApplication", change_id))["errors"]
    assert refused["field"] == "changes.workers" and refused["code"] == "LIMIT_EXCEEDED" and "常勤職員数" in refused["message"]
    assert await snapshot(exclude=NOISE) == before
    assert await Worker.filter(plan_id=plan.id).count() == 2


async def test_the_comparison_reads_as_japanese(client: httpx.AsyncClient, settings: Settings) -> None:
    token, plan = await certified(settings.upload_dir)
    first = await Worker.filter(plan_id=plan.id).order_by("position").first()
    workers = [{"id": encode_id("Worker", w.id)} for w in await Worker.filter(plan_id=plan.id).order_by("position")]
    workers[0].update({"salaryMode": "DIFFERENT", "salaryAmount": 300_000})
    added = to_graphql(worker_input(2, name="NGUYEN THI HOA", nationality="VN", job_category="CIVIL", work_start=plan.acceptance_start,
                                    work_end=plan.acceptance_end))
    filed = await apply(client, token, {"representativeName": "新 代表", "workers": [*workers, added]})
    assert filed["errors"] == [], filed
    rows = {row["field"]: row for row in filed["changeApplication"]["diff"]}
    assert rows["representativeName"]["label"] == "代表者の氏名"
    assert (rows["representativeName"]["beforeText"], rows["representativeName"]["afterText"]) == (plan.representative_name, "新 代表")
    salary = rows[f"workers.{first.id}.salaryAmount"]
    assert salary["label"] == f"外国人 {first.name}：報酬月額" and salary["afterText"] == "300,000円" and salary["after"] == "300000"
    assert rows[f"workers.{first.id}.salaryMode"]["afterText"] == "異なる"
    assert rows["workers.new2"]["label"] == "外国人の追加：NGUYEN THI HOA" and rows["workers.new2"]["afterText"] == "NGUYEN THI HOA（ベトナム、土木）"
    assert rows["workers.new2.nationality"]["label"] == "外国人 NGUYEN THI HOA（追加）：国籍・地域"
    assert rows["workers.new2.nationality"]["afterText"] == "ベトナム"
    start = plan.acceptance_start
    assert rows["workers.new2.workStart"]["afterText"] == f"{start.year}年{start.month}月{start.day}日"
    assert rows["workers.new2.salaryMode"]["afterText"] == f"同じ（基本給 {plan.basic_monthly_salary:,}円）"

    _, mlit = await staff_token(Role.MLIT_STAFF)
    change_id = filed["changeApplication"]["id"]
    await review(client, mlit, "AcceptChangeApplication", change_id)
    assert (await review(client, mlit, "CertifyChangeApplication", change_id))["errors"] == []
    history = (await run(client, "MyPlanHistory", {}, token))["myPlan"]["history"]
    certified_rows = {row["field"]: row for row in history[-1]["changes"]}
    assert history[-1]["action"] == "CHANGE_CERTIFIED" and certified_rows["representativeName"]["afterText"] == "新 代表"
    staff_view = (await run(client, "PlanHistory", {"id": encode_id("Plan", plan.id)}, mlit))["plan"]["history"]
    assert staff_view[-1]["changes"] == history[-1]["changes"]
    _, analyst = await staff_token(Role.ANALYST)
    masked = {row["field"]: row for row in (await run(client, "PlanHistory", {"id": encode_id("Plan", plan.id)}, analyst))["plan"]["history"][-1]["changes"]}
    assert masked[f"workers.{first.id}.salaryAmount"]["label"] == "外国人 ＊＊＊：報酬月額"
    assert masked["workers.new2"]["afterText"] == "＊＊＊" and masked["workers.new2.nationality"]["afterText"] == "ベトナム"
    assert "NGUYEN" not in str(masked) and first.name not in str(masked)


async def test_a_notification_is_in_the_history_with_its_rows(client: httpx.AsyncClient, settings: Settings) -> None:
    token, plan = await certified(settings.upload_dir)
    assert (await notify(client, token, {"phone": "03-1111-2222", "foreignConstructionWorkerCount": 1}))["errors"] == []
    last = (await run(client, "MyPlanHistory", {}, token))["myPlan"]["history"][-1]
    assert last["action"] == "CHANGE_NOTIFIED"
    assert {(r["label"], r["beforeText"], r["afterText"]) for r in last["changes"]} == {
        ("電話番号", plan.phone, "03-1111-2222"), ("外国人建設就労者数", "0人", "1人")}
    assert (await Plan.get(id=plan.id)).phone == "03-1111-2222"


async def _certified_with_worker_files(client: httpx.AsyncClient, settings: Settings) -> tuple[str, Plan]:
    """A certified plan whose per-worker documents are single files (no bulk file covers them)."""
    from app.domain.accounts.authentication import log_in
    from app.domain.catalogue import DOCUMENT_ITEMS
    from app.domain.plans.attachments import add_attachment
    from app.domain.plans.draft import save_plan_draft, submit_plan
    from app.domain.review.moves import review_plan
    from app.infra.storage import FolderStorage
    from app.models.enums import PlanAction
    from tests.plan_builder import PDF, BytesSource, attach_required, company_viewer, complete_changes, staff

    viewer = await company_viewer()
    await save_plan_draft(viewer, complete_changes(2))
    await attach_required(viewer, settings.upload_dir, [i.code for i in DOCUMENT_ITEMS if i.required and not i.per_worker])
    for worker in await Worker.filter(plan_id=(await Plan.get(company_id=viewer.company_id)).id):
        for item in (i.code for i in DOCUMENT_ITEMS if i.required and i.per_worker):
            await add_attachment(viewer, FolderStorage(settings.upload_dir), BytesSource(PDF + item.encode()), f"{item}.pdf", None, item,
                                 worker.id)
    plan = await submit_plan(viewer)
    reviewer = await staff(Role.MLIT_STAFF)
    for action in (PlanAction.ACCEPT, PlanAction.CERTIFY):
        await review_plan(reviewer, plan.id, action, "")
    company = await CompanyAccount.get(id=viewer.company_id)
    return (await log_in(company.login_id, "Companypass123", None)).token, await Plan.get(id=plan.id)


async def test_a_worker_added_by_a_change_brings_its_own_documents(client: httpx.AsyncClient, settings: Settings) -> None:
    from tests.uploads import upload_single

    token, plan = await _certified_with_worker_files(client, settings)
    workers = [{"id": encode_id("Worker", w.id)} for w in await Worker.filter(plan_id=plan.id).order_by("position")]
    added = to_graphql(worker_input(2, name="NGUYEN THI HOA", work_start=plan.acceptance_start, work_end=plan.acceptance_end))
    changes = {"workers": [*workers, added]}
    before = await snapshot(exclude=NOISE)
    missing = by_field((await apply(client, token, changes))["errors"])
    assert set(missing) == {"changes.workers.2.attachments.EMPLOYMENT_CONTRACT", "changes.workers.2.attachments.PRE_EMPLOYMENT_EXPLANATION"}
    assert await snapshot(exclude=NOISE) == before

    files = [(await upload_single(client, token, item, f"{item}.pdf", staged=True, new_worker_index=2))["attachment"]
             for item in ("EMPLOYMENT_CONTRACT", "PRE_EMPLOYMENT_EXPLANATION")]
    assert files[0]["newWorkerIndex"] == 2 and files[0]["workerId"] is None
    stray = (await upload_single(client, token, "EMPLOYMENT_CONTRACT", "別.pdf", staged=True, new_worker_index=5))["attachment"]
    [wrong] = (await run(client, "ApplyForChange", {"input": {"changes": changes, "attachmentIds": [stray["id"]]}}, token))[
        "applyForChange"]["errors"][:1]
    assert wrong["field"] == "attachmentIds.0" and wrong["code"] == "INVALID"
    not_per_worker = await upload_single(client, token, "REMARKS", "備考.pdf", staged=True, new_worker_index=2)
    assert not_per_worker["errors"][0]["field"] == "newWorkerIndex"

    filed = (await run(client, "ApplyForChange", {"input": {"changes": changes, "attachmentIds": [f["id"] for f in files]}}, token))[
        "applyForChange"]
    assert filed["errors"] == [], filed
    rows = {r["field"]: r for r in filed["changeApplication"]["diff"]}
    assert any("NGUYEN THI HOA" in r["afterText"] for f, r in rows.items() if f.startswith("attachments."))
    _, mlit = await staff_token(Role.MLIT_STAFF)
    change_id = filed["changeApplication"]["id"]
    await review(client, mlit, "AcceptChangeApplication", change_id)
    assert (await review(client, mlit, "CertifyChangeApplication", change_id))["errors"] == []
    new_worker = await Worker.get(plan_id=plan.id, name="NGUYEN THI HOA")
    joined = await Attachment.filter(worker_id=new_worker.id)
    assert sorted(a.document_item_id for a in joined) == ["EMPLOYMENT_CONTRACT", "PRE_EMPLOYMENT_EXPLANATION"]
    assert all(not a.staged and a.new_worker_index is None for a in joined)
