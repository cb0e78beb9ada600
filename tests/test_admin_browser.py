"""The admin panel end to end in a real headless Chromium (Debian's chromium, driven by Playwright):
a bureau reviewer works through the queue (open, remand, next case, accept, certify) and an analyst
exports a filtered list (F1, F2, C4, issue #14). Every page is screenshot into test-output/admin/ and
checked for English words and raw codes."""

from __future__ import annotations

import asyncio
import csv
import io
import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from app.domain import clock
from app.domain.accounts.passwords import configure_hashing
from app.domain.accounts.staff import create_staff
from app.domain.text import char_count
from app.infra.database import database
from app.models import OutboxMail, Plan
from app.models.enums import LABELED_ENUMS, Bureau, PlanAction, Role
from tests.factories import STAFF_PASSWORD
from tests.plan_builder import staff, submitted_plan
from tests.served import ServedApp

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
OUTPUT = Path(__file__).resolve().parent.parent / "test-output" / "admin"

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")


async def _seed(url: str, upload_dir: Path) -> dict[str, str]:
    """Three Kanto plans in queue order (first filed first), one in Kinki, one remanded earlier."""
    async with database(url):
        await create_staff("kanto-reviewer", Role.BUREAU_STAFF, STAFF_PASSWORD, bureau=Bureau.KANTO, display_name="関東 審査子")
        await create_staff("analyst-export", Role.ANALYST, STAFF_PASSWORD, display_name="分析 花子")
        mlit = await create_staff("mlit-browser", Role.MLIT_STAFF, STAFF_PASSWORD, display_name="国交 一郎")
        from app.domain.accounts.sessions import viewer_of_staff
        from app.domain.notices.announcements import publish_announcement

        await publish_announcement(viewer_of_staff(mlit), "年末年始のお知らせ", "12月29日から1月3日まで審査を休止します。\n問い合わせも休止します。",
                                   clock.now() - timedelta(days=1), None, False)
        _, remand_me = await submitted_plan(upload_dir, prefecture="13", name="差戻予定建設株式会社")
        _, certify_me = await submitted_plan(upload_dir, prefecture="11", name="認定予定工業株式会社")
        _, last = await submitted_plan(upload_dir, prefecture="14", name="横浜後続建設株式会社")
        _, kinki = await submitted_plan(upload_dir, prefecture="27", name="浪速組株式会社")
        _, hidden = await submitted_plan(upload_dir, prefecture="14", name="既差戻建設株式会社")
        from app.domain.review.moves import review_plan

        await review_plan(await staff(Role.MLIT_STAFF), hidden.id, PlanAction.REMAND, "先に差し戻した計画")
        changer, to_change = await submitted_plan(upload_dir, prefecture="12", name="変更予定建設株式会社")
        for action in (PlanAction.ACCEPT, PlanAction.CERTIFY):
            await review_plan(await staff(Role.MLIT_STAFF), to_change.id, action, "")
        reporter = await _plan_certified_long_ago(upload_dir)
        returning = await _reemployment_waiting(upload_dir)
        leaving, to_cancel = await submitted_plan(upload_dir, prefecture="04", name="取消申請建設株式会社")
        for action in (PlanAction.ACCEPT, PlanAction.CERTIFY):
            await review_plan(await staff(Role.MLIT_STAFF), to_cancel.id, action, "")
        from app.domain.reports.cancellation import apply_for_plan_cancellation

        await apply_for_plan_cancellation(leaving, "事業を廃止するため")
        return {"cancelling": to_cancel.application_number,"remand": remand_me.application_number, "certify": certify_me.application_number, "last": last.application_number,
                "changer": changer.login_id, "changed_plan": str(to_change.id), "reporter": reporter,
                "returning": returning}


async def _reemployment_waiting(upload_dir: Path) -> str:
    """A certified Kanto plan whose worker started work, left for a while and files a 再雇用申請 (DOMAIN §4.4)."""
    from app.domain.reports.acceptance import AcceptanceData, register_acceptance_report, send_acceptance_report
    from app.domain.reports.worker_reports import apply_for_reemployment
    from app.domain.review.moves import review_plan
    from app.models import Worker
    from app.models.enums import EmploymentStatus

    company, plan = await submitted_plan(upload_dir, prefecture="13", name="再雇用建設株式会社")
    for action in (PlanAction.ACCEPT, PlanAction.CERTIFY):
        await review_plan(await staff(Role.MLIT_STAFF), plan.id, action, "")
    worker = await Worker.filter(plan_id=plan.id).order_by("position").first()
    report = await register_acceptance_report(company, worker.id, AcceptanceData(
        EmploymentStatus.WORKING, "AB12345678CD", "0" * 14, None, clock.today() + timedelta(days=300), clock.today() - timedelta(days=9),
        clock.today() - timedelta(days=8), "交付待ち"))
    await send_acceptance_report(company, report.id)
    await apply_for_reemployment(company, worker.id, clock.today(), clock.today() + timedelta(days=30), "一時帰国")
    return worker.name or ""


async def _plan_certified_long_ago(upload_dir: Path) -> str:
    """A Kanto plan filed and certified 120 days ago, through the domain's moves with its clock set back,
    so that its workers started work two months ago and their acceptance reports are overdue now."""
    from app.domain.review.moves import review_plan

    then = clock.now() - timedelta(days=120)
    clock.set_clock(lambda: then)
    try:
        reporter, plan = await submitted_plan(upload_dir, prefecture="13", name="報告遅延建設株式会社")
        for action in (PlanAction.ACCEPT, PlanAction.CERTIFY):
            await review_plan(await staff(Role.MLIT_STAFF), plan.id, action, "")
    finally:
        clock.set_clock(None)
    return reporter.login_id


async def _state(url: str) -> tuple[dict[str, str], list[str]]:
    async with database(url, migrate=False):
        statuses = {p.company_name: p.status.value for p in await Plan.all()}
        mails = [m.to_address for m in await OutboxMail.filter(kind="PLAN_REMANDED", subject__contains="差戻し")]
        return statuses, mails


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, str, dict[str, str]]]:
    configure_hashing(1, 1024)
    url = f"sqlite://{tmp_path / 'browser.sqlite3'}"
    numbers = asyncio.run(_seed(url, tmp_path / "uploads"))
    with ServedApp(url, tmp_path) as served_app:
        yield served_app.base, url, numbers


RAW_CODES = {part for enum in LABELED_ENUMS.values() for member in enum for part in member.value.split("_")}
ENGLISH_WORD = re.compile(r"\b[A-Za-z]{3,}\b")
# What may stay in Latin letters: codes people know by those letters, and data typed in them.
ALLOWED = {"CCUS", "PDF", "Word", "Excel", "PowerPoint", "JPEG", "PNG", "GIF", "TIFF"}
LOGIN_ID_WORDS = {"kanto", "reviewer", "analyst", "export", "mlit", "browser"}  # login IDs are data an administrator typed


def _readable_japanese(page: Any, name: str) -> None:
    """The page as a person reads it: screenshot it, and find no English word or raw code on it."""
    page.screenshot(path=str(OUTPUT / f"{name}.png"), full_page=True)
    text = re.sub(r"[\w.+-]+@[\w.-]+", " ", page.inner_text("body"))  # e-mail addresses are data
    text = re.sub(r"\S+\.(pdf|png|jpe?g|docx?|xlsx?)\b", " ", text, flags=re.IGNORECASE)  # and so are file names
    # Names from passports are upper case; an upper-case word is a raw code only if it is one of ours.
    words = {w for w in ENGLISH_WORD.findall(text) if w not in ALLOWED | LOGIN_ID_WORDS and (not w.isupper() or w in RAW_CODES)}
    assert not words, f"{name}: {sorted(words)}"
    _accessible(page, name)


AXE = Path(__file__).resolve().parent.parent / "graphql" / "node_modules" / "axe-core" / "axe.min.js"


def _accessible(page: Any, name: str) -> None:
    """axe-core on the page as it is (#26 item 11): no violation of impact serious or critical. The pages are
    opened with `bypass_csp` only so that the test can inject axe; the panel's own scripts carry nonces."""
    assert AXE.exists(), "make test installs the front-end toolchain (npm ci --prefix graphql), axe-core among it"
    page.add_script_tag(path=str(AXE))
    violations = page.evaluate("""async () => (await axe.run(document, {resultTypes: ['violations']})).violations
        .filter(v => v.impact === 'serious' || v.impact === 'critical')
        .map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`)""")
    assert not violations, f"{name}: " + "\n".join(violations)


def _log_in(page: Any, base: str, login_id: str) -> None:
    page.goto(f"{base}/admin/login")
    page.fill("#username", login_id)
    page.fill("#password", STAFF_PASSWORD)
    page.click("button[type=submit]")


def test_a_bureau_reviewer_works_through_the_queue(served: tuple[str, str, dict[str, str]]) -> None:
    from playwright.sync_api import expect, sync_playwright

    base, url, numbers = served
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 900}, locale="ja-JP", bypass_csp=True)
        page.goto(f"{base}/admin/login")
        _readable_japanese(page, "login")
        _log_in(page, base, "kanto-reviewer")

        # Lands on the queue: oldest first, days waiting, own bureau only, the remanded one hidden (C4).
        expect(page.locator("#queue")).to_be_visible()
        rows = page.locator("#queue tbody tr")
        expect(rows).to_have_count(3)
        expect(rows.nth(0)).to_contain_text("差戻予定建設株式会社")
        expect(rows.nth(0)).to_contain_text("日")
        expect(page.locator("#queue")).not_to_contain_text("浪速組株式会社")
        expect(page.locator("#queue-charts")).to_contain_text("申請中")
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # no sideways scrolling
        _readable_japanese(page, "queue")

        # Open the oldest and remand it; the counter refuses what the server would.
        rows.nth(0).locator("a").click()
        expect(page.locator("#plan-header")).to_contain_text(numbers["remand"])
        assert page.title().startswith(f"{numbers['remand']} 差戻予定建設株式会社")
        _readable_japanese(page, "plan-detail")
        page.click("#review-actions >> text=差戻し")
        page.fill("#comment", "あ" * 3001)
        expect(page.locator("#over-limit")).to_contain_text("1文字超えています")
        expect(page.locator("#submit-next")).to_be_disabled()
        comment = "賃金台帳（直近1年分）を添付してください。\r\n𠮷野家の例のような文字も数えます。"
        page.fill("#comment", comment)
        expect(page.locator("#char-count")).to_have_text(str(char_count(comment)))  # counted as the server counts
        expect(page.locator("#submit-next")).to_be_enabled()
        _readable_japanese(page, "review-form")
        page.click("#submit-next")

        # The next case opens at once: accept it and take the next again.
        expect(page.locator("#plan-header")).to_contain_text(numbers["certify"])
        expect(page.locator("body")).to_contain_text("次の案件を開きました")
        page.click("#review-actions >> text=受理")
        page.click("#submit-next")
        expect(page.locator("#plan-header")).to_contain_text(numbers["last"])

        # Back to the queue, which keeps its filters; certify the accepted one from there.
        page.click("#plan-header >> text=戻る")
        expect(page.locator("#queue tbody tr")).to_have_count(2)
        page.select_option("#queue-filters select[name=status]", "UNDER_REVIEW")
        page.click("#queue-filters button")
        expect(page.locator("#queue tbody tr")).to_have_count(1)
        page.locator("#queue tbody tr a").first.click()
        page.click("#review-actions >> text=認定")
        page.fill("#comment", "書類に不備なし")
        page.click("#submit-back")
        expect(page.locator("body")).to_contain_text("認定済み")  # the flash names the new state
        assert "status=UNDER_REVIEW" in page.url  # the same filtered queue
        expect(page.locator("#queue")).to_contain_text("審査待ちの受入計画はありません")
        _readable_japanese(page, "queue-after-certify")

        page.goto(f"{base}/admin/plan/details/999999")
        expect(page.locator("#error-page")).to_contain_text("ページが見つかりません")
        _readable_japanese(page, "not-found")
        browser.close()

    statuses, remand_mails = asyncio.run(_state(url))
    assert statuses["差戻予定建設株式会社"] == "REMANDED"
    assert statuses["認定予定工業株式会社"] == "CERTIFIED"
    assert statuses["横浜後続建設株式会社"] == "APPLIED"
    assert statuses["浪速組株式会社"] == "APPLIED"
    assert len(remand_mails) == 4  # two for this remand, two for the one done before


def test_an_analyst_exports_what_the_filtered_list_shows(served: tuple[str, str, dict[str, str]]) -> None:
    from playwright.sync_api import sync_playwright

    base, _url, _numbers = served
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 900}, locale="ja-JP", accept_downloads=True, bypass_csp=True)
        _log_in(page, base, "analyst-export")
        page.goto(f"{base}/admin/plan/list?search=建設")
        listed = [re.search(r"20\d{6}-\d+", row).group(0) for row in page.locator("table tbody tr").all_inner_texts()]
        assert len(listed) == 6  # the plans with 建設 in the name; the remanded one is hidden (C4)
        _readable_japanese(page, "analyst-list")
        with page.expect_download() as download:
            page.click("text=エクスポート")
        content = Path(download.value.path()).read_bytes().decode("utf-8-sig")
        assert "受入計画_" in download.value.suggested_filename
        browser.close()
    rows = list(csv.reader(io.StringIO(content)))
    assert [row[0] for row in rows[1:]] == listed


def test_every_page_mlit_staff_read_is_japanese(served: tuple[str, str, dict[str, str]]) -> None:
    """Each list of the panel and the first record of each, as MLIT staff see them (issue #14)."""
    from playwright.sync_api import sync_playwright

    from admin.views import ALL_VIEWS

    base, _url, _numbers = served
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 900}, locale="ja-JP", bypass_csp=True)
        _log_in(page, base, "mlit-browser")
        _readable_japanese(page, "mlit-queue")
        assert "地方整備局等別の件数" in page.inner_text("#queue-charts")
        for view in ALL_VIEWS:
            page.goto(f"{base}/admin/{view.identity}/list")
            _readable_japanese(page, f"list-{view.identity}")
            details = page.locator(f"a[href*='/admin/{view.identity}/details/']")
            if details.count():
                details.first.click()
                _readable_japanese(page, f"details-{view.identity}")
        browser.close()


def _graphql(base: str, query: str, variables: dict, token: str | None = None) -> dict:
    import json
    import urllib.request

    headers = {"Content-Type": "application/json", **({"Authorization": f"Bearer {token}"} if token else {})}
    request = urllib.request.Request(f"{base}/graphql", data=json.dumps({"query": query, "variables": variables}).encode(), headers=headers)
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())["data"]


def test_reports_are_registered_sent_and_the_overdue_ones_listed(served: tuple[str, str, dict[str, str]]) -> None:
    """Issue #13: a company registers and sends one acceptance report through the API and leaves the
    other registered but unsent; a Kanto reviewer finds the overdue one in the panel's report list,
    opens it, and sees every report on the plan's worker table."""
    from playwright.sync_api import expect, sync_playwright

    base, _url, numbers = served
    login = "mutation($i: LoginInput!) { login(input: $i) { token } }"
    token = _graphql(base, login, {"i": {"loginId": numbers["reporter"], "password": "Companypass123"}})["login"]["token"]
    workers = _graphql(base, "{ myPlan { workers { id name report { id status overdue } } } }", {}, token)["myPlan"]["workers"]
    assert all(w["report"]["overdue"] for w in workers)
    today = clock.today()
    register = ("mutation($i: AcceptanceReportInput!) { registerAcceptanceReport(input: $i) { report { id status } errors { message } } }")
    for worker in workers:
        data = {"workerId": worker["id"], "employmentStatus": "WORKING", "residenceCardNumber": "AB12345678CD", "ccusWorkerId": "0" * 14,
                "residenceExpiry": str(today + timedelta(days=300)), "landingDate": str(today - timedelta(days=65)),
                "workStartDate": str(today - timedelta(days=60)), "ccusCardMissingReason": "カード交付待ち"}
        registered = _graphql(base, register, {"i": data}, token)["registerAcceptanceReport"]
        assert registered["errors"] == [] and registered["report"]["status"] == "REGISTERED"
    send = "mutation($i: AcceptanceReportRefInput!) { sendAcceptanceReport(input: $i) { report { status } errors { message } } }"
    assert _graphql(base, send, {"i": {"reportId": workers[0]["report"]["id"]}}, token)["sendAcceptanceReport"]["report"]["status"] == "REPORTED"
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 900}, locale="ja-JP", bypass_csp=True)
        _log_in(page, base, "kanto-reviewer")
        page.goto(f"{base}/admin/worker-report/list")
        page.locator("#filter-sidebar").get_by_text("期限超過").click()
        rows = page.locator("table tbody tr")
        expect(rows).to_have_count(1)  # the sent one is done; only the registered-but-unsent one is overdue
        expect(rows.first).to_contain_text("報告遅延建設株式会社")
        expect(rows.first).to_contain_text(workers[1]["name"])
        expect(rows.first).to_contain_text("期限超過")
        expect(rows.first).to_contain_text("登録")
        _readable_japanese(page, "reports-overdue")
        page.locator("#filter-sidebar").get_by_text("登録済み・未報告").click()
        expect(rows).to_have_count(1)
        rows.first.locator("a[href*='/admin/worker-report/details/']").first.click()
        expect(page.locator("body")).to_contain_text("AB12345678CD")
        _readable_japanese(page, "report-detail")
        page.locator("a[href*='/admin/worker/details/']").first.click()  # the report's worker
        expect(page.locator("#worker-reports")).to_contain_text("受入報告（登録・期限")  # the worker's page lists every report
        _readable_japanese(page, "worker-with-reports")
        page.goto(f"{base}/admin/plan/list?search=報告遅延")
        page.locator("a[href*='/admin/plan/details/']").first.click()
        table = page.locator("#workers")
        expect(table).to_contain_text("受入報告（報告済み）")
        expect(table).to_contain_text("期限超過")
        expect(page.locator("#history")).to_contain_text("受入報告の登録")
        _readable_japanese(page, "plan-with-reports")

        browser.close()


def _upload_staged(base: str, token: str, item: str, file_name: str) -> str:
    """A file staged for a change (D7), sent as a GraphQL multipart request."""
    import json

    import httpx

    from tests.plan_builder import PDF

    query = ("mutation($i: UploadAttachmentInput!) { uploadAttachment(input: $i) { attachment { id } errors { message } } }")
    operations = json.dumps({"query": query, "variables": {"i": {"documentItem": item, "staged": True, "file": None}}})
    response = httpx.post(f"{base}/graphql", data={"operations": operations, "map": json.dumps({"0": ["variables.i.file"]})},
                          files={"0": (file_name, PDF + file_name.encode(), "application/pdf")},
                          headers={"Authorization": f"Bearer {token}"}, timeout=30)
    result = response.json()["data"]["uploadAttachment"]
    assert result["errors"] == [], result
    return result["attachment"]["id"]


def test_a_change_filed_through_graphql_is_reviewed_in_the_panel(served: tuple[str, str, dict[str, str]]) -> None:
    """Issue #12: a company files 変更申請 through the API; a Kanto reviewer compares before and after,
    accepts and certifies it in the panel; the plan then holds the change."""
    from playwright.sync_api import expect, sync_playwright

    base, url, numbers = served
    login = "mutation($i: LoginInput!) { login(input: $i) { token } }"
    token = _graphql(base, login, {"i": {"loginId": numbers["changer"], "password": "Companypass123"}})["login"]["token"]
    staged = _upload_staged(base, token, "REMARKS", "商号変更の登記事項証明書.pdf")
    apply = "mutation($i: ChangeApplicationInput!) { applyForChange(input: $i) { changeApplication { id status } errors { message } } }"
    changes = {"companyName": "変更後建設株式会社", "representativeName": "新井 新"}
    filed = _graphql(base, apply, {"i": {"changes": changes, "attachmentIds": [staged]}}, token)["applyForChange"]
    assert filed["errors"] == [] and filed["changeApplication"]["status"] == "APPLIED"
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 900}, locale="ja-JP", bypass_csp=True)
        _log_in(page, base, "kanto-reviewer")
        expect(page.locator("#change-queue")).to_contain_text("変更予定建設株式会社")  # waiting changes are on the queue too
        _readable_japanese(page, "queue-with-changes")
        page.goto(f"{base}/admin/change-application/list")
        _readable_japanese(page, "change-list")
        page.goto(f"{base}/admin/")
        page.locator("#change-queue a").first.click()
        diff = page.locator("#diff")
        expect(diff).to_contain_text("商号又は名称")
        expect(diff).to_contain_text("変更予定建設株式会社")
        expect(diff).to_contain_text("変更後建設株式会社")
        expect(diff).to_contain_text("備考：商号変更の登記事項証明書.pdf")
        expect(page.locator("#change-attachments")).to_contain_text("商号変更の登記事項証明書.pdf")  # D7: the file to add, downloadable
        _readable_japanese(page, "change-detail")
        page.click("#review-actions >> text=受理")
        page.click("#submit-back")
        expect(page.locator("#change-queue")).to_contain_text("審査中")  # back on the queue it came from
        page.locator("#change-queue a").first.click()
        expect(page.locator("#change-status")).to_have_text("審査中")
        page.click("#review-actions >> text=認定")
        _readable_japanese(page, "change-review-form")
        page.fill("#comment", "登記事項証明書で確認")
        page.click("#submit-back")
        expect(page.locator("#change-queue")).to_have_count(0)  # back on the queue, nothing left to review
        page.goto(f"{base}/admin/change-application/list")
        page.locator("a[href*='/admin/change-application/details/']").first.click()
        expect(page.locator("#change-status")).to_have_text("認定済み")
        page.click("text=受入計画を表示")
        expect(page.locator("#plan-header")).to_contain_text("変更後建設株式会社")
        expect(page.locator("#history")).to_contain_text("変更申請の認定")
        expect(page.locator("#history")).to_contain_text("商号又は名称：変更予定建設株式会社 → 変更後建設株式会社")
        expect(page.locator("#attachments")).to_contain_text("商号変更の登記事項証明書.pdf")  # the file joined the plan
        _readable_japanese(page, "plan-after-change")
        browser.close()


def test_a_reemployment_is_found_by_kind_and_reviewed(served: tuple[str, str, dict[str, str]]) -> None:
    """#26 done-when: a reviewer narrows the one queue to 再雇用申請, opens one (worker, dates, note), takes it,
    accepts and certifies it, and its page keeps the steps in 履歴."""
    from playwright.sync_api import expect, sync_playwright

    base, _url, numbers = served
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="ja-JP", bypass_csp=True)
        _log_in(page, base, "kanto-reviewer")
        page.select_option("#queue-filters select[name=kind]", label="再雇用申請")
        page.click("#queue-filters button[type=submit]")
        expect(page.locator("#queue")).to_have_count(0)
        expect(page.locator("#reemployment-queue")).to_contain_text("再雇用建設株式会社")
        _readable_japanese(page, "queue-reemployment")
        page.locator("#reemployment-queue a", has_text=numbers["returning"]).click()
        expect(page.locator("body")).to_contain_text("一時帰国")
        page.click("#case-holder button")
        expect(page.locator("#case-holder")).to_contain_text("担当：あなた")
        for decision, state in (("受理", "審査中"), ("認定", "認定済み")):
            page.click(f"#review-actions >> text={decision}")
            page.click("#submit-back")
            expect(page.locator("#result-banners")).to_contain_text(f"「{state}」にしました")  # back on the queue it came from
            page.locator("#result-banners a").first.click()  # the banner leads back to the case
        history = page.locator("#history tbody tr")
        expect(history).to_have_count(3)
        expect(history.nth(2)).to_contain_text("認定済み")
        expect(history.nth(2)).to_contain_text("関東 審査子")
        _readable_japanese(page, "reemployment-detail")
        browser.close()


def test_phrases_fill_the_comment_and_lists_fit_1280_pixels(served: tuple[str, str, dict[str, str]]) -> None:
    """#26 items 5, 8: MLIT adds a 定型文, the remand form puts it where the cursor is (still editable, counted);
    the main lists fit a 1280 px screen without a horizontal scrollbar."""
    from playwright.sync_api import expect, sync_playwright

    base, _url, numbers = served
    OUTPUT.mkdir(parents=True, exist_ok=True)
    phrase = "賃金台帳（直近1年分）を添付してください。"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="ja-JP", bypass_csp=True)
        _log_in(page, base, "mlit-browser")
        page.goto(f"{base}/admin/review-phrase/list")
        page.select_option("#phrase-decision", "remand")
        page.fill("#phrase-text", phrase)
        page.click("#phrase-form button[type=submit]")
        expect(page.locator("#result-banners")).to_contain_text("定型文を登録しました")
        _readable_japanese(page, "phrases")
        page.goto(f"{base}/admin/plan/queue")
        page.locator("#queue tbody tr a").first.click()
        page.click("#review-actions >> text=差戻し")
        expect(page.locator("#plan-summary")).to_contain_text(numbers["remand"])
        page.fill("#comment", "次の点をご確認ください。\n")
        page.locator("#comment").evaluate("area => area.setSelectionRange(area.value.length, area.value.length)")
        page.click("#insert-phrase")
        expect(page.locator("#comment")).to_have_value("次の点をご確認ください。\n" + phrase)
        expect(page.locator("#char-count")).to_have_text(str(len("次の点をご確認ください。\n" + phrase)))
        _readable_japanese(page, "review-form-with-phrase")
        for view in ("plan", "worker", "worker-report", "change-application", "company-account", "plan-event", "attachment"):
            page.goto(f"{base}/admin/{view}/list")
            _readable_japanese(page, f"list-1280-{view}")
            assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), view
            assert page.evaluate("(() => { const t = document.querySelector('.table-responsive'); return !t || t.scrollWidth <= t.clientWidth + 1; })()"), view
        browser.close()


def test_mlit_decides_a_cancellation_from_the_queue_and_assigns_cases(served: tuple[str, str, dict[str, str]]) -> None:
    """#26 done-when: MLIT finds the pending 計画取消申請 in the one queue, approves it after the confirmation
    an irreversible decision asks for, and gives two cases to a reviewer with the queue's checkboxes; the
    reviewer sees them as hers."""
    from playwright.sync_api import expect, sync_playwright

    base, url, numbers = served
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="ja-JP", bypass_csp=True)
        _log_in(page, base, "mlit-browser")
        expect(page.locator("#queue-kinds")).to_contain_text("計画取消申請")
        cancellations = page.locator("#cancellation-queue")
        expect(cancellations).to_contain_text("事業を廃止するため")
        _readable_japanese(page, "mlit-queue-with-cancellation")
        cancellations.locator("a", has_text=numbers["cancelling"]).click()
        page.click("#review-actions >> text=計画取消承認")
        expect(page.locator("#irreversible-warning")).to_be_visible()
        _readable_japanese(page, "approve-cancellation-form")
        page.once("dialog", lambda dialog: dialog.dismiss())  # first thought better of it: nothing happens
        page.click("#submit-back")
        expect(page.locator("#review-form")).to_be_visible()
        page.once("dialog", lambda dialog: dialog.accept())
        page.click("#submit-back")
        expect(page.locator("#result-banners")).to_contain_text("計画取消申請を承認しました")
        expect(page.locator("#cancellation-queue")).to_have_count(0)

        page.goto(f"{base}/admin/plan/queue?bureau=KANTO")
        rows = page.locator("#queue tbody tr")
        rows.nth(0).locator("input[type=checkbox]").check()
        rows.nth(1).locator("input[type=checkbox]").check()
        page.locator("#reemployment-queue tbody tr input[type=checkbox]").first.check()  # any kind, one submission
        page.select_option("#assign-staff", label="関東地方整備局 関東 審査子")
        page.click("#assign-button")
        expect(page.locator("#result-banners")).to_contain_text("3件の案件を割り当てました")
        expect(page.locator("#reemployment-queue tbody tr").first).to_contain_text("関東 審査子")
        expect(page.locator("#queue tbody tr").nth(0)).to_contain_text("関東 審査子")
        _readable_japanese(page, "queue-assigned")
        page.click("text=ログアウト")
        _log_in(page, base, "kanto-reviewer")
        page.locator("#queue tbody tr a").first.click()
        expect(page.locator("#case-holder")).to_contain_text("担当：あなた")
        browser.close()
    statuses, _mails = asyncio.run(_state(url))
    assert statuses["取消申請建設株式会社"] == "CANCELLED"


def test_a_plan_page_reads_on_a_phone(served: tuple[str, str, dict[str, str]]) -> None:
    """#26 item 12: at 390 px the plan's header wraps; nothing overlaps or runs off the side."""
    from playwright.sync_api import sync_playwright

    base, _url, _numbers = served
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 390, "height": 844}, locale="ja-JP", bypass_csp=True)
        _log_in(page, base, "kanto-reviewer")
        page.locator("#queue tbody tr a").first.click()
        _readable_japanese(page, "plan-detail-390")
        title = page.locator("#plan-header .page-title").bounding_box()
        actions = page.locator("#review-actions").bounding_box()
        assert title and actions and (actions["y"] >= title["y"] + title["height"] - 1 or actions["x"] >= title["x"] + title["width"])
        assert page.evaluate("document.querySelector('#plan-header').scrollWidth <= document.querySelector('#plan-header').clientWidth + 1")
        browser.close()
