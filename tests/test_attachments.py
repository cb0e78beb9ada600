"""添付書類 (B7) through GraphQL multipart uploads: limits, types by content, bulk rules."""

from __future__ import annotations

import io
import zipfile

import httpx
import pytest

from app.domain.catalogue import MAX_FILE_BYTES
from app.models import Attachment, AttachmentCoverage
from tests.conftest import snapshot
from tests.factories import company_token
from tests.operations import run
from tests.plan_builder import PDF
from tests.uploads import upload, upload_bulk, upload_single

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return buffer.getvalue()


@pytest.fixture
async def company(client: httpx.AsyncClient) -> tuple[str, dict]:
    _, token = await company_token()
    plan = (await run(client, "SavePlanDraft", {"input": {"companyName": "東京建設株式会社", "workers": [{"name": "A"}]}}, token))
    return token, plan["savePlanDraft"]["plan"]


async def test_a_file_is_stored_under_a_key_of_its_own_with_its_hash_and_metadata(client, company, settings) -> None:
    """DESIGN.md rule 8: the server names the stored file; its SHA-256 is kept on the row (#29)."""
    token, _ = company
    result = await upload_single(client, token, "CONSTRUCTION_LICENSE", "許可証.pdf")
    assert result["errors"] == []
    attachment = result["attachment"]
    assert attachment["fileName"] == "許可証.pdf" and attachment["size"] == len(PDF)
    assert attachment["contentType"] == "application/pdf" and attachment["documentItem"] == "CONSTRUCTION_LICENSE"
    row = await Attachment.get()
    import hashlib

    assert row.sha256 == hashlib.sha256(PDF).hexdigest() and row.storage_key != row.sha256
    assert (settings.upload_dir / row.storage_key[:2] / row.storage_key).read_bytes() == PDF
    mine = (await run(client, "MyPlan", token=token))["myPlan"]
    assert [a["fileName"] for a in mine["attachments"]] == ["許可証.pdf"]


async def test_a_path_in_the_file_name_is_dropped(client, company) -> None:
    token, _ = company
    result = await upload_single(client, token, "REMARKS", "../../etc/passwd.pdf")
    assert result["attachment"]["fileName"] == "passwd.pdf"


async def test_ten_megabytes_and_one_byte_is_refused_and_nothing_is_kept(client, company, settings) -> None:
    token, _ = company
    before = await snapshot()
    result = await upload_single(client, token, "REMARKS", "big.pdf", PDF + b"0" * (MAX_FILE_BYTES + 1 - len(PDF)))
    assert result["attachment"] is None
    assert result["errors"][0]["code"] == "LIMIT_EXCEEDED" and "10MB" in result["errors"][0]["message"]
    assert await snapshot() == before
    assert not [p for p in settings.upload_dir.rglob("*") if p.is_file()]
    exactly = await upload_single(client, token, "REMARKS", "max.pdf", PDF + b"0" * (MAX_FILE_BYTES - len(PDF)))
    assert exactly["errors"] == []


async def test_a_body_over_eleven_megabytes_is_refused_with_413(client, company) -> None:
    token, _ = company
    response = await upload(client, token, "UploadAttachment", {"documentItem": "REMARKS"}, "huge.pdf", PDF + b"0" * (11 * 1024 * 1024))
    assert response.status_code == 413
    assert await Attachment.all().count() == 0


@pytest.mark.parametrize(
    ("file_name", "content", "accepted"),
    [
        ("scan.png", PNG, True),
        ("contract.docx", docx_bytes(), True),
        ("photo.PDF", PDF, True),
        ("renamed.pdf", PNG, False),         # content and name disagree
        ("virus.pdf", b"MZ\x90\x00" + b"\x00" * 60, False),
        ("script.html", b"<script>alert(1)</script>", False),
        ("notreally.docx", b"PK\x03\x04not a zip", False),
    ],
)
async def test_types_are_checked_by_content_and_name(client, company, file_name: str, content: bytes, accepted: bool) -> None:
    token, _ = company
    result = await upload_single(client, token, "REMARKS", file_name, content)
    if accepted:
        assert result["errors"] == []
    else:
        assert result["errors"][0]["code"] == "INVALID" and "PDF" in result["errors"][0]["message"]
        assert await Attachment.all().count() == 0


async def test_a_bulk_file_needs_at_least_one_item_checked(client, company) -> None:
    token, _ = company
    result = await upload_bulk(client, token, [])
    assert result["errors"] == [{"field": "covers", "code": "REQUIRED", "message": "最低1つはチェックしてください"}]
    assert await Attachment.all().count() == 0


async def test_an_item_covered_by_a_bulk_file_takes_no_single_files(client, company) -> None:
    token, _ = company
    bulk = await upload_bulk(client, token, ["REGISTRY_CERTIFICATE", "CONSTRUCTION_LICENSE"])
    assert bulk["errors"] == [] and bulk["attachment"]["coveredItems"] == ["REGISTRY_CERTIFICATE", "CONSTRUCTION_LICENSE"]
    assert bulk["attachment"]["documentItem"] is None
    refused = await upload_single(client, token, "CONSTRUCTION_LICENSE")
    assert refused["errors"][0]["code"] == "INVALID" and "一括登録の欄" in refused["errors"][0]["message"]
    single = await upload_single(client, token, "JOB_OFFER")
    assert single["errors"] == []
    mixed = await upload_bulk(client, token, ["JOB_OFFER", "WORK_RULES"])
    assert mixed["errors"][0]["field"] == "covers.0" and "個別" in mixed["errors"][0]["message"]
    # Coverage changes only through the bulk area: delete the bulk file, then single files are allowed.
    await run(client, "DeleteAttachment", {"input": {"attachmentId": bulk["attachment"]["id"]}}, token)
    assert await AttachmentCoverage.all().count() == 0
    assert (await upload_single(client, token, "CONSTRUCTION_LICENSE"))["errors"] == []


async def test_per_worker_items_name_their_worker(client, company) -> None:
    token, plan = company
    missing = await upload_single(client, token, "EMPLOYMENT_CONTRACT")
    assert missing["errors"][0]["field"] == "workerId" and missing["errors"][0]["code"] == "REQUIRED"
    worker_id = plan["workers"][0]["id"]
    ok = await upload_single(client, token, "EMPLOYMENT_CONTRACT", worker_id=worker_id)
    assert ok["errors"] == [] and ok["attachment"]["workerId"] == worker_id
    wrong = await upload_single(client, token, "CONSTRUCTION_LICENSE", worker_id=worker_id)
    assert wrong["errors"][0]["field"] == "workerId"


@pytest.mark.parametrize("dialect", ["sqlite"], indirect=True)
@pytest.mark.parametrize(("item", "limit"), [("CONSTRUCTION_LICENSE", 30), ("REMARKS", 50)])
async def test_file_limits_per_item(client, company, item: str, limit: int) -> None:
    token, _ = company
    for n in range(limit):
        assert (await upload_single(client, token, item, f"{n}.pdf", PDF + str(n).encode()))["errors"] == []
    over = await upload_single(client, token, item, "over.pdf", PDF + b"over")
    assert over["errors"][0]["code"] == "LIMIT_EXCEEDED" and f"{limit}件まで" in over["errors"][0]["message"]
    assert await Attachment.all().count() == limit


async def test_attachments_change_only_while_the_plan_is_editable(client, company, settings) -> None:
    from app.models import Plan

    token, plan = company
    first = await upload_single(client, token, "REMARKS")
    await Plan.all().update(status="APPLIED")
    before = await snapshot()
    refused = await upload_single(client, token, "REMARKS", "second.pdf", PDF + b"2")
    assert refused["errors"][0]["code"] == "INVALID_STATE" and "申請中" in refused["errors"][0]["message"]
    deleted = (await run(client, "DeleteAttachment", {"input": {"attachmentId": first["attachment"]["id"]}}, token))["deleteAttachment"]
    assert deleted["errors"][0]["code"] == "INVALID_STATE"
    assert await snapshot() == before


async def test_another_companys_attachment_is_not_found(client, company) -> None:
    token, _ = company
    mine = await upload_single(client, token, "REMARKS")
    _, other_token = await company_token("他社建設")
    await run(client, "SavePlanDraft", {"input": {"companyName": "他社建設"}}, other_token)
    result = (await run(client, "DeleteAttachment", {"input": {"attachmentId": mine["attachment"]["id"]}}, other_token))["deleteAttachment"]
    assert result["errors"][0]["code"] == "NOT_FOUND"
    assert await Attachment.all().count() == 1


async def test_a_workers_files_leave_with_the_worker(client, company, settings) -> None:
    token, plan = company
    worker_id = plan["workers"][0]["id"]
    uploaded = await upload_single(client, token, "EMPLOYMENT_CONTRACT", "契約書.pdf", PDF + b"contract", worker_id=worker_id)
    kept = await upload_single(client, token, "REMARKS", "備考.pdf", PDF + b"remarks")
    assert uploaded["errors"] == [] and kept["errors"] == []
    files = lambda: sorted(p.name for p in settings.upload_dir.rglob("*") if p.is_file())  # noqa: E731
    assert len(files()) == 2
    saved = (await run(client, "SavePlanDraft", {"input": {"workers": [{"name": "B"}]}}, token))["savePlanDraft"]
    assert saved["errors"] == [] and [a["fileName"] for a in saved["plan"]["attachments"]] == ["備考.pdf"]
    assert len(files()) == 1  # the contract's file is gone from the folder too

