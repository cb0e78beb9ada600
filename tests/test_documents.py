"""Documents people print (REQUIREMENTS G1, #25): the 認定証, the 申請書控え and each certified change's
notice, listed per state and role, downloaded as PDF with the bearer token under the plan's
visibility, their text checked with a PDF library, their first page rendered by pdftoppm as a
non-blank A4 image; every download recorded. On both databases."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import httpx
import pytest
from PIL import Image
from pypdf import PdfReader

from app.graphql.core.ids import encode_id
from app.infra.settings import Settings
from app.models import DocumentDownload, Plan, Worker
from app.models.enums import DocumentKind, Role
from tests.factories import company_token, staff_token
from tests.operations import run
from tests.test_changes import apply, certified, review
from tests.test_plan_edges import mutate

OUTPUT = Path(__file__).resolve().parent.parent / "test-output" / "documents"


async def documents(client: httpx.AsyncClient, plan: Plan, token: str) -> dict[str, dict]:
    listed = (await run(client, "PlanDocuments", {"id": encode_id("Plan", plan.id)}, token))["plan"]["documents"]
    return {d["kind"] if d["kind"] != "CHANGE_CERTIFICATE" else d["url"]: d for d in listed}


async def pdf_text(client: httpx.AsyncClient, url: str, token: str | None) -> str:
    response = await client.get(url, headers={"Authorization": f"Bearer {token}"} if token else {})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/pdf" and response.headers["x-content-type-options"] == "nosniff"
    reader = PdfReader(io.BytesIO(response.content))
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    return "".join("".join(page.extract_text() for page in reader.pages).split())  # cells wrap lines: compare without spaces


async def test_a_certified_plan_prints_its_certificate_and_the_change_shows_on_it(
        client: httpx.AsyncClient, settings: Settings) -> None:
    token, plan = await certified(settings.upload_dir)
    listed = await documents(client, plan, token)
    assert set(listed) == {"CERTIFICATE", "APPLICATION_COPY"}
    certificate = listed["CERTIFICATE"]
    assert certificate["label"] == "認定証" and certificate["url"].endswith("/certificate.pdf")
    text = await pdf_text(client, certificate["url"], token)
    worker = await Worker.filter(plan_id=plan.id).order_by("position").first()
    for expected in ("建設特定技能受入計画認定証", plan.certificate_number, plan.company_name, "関東地方整備局", "商号又は名称",
                     "建設キャリアアップシステム事業者ID", worker.name, "ベトナム", "受入予定期間", "250,000円"):
        assert "".join(expected.split()) in text, expected
    assert plan.phone not in text  # not a certificate item
    assert await DocumentDownload.filter(plan_id=plan.id, kind=DocumentKind.CERTIFICATE, company_id=plan.company_id).count() == 1

    change = (await apply(client, token, {"representativeName": "変更 後代表"}))["changeApplication"]
    _, mlit = await staff_token(Role.MLIT_STAFF)
    await review(client, mlit, "AcceptChangeApplication", change["id"])
    await review(client, mlit, "CertifyChangeApplication", change["id"])
    listed = await documents(client, plan, token)
    [notice] = [d for key, d in listed.items() if "/changes/" in key]
    assert notice["kind"] == "CHANGE_CERTIFICATE"
    after = await pdf_text(client, listed["CERTIFICATE"]["url"], token)
    assert "変更後代表" in after and "変更認定日" in after and plan.representative_name.replace(" ", "") not in after
    rows = await pdf_text(client, notice["url"], token)
    assert "代表者の氏名" in rows and plan.representative_name.replace(" ", "") in rows and "変更後代表" in rows
    # Staff print the same under their scope; another company, an anonymous client and another bureau get 404.
    staff_copy = await client.get(listed["CERTIFICATE"]["url"], headers={"Authorization": f"Bearer {mlit}"})
    assert staff_copy.status_code == 200
    _, other = await company_token("他社建設株式会社")
    _, kinki = await staff_token(Role.BUREAU_STAFF, "KINKI")
    for stranger in (other, kinki, None):
        refused = await client.get(listed["CERTIFICATE"]["url"], headers={"Authorization": f"Bearer {stranger}"} if stranger else {})
        assert refused.status_code == 404 and refused.json()["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    assert (await client.get(f"/documents/plans/{encode_id('Plan', plan.id)}/nothing.pdf",
                             headers={"Authorization": f"Bearer {token}"})).status_code == 404


async def test_a_draft_prints_a_marked_copy_and_an_analyst_reads_masked(client: httpx.AsyncClient, settings: Settings) -> None:
    _, draft_token = await company_token("下書き建設株式会社")
    saved = (await run(client, "SavePlanDraft", {"input": {"companyName": "下書き建設株式会社", "workers": [{"name": "TRAN VAN AN"}]}},
                       draft_token))["savePlanDraft"]["plan"]
    [copy] = (await run(client, "MyPlanDocuments", {}, draft_token))["myPlan"]["documents"]
    assert copy["kind"] == "APPLICATION_COPY" and copy["issuedAt"] is None
    text = await pdf_text(client, copy["url"], draft_token)
    assert "一時保存" in text and "（控え）" in text and "TRANVANAN" in text
    assert saved["status"] == "DRAFT"

    token, plan = await certified(settings.upload_dir, prefecture="27")
    _, analyst = await staff_token(Role.ANALYST)
    listed = await documents(client, plan, analyst)
    text = await pdf_text(client, listed["CERTIFICATE"]["url"], analyst)
    worker = await Worker.filter(plan_id=plan.id).order_by("position").first()
    assert "".join(worker.name.split()) not in text and "＊＊＊" in text and "近畿地方整備局" in text


async def test_a_revoked_plans_certificate_says_so(client: httpx.AsyncClient, settings: Settings) -> None:
    token, plan = await certified(settings.upload_dir)
    _, mlit = await staff_token(Role.MLIT_STAFF)
    await mutate(client, mlit, "RevokePlan", {"planId": encode_id("Plan", plan.id), "comment": "報告義務違反"})
    listed = await documents(client, plan, token)
    text = await pdf_text(client, listed["CERTIFICATE"]["url"], token)
    assert "取消" in text and "認定取消日" in text


@pytest.mark.parametrize("dialect", ["sqlite"], indirect=True)
async def test_the_same_plan_gives_the_same_bytes_and_a_page_a_person_can_read(
        client: httpx.AsyncClient, settings: Settings, tmp_path: Path) -> None:
    token, plan = await certified(settings.upload_dir)
    url = (await documents(client, plan, token))["CERTIFICATE"]["url"]
    headers = {"Authorization": f"Bearer {token}"}
    first, second = (await client.get(url, headers=headers)).content, (await client.get(url, headers=headers)).content
    assert first == second  # deterministic: no creation time, no random id
    assert shutil.which("pdftoppm"), "poppler-utils (pdftoppm) is installed by scripts/ensure-system-packages"
    (tmp_path / "certificate.pdf").write_bytes(first)
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(tmp_path / "certificate.pdf"), str(tmp_path / "page")],
                   check=True)
    [page] = list(tmp_path.glob("page*.png"))
    image = Image.open(page).convert("L")
    width, height = image.size
    assert abs(height / width - 842 / 595) < 0.01  # A4 proportions
    dark = sum(image.histogram()[:128])
    assert dark > width * height * 0.005  # text and rules, not a blank page
    OUTPUT.mkdir(parents=True, exist_ok=True)
    shutil.copy(page, OUTPUT / "certificate-page1.png")
    shutil.copy(tmp_path / "certificate.pdf", OUTPUT / "certificate.pdf")


@pytest.mark.parametrize("dialect", ["sqlite"], indirect=True)
async def test_two_hundred_workers_print_on_numbered_pages(db: str) -> None:
    """G1: a plan of 200 workers (the most a plan lists) prints its whole list, page numbers on every page."""
    from app.infra.pdf import Document, Section, render

    table = [["氏名", "国籍・地域"], *([f"WORKER {n:03d}", "ベトナム"] for n in range(200))]
    pdf = render(Document("認定証", ["認定番号 TK-1"], [Section("1号特定技能外国人リスト", table=table)], "2026年12月7日"))
    reader = PdfReader(io.BytesIO(pdf))
    pages = len(reader.pages)
    text = "".join("".join(page.extract_text() for page in reader.pages).split())
    assert pages > 1 and "WORKER199" in text and f"{pages}/{pages}" in text


async def test_staff_print_the_same_documents_from_the_admin_plan_page(client: httpx.AsyncClient, settings: Settings) -> None:
    import re

    from tests.admin_client import admin_login
    from tests.factories import make_staff

    _, plan = await certified(settings.upload_dir)
    staff = await make_staff(Role.MLIT_STAFF, login_id="print-mlit")
    await admin_login(client, staff.login_id)
    page = (await client.get(f"/admin/plan/details/{plan.id}")).text
    assert "印刷用書類（PDF）" in page
    links = re.findall(r'href="([^"]*/document/[^"]+)"', page)
    assert len(links) == 2 and any("/CERTIFICATE/" in link for link in links)
    certificate = await client.get(next(link for link in links if "/CERTIFICATE/" in link))
    assert certificate.status_code == 200 and certificate.headers["content-type"] == "application/pdf"
    assert plan.certificate_number in "".join(PdfReader(io.BytesIO(certificate.content)).pages[0].extract_text().split())
    assert await DocumentDownload.filter(plan_id=plan.id, staff_id=staff.id).count() == 1
    assert (await client.get(f"/admin/plan/document/{plan.id}/NOTHING/0")).status_code == 404


async def test_a_remanded_plans_documents_are_hidden_from_staff(client: httpx.AsyncClient, settings: Settings) -> None:
    """C4: while remanded the plan is with the company; its copy prints for the company only."""
    from app.domain.accounts.authentication import log_in
    from app.models import CompanyAccount
    from tests.plan_builder import submitted_plan

    company_viewer, plan = await submitted_plan(settings.upload_dir)
    _, mlit = await staff_token(Role.MLIT_STAFF)
    await mutate(client, mlit, "RemandPlan", {"planId": encode_id("Plan", plan.id), "comment": "給与を見直してください"})
    company = await CompanyAccount.get(id=company_viewer.company_id)
    token = (await log_in(company.login_id, "Companypass123", None)).token
    [copy] = (await run(client, "MyPlanDocuments", {}, token))["myPlan"]["documents"]
    assert "差戻し中" in await pdf_text(client, copy["url"], token)
    hidden = await client.get(copy["url"], headers={"Authorization": f"Bearer {mlit}"})
    assert hidden.status_code == 404
