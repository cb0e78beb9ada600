"""The admin panel end to end in a real headless Chromium (Debian's chromium, driven by Playwright):
a bureau staff member searches, opens, remands, accepts and certifies plans (F1, F2, C4)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.accounts.passwords import configure_hashing
from app.domain.text import char_count
from app.infra.database import database
from app.models import OutboxMail, Plan
from app.models.enums import Bureau, PlanAction, Role
from tests.factories import STAFF_PASSWORD, make_staff
from tests.plan_builder import staff, submitted_plan
from tests.served import ServedApp

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
OUTPUT = Path(__file__).resolve().parent.parent / "test-output" / "admin"

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")


async def _seed(url: str, upload_dir: Path) -> dict[str, str]:
    async with database(url):
        await make_staff(Role.BUREAU_STAFF, Bureau.KANTO, login_id="kanto-reviewer")
        _, remand_me = await submitted_plan(upload_dir, prefecture="13", name="差戻予定建設株式会社")
        _, certify_me = await submitted_plan(upload_dir, prefecture="11", name="認定予定工業株式会社")
        _, kinki = await submitted_plan(upload_dir, prefecture="27", name="浪速組株式会社")
        _, hidden = await submitted_plan(upload_dir, prefecture="14", name="既差戻建設株式会社")
        from app.domain.review.moves import review_plan

        await review_plan(await staff(Role.MLIT_STAFF), hidden.id, PlanAction.REMAND, "先に差し戻した計画")
        return {"remand": remand_me.application_number, "certify": certify_me.application_number}


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


def test_bureau_staff_review_in_a_real_browser(served: tuple[str, str, dict[str, str]]) -> None:
    from playwright.sync_api import expect, sync_playwright

    base, url, numbers = served
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="ja-JP")
        page.goto(f"{base}/admin/login")
        page.fill("#username", "kanto-reviewer")
        page.fill("#password", STAFF_PASSWORD)
        page.click("button[type=submit]")
        page.goto(f"{base}/admin/plan/list")
        expect(page.locator("body")).to_contain_text("受入計画")
        listing = page.locator("table")
        expect(listing).to_contain_text("差戻予定建設株式会社")
        expect(listing).to_contain_text("認定予定工業株式会社")
        expect(listing).not_to_contain_text("浪速組株式会社")  # another bureau's plan
        expect(listing).not_to_contain_text("既差戻建設株式会社")  # remanded: hidden from staff (C4)
        page.screenshot(path=str(OUTPUT / "plan-list.png"), full_page=True)

        # Search, open, remand with a comment.
        page.fill("#search-input", "差戻予定")
        page.click("#search-button")
        page.wait_for_url("**search=*")
        expect(page.locator("table")).not_to_contain_text("認定予定工業株式会社")
        page.locator("table a[href*='/admin/plan/details/']").first.click()
        expect(page.locator("#workers")).to_contain_text("NGUYEN VAN AN")
        page.click("#review-actions >> text=差戻し")
        comment = "賃金台帳（直近1年分）を添付してください。\r\n𠮷野家の例のような文字も数えます。"
        page.fill("#comment", comment)
        expect(page.locator("#char-count")).to_have_text(str(char_count(comment)))  # counted as the server counts
        page.screenshot(path=str(OUTPUT / "review-form.png"), full_page=True)
        page.click("#review-form button[type=submit]")
        expect(page.locator("body")).to_contain_text("再申請されるまで表示されません")
        expect(page.locator("table")).not_to_contain_text("差戻予定建設株式会社")
        page.screenshot(path=str(OUTPUT / "after-remand.png"), full_page=True)

        # Accept, then certify, the other plan.
        page.goto(f"{base}/admin/plan/list?search={numbers['certify']}")
        page.locator("table a[href*='/admin/plan/details/']").first.click()
        page.click("#review-actions >> text=受理")
        page.click("#review-form button[type=submit]")
        expect(page.locator("body")).to_contain_text("審査中")
        page.click("#review-actions >> text=認定")
        page.fill("#comment", "書類に不備なし")
        page.click("#review-form button[type=submit]")
        expect(page.locator("body")).to_contain_text("認定済み")
        expect(page.locator("#history")).to_contain_text("書類に不備なし")
        page.screenshot(path=str(OUTPUT / "certified.png"), full_page=True)
        browser.close()

    statuses, remand_mails = asyncio.run(_state(url))
    assert statuses["差戻予定建設株式会社"] == "REMANDED"
    assert statuses["認定予定工業株式会社"] == "CERTIFIED"
    assert statuses["浪速組株式会社"] == "APPLIED"
    assert len(remand_mails) == 4  # two for this remand, two for the one done before
    assert (OUTPUT / "plan-list.png").stat().st_size > 10_000
