"""Admin exports hold exactly what the list shows (issue #14): filters, search, sort and scope, plain
cell values, a Japanese dated file name, and the real condition recorded."""

from __future__ import annotations

import csv
import io
import re
from urllib.parse import unquote

import httpx

from app.models import ExportRecord, Plan, Worker
from app.models.enums import Bureau, PlanStatus, Role
from tests.admin_client import admin_login
from tests.factories import make_plan, make_staff
from tests.plan_builder import submitted_plan


def csv_rows(response: httpx.Response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def listed_numbers(page: str) -> list[str]:
    return re.findall(r"\b(20\d{6}-\d{5,6})\b", page)


async def test_the_export_holds_the_filtered_searched_sorted_list(client: httpx.AsyncClient) -> None:
    for n, (status, prefecture, name) in enumerate([
        (PlanStatus.APPLIED, "13", "東京建設株式会社"), (PlanStatus.APPLIED, "14", "横浜工業株式会社"),
        (PlanStatus.UNDER_REVIEW, "13", "東京鉄筋株式会社"), (PlanStatus.APPLIED, "27", "浪速組株式会社"),
    ]):
        await make_plan(status, prefecture, name)
    await make_staff(Role.BUREAU_STAFF, Bureau.KANTO, login_id="kanto-export")
    await admin_login(client, "kanto-export")
    query = "status=APPLIED&search=建設&sortBy=company_name&sort=desc"
    page = (await client.get(f"/admin/plan/list?{query}")).text
    shown = listed_numbers(page)
    assert len(shown) == 1
    [export_link] = re.findall(r'href="[^"]*/admin/plan/export/csv([^"]*)"', page)
    assert unquote(export_link.replace("&amp;", "&")) == "?" + query  # the button carries the list's condition
    response = await client.get(f"/admin/plan/export/csv?{query}")
    rows = csv_rows(response)
    assert [row[0] for row in rows[1:]] == shown
    disposition = response.headers["content-disposition"]
    assert re.search(r"受入計画_\d{8}\.csv", unquote(disposition.split("filename*=UTF-8''")[1]))
    record = await ExportRecord.get()
    assert record.row_count == 1 and "申請状態：申請中" in record.filter_description and "「建設」" in record.filter_description
    everything = csv_rows(await client.get("/admin/plan/export/csv"))
    assert len(everything) == 1 + 3  # the bureau's scope still holds: no Osaka plan


async def test_cells_hold_plain_values_never_html(client: httpx.AsyncClient, settings) -> None:
    _, plan = await submitted_plan(settings.upload_dir, name="東京建設株式会社")
    await make_staff(Role.MLIT_STAFF, login_id="mlit-export")
    await admin_login(client, "mlit-export")
    for view in ("worker", "plan-event", "attachment"):
        text = (await client.get(f"/admin/{view}/export/csv")).content.decode("utf-8-sig")
        assert "<a" not in text and "href" not in text, view
        assert f"{plan.application_number} 東京建設株式会社" in text, view


async def test_the_worker_page_shows_the_inherited_salary(client: httpx.AsyncClient, settings) -> None:
    _, plan = await submitted_plan(settings.upload_dir)
    worker = await Worker.filter(plan_id=plan.id, salary_mode="SAME").first()
    assert worker is not None and worker.salary_amount is None
    basic = (await Plan.get(id=plan.id)).basic_monthly_salary
    await make_staff(Role.MLIT_STAFF, login_id="mlit-worker")
    await admin_login(client, "mlit-worker")
    page = (await client.get(f"/admin/worker/details/{worker.id}")).text
    assert f"{basic:,}円" in page


async def test_search_reads_full_width_digits_and_spaces(client: httpx.AsyncClient) -> None:
    plan = await make_plan(PlanStatus.APPLIED, "13", "光洋鉄筋株式会社")
    await make_plan(PlanStatus.APPLIED, "13", "光洋建設株式会社")
    await make_staff(Role.MLIT_STAFF, login_id="mlit-search-width")
    await admin_login(client, "mlit-search-width")
    full_width_number = plan.application_number.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))
    for term, expected in ((full_width_number, 1), ("光洋　鉄筋", 1), ("光洋 鉄筋", 1), ("光洋", 2)):
        page = (await client.get("/admin/plan/list", params={"search": term})).text
        assert len(set(listed_numbers(page))) == expected, term


async def test_plans_filter_by_applied_period_and_workers(client: httpx.AsyncClient, settings) -> None:
    from datetime import timedelta

    from app.domain import clock

    _, old = await submitted_plan(settings.upload_dir, name="古い建設株式会社")
    await Plan.filter(id=old.id).update(applied_at=clock.now() - timedelta(days=40))
    _, new = await submitted_plan(settings.upload_dir, name="新しい建設株式会社")
    await make_staff(Role.MLIT_STAFF, login_id="mlit-period")
    await admin_login(client, "mlit-period")
    since = (clock.to_jst(clock.now()) - timedelta(days=10)).date().isoformat()
    page = (await client.get("/admin/plan/list", params={"applied_from": since})).text
    assert new.application_number in page and old.application_number not in page
    page = (await client.get("/admin/plan/list", params={"applied_to": since})).text
    assert old.application_number in page and new.application_number not in page
    nationality = (await Worker.filter(plan_id=new.id).first()).nationality
    page = (await client.get("/admin/plan/list", params={"worker_nationality": nationality})).text
    assert new.application_number in page and old.application_number in page  # both plans list such a worker
    assert new.application_number not in (await client.get("/admin/plan/list", params={"worker_nationality": "US"})).text


async def test_back_from_a_plan_returns_to_the_filtered_list(client: httpx.AsyncClient) -> None:
    plan = await make_plan(PlanStatus.APPLIED, "13", "戻り建設株式会社")
    await make_staff(Role.MLIT_STAFF, login_id="mlit-back")
    await admin_login(client, "mlit-back")
    listing = "http://testserver/admin/plan/list?status=APPLIED&search=%E6%88%BB%E3%82%8A"
    page = (await client.get(f"/admin/plan/details/{plan.id}", headers={"Referer": listing})).text
    assert 'href="http://testserver/admin/plan/list?status=APPLIED&amp;search=%E6%88%BB%E3%82%8A">戻る' in page
    foreign = (await client.get(f"/admin/plan/details/{plan.id}", headers={"Referer": "http://evil.example/admin/plan/list"})).text
    assert "evil.example" not in foreign


def test_every_export_holds_exactly_the_lists_columns() -> None:
    """#26 item 4: the CSV of a list has the list's columns, in its order, and nothing else."""
    from admin.views import ALL_VIEWS

    for view in ALL_VIEWS:
        assert list(view.column_export_list) == list(view.column_list), view.name


async def test_exports_show_the_lists_values(client: httpx.AsyncClient, settings) -> None:
    """The staff list's ✓ is はい in the CSV; the report list's 報告期限 is there; the plan CSV has 審査順日時."""
    import csv
    import io

    await admin_login(client, (await make_staff(Role.MLIT_STAFF, login_id="exporter")).login_id)
    staff_rows = list(csv.reader(io.StringIO((await client.get("/admin/staff-user/export/csv")).text.lstrip("\ufeff"))))
    active = staff_rows[0].index("有効")
    assert {row[active] for row in staff_rows[1:]} == {"はい"}
    plan_header = next(csv.reader(io.StringIO((await client.get("/admin/plan/export/csv")).text.lstrip("\ufeff"))))
    assert "審査順日時" in plan_header and "法人番号" not in plan_header and "認定番号" not in plan_header
    report_header = next(csv.reader(io.StringIO((await client.get("/admin/worker-report/export/csv")).text.lstrip("\ufeff"))))
    assert "報告期限" in report_header  # the list's due date, with its 期限超過 mark in the cell
