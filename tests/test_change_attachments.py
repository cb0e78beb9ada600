"""Attachments after certification (REQUIREMENTS D7, B7, FAQ 21) through GraphQL: files are staged on the
certified plan, taken by a change application (joining the plan when it is certified) or a change
notification (at once); every refusal changes nothing."""

from __future__ import annotations

import httpx

from app.domain.plans.attachment_limits import FileFacts, attachment_set_problems
from app.graphql.core.ids import decode_id, encode_id
from app.infra.settings import Settings
from app.models import Attachment, PlanEvent
from app.models.enums import Bureau, PlanAction, Role
from tests.conftest import snapshot
from tests.factories import staff_token
from tests.operations import run
from tests.plan_builder import PDF, REQUIRED_ITEMS
from tests.test_changes import certified, review
from tests.uploads import upload_bulk, upload_single

NOISE = ("auth_session", "login_failure", "rate_limit_event")


async def my_plan(client: httpx.AsyncClient, token: str) -> dict:
    return (await run(client, "MyPlanChangeApplications", {}, token))["myPlan"]


async def apply(client: httpx.AsyncClient, token: str, changes: dict, added: list[str] = (), removed: list[str] = ()) -> dict:
    data = {"changes": changes, "attachmentIds": list(added), "removedAttachmentIds": list(removed)}
    return (await run(client, "ApplyForChange", {"input": data}, token))["applyForChange"]


async def bulk_file_id(plan_id: int) -> str:
    return encode_id("Attachment", (await Attachment.get(plan_id=plan_id, is_bulk=True)).id)


async def test_a_file_outside_a_change_stays_refused_after_certification(client: httpx.AsyncClient, settings: Settings) -> None:
    token, plan = await certified(settings.upload_dir)
    before = await snapshot(exclude=NOISE)
    refused = await upload_single(client, token, "REMARKS")
    assert refused["errors"][0]["code"] == "INVALID_STATE" and "変更申請または変更届出" in refused["errors"][0]["message"]
    deleted = (await run(client, "DeleteAttachment", {"input": {"attachmentId": await bulk_file_id(plan.id)}}, token))["deleteAttachment"]
    assert deleted["errors"][0]["code"] == "INVALID_STATE"
    assert await snapshot(exclude=NOISE) == before


async def test_staging_needs_a_certified_plan(client: httpx.AsyncClient, settings: Settings) -> None:
    from tests.factories import company_token

    _, token = await company_token()
    await run(client, "SavePlanDraft", {"input": {"companyName": "東京建設株式会社"}}, token)
    before = await snapshot(exclude=NOISE)
    refused = await upload_single(client, token, "REMARKS", staged=True)
    assert refused["errors"] == [{"field": "staged", "code": "INVALID_STATE", "message": refused["errors"][0]["message"]}]
    assert "認定済み" in refused["errors"][0]["message"]
    assert await snapshot(exclude=NOISE) == before


async def test_a_staged_file_joins_the_plan_when_the_change_is_certified(client: httpx.AsyncClient, settings: Settings) -> None:
    token, plan = await certified(settings.upload_dir)
    staged = await upload_single(client, token, "REMARKS", "追加資料.pdf", PDF + b"new", staged=True)
    assert staged["errors"] == []
    file_id = staged["attachment"]["id"]
    mine = await my_plan(client, token)
    assert [f["id"] for f in mine["stagedAttachments"]] == [file_id]
    assert file_id not in {f["id"] for f in mine["attachments"]}  # not the plan's yet

    filed = await apply(client, token, {"companyName": "新商号建設株式会社"}, added=[file_id])
    assert filed["errors"] == []
    change = filed["changeApplication"]
    assert [f["id"] for f in change["attachments"]] == [file_id]
    row = next(r for r in change["diff"] if r["field"].startswith("attachments."))
    assert row["before"] is None and row["after"] == "備考：追加資料.pdf"
    mine = await my_plan(client, token)
    assert mine["stagedAttachments"] == [] and file_id not in {f["id"] for f in mine["attachments"]}

    # A file a change application holds is not deleted behind its back.
    before = await snapshot(exclude=NOISE)
    held = (await run(client, "DeleteAttachment", {"input": {"attachmentId": file_id}}, token))["deleteAttachment"]
    assert held["errors"][0]["code"] == "INVALID_STATE" and "変更申請" in held["errors"][0]["message"]
    assert await snapshot(exclude=NOISE) == before

    _, kanto = await staff_token(Role.BUREAU_STAFF, Bureau.KANTO)
    staff_view = (await run(client, "ChangeApplications", {}, kanto))["changeApplications"]["edges"][0]["node"]
    assert [f["fileName"] for f in staff_view["attachments"]] == ["追加資料.pdf"]
    await review(client, kanto, "AcceptChangeApplication", change["id"])
    assert (await review(client, kanto, "CertifyChangeApplication", change["id"]))["errors"] == []
    mine = await my_plan(client, token)
    assert file_id in {f["id"] for f in mine["attachments"]} and mine["stagedAttachments"] == []
    event = await PlanEvent.get(plan_id=plan.id, action=PlanAction.CHANGE_CERTIFIED)
    assert any(r["field"].startswith("attachments.") and r["after"] == "備考：追加資料.pdf" for r in event.changes)


async def test_a_bulk_covered_item_is_changed_through_the_bulk_file(client: httpx.AsyncClient, settings: Settings) -> None:
    """FAQ 21: an item the bulk file covers takes a single file only once that bulk file goes."""
    token, plan = await certified(settings.upload_dir)
    old_bulk = await bulk_file_id(plan.id)
    single = (await upload_single(client, token, "CONSTRUCTION_LICENSE", "許可証.pdf", PDF + b"license", staged=True))["attachment"]["id"]
    before = await snapshot(exclude=NOISE)
    refused = await apply(client, token, {}, added=[single])
    assert refused["errors"][0]["field"] == "attachmentIds.0" and "一括登録の欄" in refused["errors"][0]["message"]
    assert await snapshot(exclude=NOISE) == before

    # D8: the replacement must leave no required item without a file.
    partial = (await upload_bulk(client, token, ["REGISTRY_CERTIFICATE", "FULL_TIME_STAFF_PROOF"], PDF + b"bulk2", staged=True))
    refused = await apply(client, token, {}, added=[single, partial["attachment"]["id"]], removed=[old_bulk])
    assert {e["field"] for e in refused["errors"]} == {"removedAttachmentIds.0"} and all(e["code"] == "REQUIRED" for e in refused["errors"])
    assert any("書類No.4" in e["message"] for e in refused["errors"])
    rest = [item for item in REQUIRED_ITEMS if item != "CONSTRUCTION_LICENSE"]
    replacement = (await upload_bulk(client, token, rest, PDF + b"bulk3", staged=True))
    filed = await apply(client, token, {}, added=[single, replacement["attachment"]["id"]], removed=[old_bulk])
    assert filed["errors"] == [], filed
    fields = {r["field"]: (r["before"], r["after"]) for r in filed["changeApplication"]["diff"]}
    assert fields[f"attachments.{row_of(old_bulk)}"][1] is None and fields[f"attachments.{row_of(old_bulk)}"][0].startswith("一括登録（")
    _, mlit = await staff_token(Role.MLIT_STAFF)
    change_id = filed["changeApplication"]["id"]
    await review(client, mlit, "AcceptChangeApplication", change_id)
    assert (await review(client, mlit, "CertifyChangeApplication", change_id))["errors"] == []
    files = {f["id"]: f for f in (await my_plan(client, token))["attachments"]}
    assert old_bulk not in files and single in files and replacement["attachment"]["id"] in files
    assert files[single]["documentItem"] == "CONSTRUCTION_LICENSE"


def row_of(opaque: str) -> int:
    return decode_id("Attachment", opaque) or 0


async def test_files_a_change_cannot_take_are_refused(client: httpx.AsyncClient, settings: Settings) -> None:
    token, plan = await certified(settings.upload_dir)
    other_token, other_plan = await certified(settings.upload_dir, prefecture="27")
    theirs = (await upload_single(client, other_token, "REMARKS", "他社.pdf", PDF + b"other", staged=True))["attachment"]["id"]
    mine = (await upload_single(client, token, "REMARKS", "自社.pdf", PDF + b"mine", staged=True))["attachment"]["id"]
    before = await snapshot(exclude=NOISE)
    cases = [
        ({"added": [theirs]}, "attachmentIds.0", "NOT_FOUND"),                # another company's file
        ({"added": [await bulk_file_id(plan.id)]}, "attachmentIds.0", "NOT_FOUND"),  # a plan file is not staged
        ({"added": ["bm9wZQ"]}, "attachmentIds.0", "NOT_FOUND"),              # not an ID at all
        ({"removed": [await bulk_file_id(other_plan.id)]}, "removedAttachmentIds.0", "NOT_FOUND"),
        ({"added": [mine], "removed": [mine]}, "removedAttachmentIds.0", "NOT_FOUND"),
    ]
    for files, field, code in cases:
        result = await apply(client, token, {}, **files)
        assert result["changeApplication"] is None and result["errors"][0]["field"] == field and result["errors"][0]["code"] == code, (files, result)
    assert await snapshot(exclude=NOISE) == before

    # A file held by a withdrawn application is not taken by another until the first lets it go (FAQ 39).
    first = await apply(client, token, {}, added=[mine])
    withdrawn = (await run(client, "WithdrawChangeApplication", {"input": {"changeApplicationId": first["changeApplication"]["id"]}}, token))
    assert withdrawn["withdrawChangeApplication"]["errors"] == []
    before = await snapshot(exclude=NOISE)
    taken = await apply(client, token, {}, added=[mine])
    assert taken["errors"][0]["code"] == "INVALID_STATE" and "別の変更申請" in taken["errors"][0]["message"]
    assert await snapshot(exclude=NOISE) == before
    released = (await run(client, "EditChangeApplication", {"input": {
        "changeApplicationId": first["changeApplication"]["id"], "changes": {"companyName": "新商号建設株式会社"}, "attachmentIds": []}}, token))
    edited = released["editChangeApplication"]["changeApplication"]
    assert edited["attachments"] == [] and not any(r["field"].startswith("attachments.") for r in edited["diff"])
    assert [f["id"] for f in (await my_plan(client, token))["stagedAttachments"]] == [mine]


async def test_a_withdrawn_application_keeps_its_files_when_edited(client: httpx.AsyncClient, settings: Settings) -> None:
    token, _ = await certified(settings.upload_dir)
    file_id = (await upload_single(client, token, "REMARKS", "資料.pdf", PDF + b"keep", staged=True))["attachment"]["id"]
    change_id = (await apply(client, token, {"companyName": "旧"}, added=[file_id]))["changeApplication"]["id"]
    await run(client, "WithdrawChangeApplication", {"input": {"changeApplicationId": change_id}}, token)
    edited = (await run(client, "EditChangeApplication", {"input": {"changeApplicationId": change_id, "changes": {"companyName": "新"}}},
                        token))["editChangeApplication"]["changeApplication"]
    assert [f["id"] for f in edited["attachments"]] == [file_id]
    assert any(r["field"].startswith("attachments.") for r in edited["diff"])


async def test_a_change_notification_applies_its_files_at_once(client: httpx.AsyncClient, settings: Settings) -> None:
    token, plan = await certified(settings.upload_dir)
    file_id = (await upload_single(client, token, "REMARKS", "連絡先変更.pdf", PDF + b"notice", staged=True))["attachment"]["id"]
    data = {"changes": {"phone": "03-1111-2222"}, "attachmentIds": [file_id]}
    result = (await run(client, "FileChangeNotification", {"input": data}, token))["fileChangeNotification"]
    assert result["errors"] == []
    mine = await my_plan(client, token)
    assert file_id in {f["id"] for f in mine["attachments"]} and mine["stagedAttachments"] == []
    event = await PlanEvent.get(plan_id=plan.id, action=PlanAction.CHANGE_NOTIFIED)
    assert {r["field"] for r in event.changes} >= {"phone", f"attachments.{row_of(file_id)}"}


async def test_a_staged_file_nobody_took_can_be_deleted(client: httpx.AsyncClient, settings: Settings) -> None:
    token, _ = await certified(settings.upload_dir)
    file_id = (await upload_single(client, token, "REMARKS", "誤り.pdf", PDF + b"oops", staged=True))["attachment"]["id"]
    deleted = (await run(client, "DeleteAttachment", {"input": {"attachmentId": file_id}}, token))["deleteAttachment"]
    assert deleted["errors"] == [] and (await my_plan(client, token))["stagedAttachments"] == []


def test_the_resulting_set_keeps_the_per_item_limit() -> None:
    """B7 over the set the plan would have: 30 licence files, one more is refused on the new file."""
    files = [FileFacts(n, "CONSTRUCTION_LICENSE", None) for n in range(1, 31)]
    assert attachment_set_problems(files, {30: "attachmentIds.0"}) == []
    problems = attachment_set_problems([*files, FileFacts(31, "CONSTRUCTION_LICENSE", None)], {31: "attachmentIds.0"})
    assert [(p.field, p.code.value) for p in problems] == [("attachmentIds.0", "LIMIT_EXCEEDED")] and "30件まで" in problems[0].message
    # A worker's items count per worker.
    per_worker = [FileFacts(n, "EMPLOYMENT_CONTRACT", n % 2) for n in range(1, 61)]
    assert attachment_set_problems(per_worker, {60: "attachmentIds.0"}) == []
