"""A list written as CSV by the database (#28, `admin.export_cells`) holds exactly what its formatters show (F1,
issue #14): for each list whose cells are all in SQL, every role, and the list filtered, searched and sorted, the
CSV the database writes is compared cell by cell with the one the list's own formatters write, on demo data with
the awkward values added (formula starts, empty and missing values, codes without a name, plans without a number,
commas, quotes and line breaks)."""

from __future__ import annotations

import csv
import io

import httpx
import pytest
from sqladmin.authorization import Action

import admin.export
from admin.authorization import GRANTS
from admin.views import ALL_VIEWS
from app.demo_data import seed_demo
from app.infra.storage import FolderStorage
from app.models import Attachment, Plan, PlanEvent, StaffUser, Worker
from app.models.enums import Bureau, PlanStatus, Role
from tests.admin_client import admin_login, admin_logout
from tests.factories import make_staff

WRITTEN_BY_DATABASE = [view for view in ALL_VIEWS if admin.export.written_by_database(view)]
ROLES = {"mlit-sql": (Role.MLIT_STAFF, None), "kanto-sql": (Role.BUREAU_STAFF, Bureau.KANTO), "analyst-sql": (Role.ANALYST, None),
         "org-sql": (Role.IMPLEMENTING_ORG, None)}
# What each list is asked besides the whole of it (a filter, a search, a sort the other way).
CONDITIONS = {
    "worker": [{"nationality": "VN"}, {"search": "ベトナム 土木"}, {"sortBy": "nationality", "sort": "desc"}, {"employment_status": "WORKING"}],
    "plan": [{"status": "APPLIED,UNDER_REVIEW"}, {"search": "建設"}, {"sortBy": "company_name", "sort": "desc"}, {"worker_nationality": "PH"}],
    "attachment": [{"search": "pdf"}, {"sortBy": "size", "sort": "desc"}],
    "plan-event": [{"action": "SUBMIT"}, {"search": "2026"}],
    "company-account": [{"search": "demo"}, {"sortBy": "company_name", "sort": "desc"}],
    "staff-user": [{"role": "BUREAU_STAFF"}],
}


async def _awkward_values() -> None:
    workers = await Worker.all().order_by("id").limit(5)
    await Worker.filter(id=workers[0].id).update(name="=HYPERLINK(1)")
    await Worker.filter(id=workers[1].id).update(name="", work_start=None)
    await Worker.filter(id=workers[2].id).update(nationality="XX", work_end=None)
    await Worker.filter(id=workers[3].id).update(name="-1", ccus_worker_id="")
    await Plan.filter(id=workers[4].plan_id).update(company_name="+株式会社")
    events = await PlanEvent.filter(actor_staff_id__not_isnull=True).order_by("id").limit(2)
    await PlanEvent.filter(id=events[0].id).update(comment="=SUM(1)")
    await PlanEvent.filter(id=events[1].id).update(comment_is_internal=True)
    await StaffUser.filter(id=events[0].actor_staff_id).update(display_name="")
    attachment = await Attachment.all().order_by("id").first()
    assert attachment is not None
    await Attachment.filter(id=attachment.id).update(file_name="@報告書.pdf")
    # What CSV quotes (SQLite writes each line itself): commas, quotes and line breaks in typed text.
    listed = await Worker.filter(plan__status=PlanStatus.CERTIFIED).exclude(plan_id__in=[w.plan_id for w in workers]).order_by("id").first()
    assert listed is not None
    await Worker.filter(id=listed.id).update(name='山田, "太郎"\n二行目')
    await Plan.filter(id=listed.plan_id).update(company_name='東京,"建設"株式会社')
    await PlanEvent.filter(id=events[1].id).update(comment='内部の所見, "要確認"')
    other_staff = await StaffUser.exclude(id=events[0].actor_staff_id).order_by("id").first()
    assert other_staff is not None
    await StaffUser.filter(id=other_staff.id).update(display_name='関東, "審査"')
    second = await Attachment.all().order_by("id").offset(1).first()
    assert second is not None
    await Attachment.filter(id=second.id).update(file_name='見積書,"最終".pdf')
    draft = await Plan.filter(status=PlanStatus.DRAFT, worker_count__gt=0).first()
    assert draft is not None and draft.application_number is None
    await Plan.filter(id=draft.id).update(status=PlanStatus.APPLIED)  # a listed plan without a number


def _rows(response: httpx.Response) -> list[list[str]]:
    assert response.status_code == 200 and response.content.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


@pytest.fixture
async def seeded(settings) -> None:
    await seed_demo(30, FolderStorage(settings.upload_dir))
    await _awkward_values()
    for login_id, (role, bureau) in ROLES.items():
        await make_staff(role, bureau, login_id=login_id)


def test_the_national_lists_are_written_by_the_database() -> None:
    assert {view.identity for view in WRITTEN_BY_DATABASE} >= {"worker", "plan", "attachment", "plan-event", "company-account", "staff-user"}


async def test_database_cells_are_the_formatters_cells(client: httpx.AsyncClient, seeded, monkeypatch: pytest.MonkeyPatch) -> None:
    compared = 0
    for login_id, (role, _) in ROLES.items():
        await admin_login(client, login_id)
        for view in (v for v in WRITTEN_BY_DATABASE if (v.identity, str(Action.EXPORT)) in GRANTS[role]):
            for condition in [{}, *CONDITIONS.get(view.identity, [])]:
                url = f"/admin/{view.identity}/export/csv"
                by_database = _rows(await client.get(url, params=condition))
                with monkeypatch.context() as python_only:
                    python_only.setattr(admin.export, "written_by_database", lambda view: False)
                    by_formatters = _rows(await client.get(url, params=condition))
                assert by_database == by_formatters, (login_id, view.identity, condition)
                compared += len(by_database) - 1
        await admin_logout(client)
    assert compared > 2000  # the lists held rows, for every role


async def test_the_awkward_values_are_written_as_the_list_shows_them(client: httpx.AsyncClient, seeded) -> None:
    """What the comparison above covers is there: formulas guarded, a plan without a number, an internal comment
    hidden from an analyst, names masked, commas, quotes and line breaks kept."""
    await admin_login(client, "mlit-sql")
    workers = _rows(await client.get("/admin/worker/export/csv"))
    assert {"'=HYPERLINK(1)", "'-1"} <= {row[0] for row in workers} and any(row[-1].startswith("（未申請）") for row in workers)
    assert any(row[3] == "（未入力）〜" + row[3].split("〜")[1] for row in workers[1:])
    assert "'@報告書.pdf" in {row[0] for row in _rows(await client.get("/admin/attachment/export/csv"))}
    events = _rows(await client.get("/admin/plan-event/export/csv"))
    assert "'=SUM(1)" in {row[-1] for row in events} and '内部の所見, "要確認"' in {row[-1] for row in events}
    assert '山田, "太郎"\n二行目' in {row[0] for row in workers}
    assert any(row[-1].endswith(' 東京,"建設"株式会社') for row in workers)
    assert '見積書,"最終".pdf' in {row[0] for row in _rows(await client.get("/admin/attachment/export/csv"))}
    assert '関東, "審査"' in {row[1] for row in _rows(await client.get("/admin/staff-user/export/csv"))}
    await admin_logout(client)
    await admin_login(client, "analyst-sql")
    events = _rows(await client.get("/admin/plan-event/export/csv"))
    assert '内部の所見, "要確認"' not in {row[-1] for row in events} and "（非表示）" in {row[-1] for row in events}
    rows = _rows(await client.get("/admin/worker/export/csv"))
    name = rows[0].index("氏名")
    assert {row[name] for row in rows[1:]} <= {"＊＊＊", ""} and "＊＊＊" in {row[name] for row in rows[1:]}
