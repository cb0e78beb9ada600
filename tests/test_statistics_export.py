"""Analysts' data queries (F3): breakdowns in SQL with the plan list's scope, and CSV exports
over HTTP that are scoped, masked for analysts, safe in Excel and recorded."""

from __future__ import annotations

import csv
import io
from datetime import datetime

import httpx
import pytest

from app.domain.clock import JST
from app.domain.review.moves import review_plan
from app.models import ExportRecord
from app.models.enums import Bureau, PlanAction, Role
from tests.conftest import FrozenClock
from tests.factories import company_token, staff_token
from tests.operations import run, run_raw
from tests.plan_builder import staff, submitted_plan


@pytest.fixture
async def data(settings, clock: FrozenClock) -> dict:
    """Five plans: Tokyo (2 workers, applied 2026-11-30 23:30 JST), Saitama (3), Osaka (1, 2026-12-01),
    a remanded Kanagawa plan (hidden from staff), and a certified Hokkaido plan (1)."""
    clock.now = datetime(2026, 11, 30, 23, 30, tzinfo=JST)
    await submitted_plan(settings.upload_dir, "13", workers=2, name="東京建設株式会社")
    await submitted_plan(settings.upload_dir, "11", workers=3, name="埼玉工業株式会社")
    clock.now = datetime(2026, 12, 1, 0, 30, tzinfo=JST)
    await submitted_plan(settings.upload_dir, "27", workers=1, name="=浪速組")
    _, remanded = await submitted_plan(settings.upload_dir, "14", workers=4, name="差戻建設")
    _, certified = await submitted_plan(settings.upload_dir, "01", workers=1, name="北海建設")
    mlit = await staff(Role.MLIT_STAFF)
    await review_plan(mlit, remanded.id, PlanAction.REMAND, "やり直し")
    await review_plan(mlit, certified.id, PlanAction.ACCEPT)
    await review_plan(mlit, certified.id, PlanAction.CERTIFY)
    return {}


async def stats(client, token, group_by, filter=None) -> list[tuple]:
    rows = (await run(client, "PlanStatistics", {"groupBy": group_by, "filter": filter}, token))["planStatistics"]
    return [(tuple(r["key"]), r["plans"], r["workers"]) for r in rows]


async def test_breakdowns_count_plans_and_workers_in_the_viewers_scope(client: httpx.AsyncClient, data) -> None:
    _, mlit = await staff_token(Role.MLIT_STAFF)
    assert await stats(client, mlit, ["STATUS"]) == [(("APPLIED",), 3, 6), (("CERTIFIED",), 1, 1)]
    assert await stats(client, mlit, ["BUREAU", "PREFECTURE"]) == [
        (("HOKKAIDO", "01"), 1, 1), (("KANTO", "11"), 1, 3), (("KANTO", "13"), 1, 2), (("KINKI", "27"), 1, 1)]
    nationalities = await stats(client, mlit, ["NATIONALITY"])
    assert (("VN",), 4, 4) in nationalities and (("PH",), 2, 2) in nationalities and (("ID",), 1, 1) in nationalities
    assert await stats(client, mlit, []) == [((), 4, 7)]
    _, kanto = await staff_token(Role.BUREAU_STAFF, Bureau.KANTO)
    assert await stats(client, kanto, ["PREFECTURE"]) == [(("11",), 1, 3), (("13",), 1, 2)]  # the remanded 14 is hidden
    _, analyst = await staff_token(Role.ANALYST)
    assert await stats(client, analyst, ["JOB_CATEGORY"]) == await stats(client, mlit, ["JOB_CATEGORY"])


async def test_months_and_dates_are_japanese_time(client: httpx.AsyncClient, data) -> None:
    _, mlit = await staff_token(Role.MLIT_STAFF)
    assert await stats(client, mlit, ["APPLIED_MONTH"]) == [(("2026-11",), 2, 5), (("2026-12",), 2, 2)]
    december = await stats(client, mlit, ["STATUS"], {"appliedFrom": "2026-12-01"})
    assert december == [(("APPLIED",), 1, 1), (("CERTIFIED",), 1, 1)]
    november = (await run(client, "Plans", {"filter": {"appliedTo": "2026-11-30"}}, mlit))["plans"]
    assert november["totalCount"] == 2


async def test_companies_get_no_statistics(client: httpx.AsyncClient, data) -> None:
    _, token = await company_token()
    result = await run_raw(client, "PlanStatistics", {"groupBy": ["STATUS"]}, token)
    assert result["errors"][0]["extensions"]["code"] == "FORBIDDEN"


def rows_of(response: httpx.Response) -> list[list[str]]:
    assert response.content.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


async def test_plan_export_is_scoped_safe_and_recorded(client: httpx.AsyncClient, data) -> None:
    user, kanto = await staff_token(Role.BUREAU_STAFF, Bureau.KANTO)
    response = await client.get("/export/plans.csv", params={"statuses": "APPLIED"}, headers={"Authorization": f"Bearer {kanto}"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = rows_of(response)
    assert rows[0][:3] == ["申請番号", "申請状態", "商号又は名称"]
    assert sorted(r[2] for r in rows[1:]) == ["埼玉工業株式会社", "東京建設株式会社"]
    record = await ExportRecord.get()
    assert (record.staff_id, record.channel, record.target, record.row_count) == (user.id, "API", "plans", 2)
    assert "statuses=APPLIED" in record.filter_description
    _, mlit = await staff_token(Role.MLIT_STAFF)
    everything = rows_of(await client.get("/export/plans.csv", headers={"Authorization": f"Bearer {mlit}"}))
    assert "'=浪速組" in [r[2] for r in everything]  # a formula is neutralised


async def test_worker_export_is_masked_for_analysts(client: httpx.AsyncClient, data) -> None:
    _, analyst = await staff_token(Role.ANALYST)
    rows = rows_of(await client.get("/export/workers.csv", headers={"Authorization": f"Bearer {analyst}"}))
    assert len(rows) == 1 + 7
    assert {r[2] for r in rows[1:]} == {"＊＊＊"} and {r[4] for r in rows[1:]} == {"＊＊＊"}
    _, mlit = await staff_token(Role.MLIT_STAFF)
    plain = rows_of(await client.get("/export/workers.csv", params={"nationalities": "VN"}, headers={"Authorization": f"Bearer {mlit}"}))
    assert {r[2] for r in plain[1:]} == {"NGUYEN VAN AN"} and len(plain) == 1 + 4  # only the workers that match


async def test_exports_refuse_strangers_companies_and_bad_filters(client: httpx.AsyncClient, data) -> None:
    assert (await client.get("/export/plans.csv")).status_code == 401
    _, company = await company_token()
    assert (await client.get("/export/plans.csv", headers={"Authorization": f"Bearer {company}"})).status_code == 403
    _, mlit = await staff_token(Role.MLIT_STAFF)
    bad = await client.get("/export/plans.csv", params={"statuses": "NOPE"}, headers={"Authorization": f"Bearer {mlit}"})
    assert bad.status_code == 400 and "絞り込み条件" in bad.json()["errors"][0]["message"]
    assert await ExportRecord.all().count() == 0


def _reference_rows(plans: list, workers: list, mask: bool) -> tuple[list[list[str]], list[list[str]]]:
    """The export's values computed row by row in Python from the models (the SQL statement must agree, #28)."""
    from app.domain.catalogue import prefectures
    from app.domain.clock import to_jst
    from app.domain.plans.draft import effective_salary
    from app.domain.visibility import masked
    from app.http.csv_text import neutralise
    from app.models.enums import EmploymentStatus, JobCategory, PlanStatus, Sex

    def jst(moment) -> str:  # type: ignore[no-untyped-def]
        return to_jst(moment).strftime("%Y-%m-%d %H:%M") if moment else ""

    def named(enum, value) -> str:  # type: ignore[no-untyped-def]
        return enum(value).label if value else ""

    by_id = {p.id: p for p in plans}
    plan_rows = [[neutralise(v) for v in (
        p.application_number, named(PlanStatus, p.status), p.company_name, p.corporate_number, named(Bureau, p.bureau),
        prefectures()[p.head_office_prefecture].name if p.head_office_prefecture in prefectures() else "", jst(p.applied_at),
        p.certificate_number, jst(p.certified_at), p.worker_count)] for p in plans]
    worker_rows = [[neutralise(v) for v in (
        by_id[w.plan_id].application_number, by_id[w.plan_id].company_name, masked(w.name, mask), w.nationality, masked(w.birth_date, mask),
        named(Sex, w.sex), named(JobCategory, w.job_category), w.work_start, w.work_end, effective_salary(by_id[w.plan_id], w),
        named(EmploymentStatus, w.employment_status), masked(w.ccus_worker_id, mask))] for w in workers]
    return plan_rows, worker_rows


@pytest.mark.parametrize("role", [Role.MLIT_STAFF, Role.BUREAU_STAFF, Role.ANALYST])
async def test_exports_equal_the_rows_computed_one_by_one(client: httpx.AsyncClient, data, role: Role) -> None:
    """#28: the exports are one SQL statement each (COPY on PostgreSQL); every value equals the one the domain
    computes row by row: scope, labels, Japan times, masks, the effective salary, neutralised formulas."""
    from app.domain.plans.search import PlanSearch, search_plans
    from app.models import Plan, Worker
    from tests.plan_builder import staff_viewer

    _, token = await staff_token(role, Bureau.KANTO if role is Role.BUREAU_STAFF else None)
    viewer = await staff_viewer(role, Bureau.KANTO if role is Role.BUREAU_STAFF else None)
    first, second = await Worker.all().order_by("id").limit(2)
    await Worker.filter(id=first.id).update(name="-1+2")  # a formula in a worker's name
    # What CSV must quote (SQLite writes each line itself): a comma, quotes and line breaks, in a worker's
    # name and in a company's name.
    await Worker.filter(id=second.id).update(name='山田, "太郎"\n二行目')
    await Plan.filter(id=second.plan_id).update(company_name='東京,"建設"\r\n株式会社')
    for params, search in (({}, PlanSearch()), ({"nationalities": "VN"}, PlanSearch(nationalities=("VN",)))):
        plans = await search_plans(viewer, search).order_by("id")
        workers = [w for w in await Worker.filter(plan_id__in=[p.id for p in plans]).order_by("plan_id", "position", "id")
                   if not search.nationalities or w.nationality in search.nationalities]
        expected_plans, expected_workers = _reference_rows(plans, workers, role is Role.ANALYST)
        got_plans = rows_of(await client.get("/export/plans.csv", params=params, headers={"Authorization": f"Bearer {token}"}))
        got_workers = rows_of(await client.get("/export/workers.csv", params=params, headers={"Authorization": f"Bearer {token}"}))
        assert got_plans[1:] == expected_plans and got_workers[1:] == expected_workers, params
        assert len(expected_workers) > 0
        assert '東京,"建設"\r\n株式会社' in {row[1] for row in got_workers}


def test_the_sqlite_export_opens_a_database_whatever_its_name(tmp_path) -> None:
    """The export's read-only connection names the file as a URI: a `?`, `#` or `%` in its name, or a path given
    with a leading `//` (`sqlite:////tmp/…`), still opens that file and nothing else."""
    import sqlite3
    from contextlib import closing

    from app.http.export_statements import read_only_uri

    path = tmp_path / "a b#?c%.sqlite3"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE t (x)")
        connection.execute("INSERT INTO t VALUES (7)")
        connection.commit()
    for name in (str(path), "/" + str(path)):
        with closing(sqlite3.connect(read_only_uri(name), uri=True)) as connection:
            assert connection.execute("SELECT x FROM t").fetchall() == [(7,)]
            with pytest.raises(sqlite3.OperationalError):
                connection.execute("INSERT INTO t VALUES (8)")
