"""The admin panel's review screens, grants, scoping, exports and account administration, over
HTTP (F1, F2, A10). The browser test drives the same screens in Chromium."""

from __future__ import annotations

import csv
import io
import re
from datetime import timedelta

import httpx
import pytest

from app.domain import clock
from app.domain.errors import DomainError
from app.domain.reports.acceptance import AcceptanceData, register_acceptance_report, send_acceptance_report
from app.domain.reports.cancellation import apply_for_plan_cancellation
from app.domain.reports.worker_reports import apply_for_reemployment, report_retirement
from app.domain.review.moves import review_plan
from app.models import (
    AccountEvent,
    Announcement,
    AttachmentDownload,
    CompanyAccount,
    ExportRecord,
    OutboxMail,
    Plan,
    PlanEvent,
    StaffUser,
    Worker,
    WorkerReport,
)
from app.models.enums import Bureau, EmploymentStatus, PlanAction, PlanStatus, ReportKind, ReportStatus, Role
from tests.admin_client import admin_login, csrf_of, version_of
from tests.conftest import snapshot
from tests.factories import make_staff
from tests.plan_builder import PDF, staff, submitted_plan

VIEWS = ["plan", "review-phrase", "worker", "attachment", "plan-event", "company-account", "announcement", "outbox-mail", "login-lock", "staff-user",
         "account-event", "export-record"]
EXPECTED_VIEWS = {
    Role.BUREAU_STAFF: {"plan", "change-application", "worker-report", "worker", "attachment", "plan-event", "company-account", "announcement",
                        "review-phrase"},
    Role.IMPLEMENTING_ORG: {"plan", "change-application", "worker-report", "worker", "attachment", "plan-event", "company-account",
                            "announcement"},
    Role.ANALYST: {"plan", "change-application", "worker-report", "worker", "plan-event", "company-account", "announcement"},
    Role.MLIT_STAFF: set(VIEWS),
}


async def logged_in(client: httpx.AsyncClient, role: Role, bureau: Bureau | None = None, login_id: str | None = None) -> StaffUser:
    user = await make_staff(role, bureau, login_id)
    response = await admin_login(client, user.login_id)
    assert response.status_code == 302
    return user


@pytest.mark.parametrize("role", list(EXPECTED_VIEWS))
async def test_every_view_for_every_role(client: httpx.AsyncClient, role: Role) -> None:
    await logged_in(client, role, Bureau.KANTO if role is Role.BUREAU_STAFF else None)
    for view in VIEWS:
        response = await client.get(f"/admin/{view}/list")
        allowed = view in EXPECTED_VIEWS[role]
        assert (response.status_code == 200) == allowed, (role, view, response.status_code)
        if not allowed:
            assert response.status_code in (403, 404)
        else:
            assert "$argon2" not in response.text and "token_hash" not in response.text


async def test_list_filters_narrow_within_the_scope(client: httpx.AsyncClient, settings) -> None:
    await submitted_plan(settings.upload_dir, prefecture="13", name="東京建設株式会社")
    await submitted_plan(settings.upload_dir, prefecture="11", name="埼玉工業株式会社")
    await submitted_plan(settings.upload_dir, prefecture="27", name="浪速組株式会社")
    await logged_in(client, Role.BUREAU_STAFF, Bureau.KANTO)
    page = (await client.get("/admin/plan/list")).text
    assert "申請状態" in page and "都道府県" in page and "埼玉県" in page  # the filter panel, in Japanese
    saitama = (await client.get("/admin/plan/list", params={"head_office_prefecture": "11"})).text
    assert "埼玉工業株式会社" in saitama and "東京建設株式会社" not in saitama
    osaka = (await client.get("/admin/plan/list", params={"head_office_prefecture": "27"})).text
    assert "浪速組株式会社" not in osaka  # a filter never widens the scope
    certified = (await client.get("/admin/plan/list", params={"status": "CERTIFIED"})).text
    assert "東京建設株式会社" not in certified and "0件" in certified


async def test_records_outside_the_scope_are_not_found_by_url(client: httpx.AsyncClient, settings) -> None:
    _, osaka = await submitted_plan(settings.upload_dir, prefecture="27", name="浪速組株式会社")
    _, tokyo = await submitted_plan(settings.upload_dir, prefecture="13", name="東京建設株式会社")
    await logged_in(client, Role.BUREAU_STAFF, Bureau.KANTO)
    from app.models import Attachment, Worker

    osaka_worker = await Worker.filter(plan_id=osaka.id).first()
    osaka_attachment = await Attachment.filter(plan_id=osaka.id).first()
    osaka_event = await PlanEvent.filter(plan_id=osaka.id).first()
    for url in (f"/admin/plan/details/{osaka.id}", f"/admin/worker/details/{osaka_worker.id}",
                f"/admin/attachment/details/{osaka_attachment.id}", f"/admin/plan-event/details/{osaka_event.id}",
                f"/admin/company-account/details/{osaka.company_id}", f"/admin/plan/review/{osaka.id}/accept",
                f"/admin/plan/attachment/{osaka_attachment.id}"):
        assert (await client.get(url)).status_code == 404, url
    assert (await client.get(f"/admin/plan/details/{tokyo.id}")).status_code == 200
    workers = (await client.get("/admin/worker/list")).text
    assert "NGUYEN VAN AN" in workers and workers.count("NGUYEN VAN AN") == 1
    assert await AttachmentDownload.all().count() == 0


async def test_remand_through_the_review_screen(client: httpx.AsyncClient, settings) -> None:
    _, plan = await submitted_plan(settings.upload_dir, prefecture="13")
    await logged_in(client, Role.BUREAU_STAFF, Bureau.KANTO)
    details = (await client.get(f"/admin/plan/details/{plan.id}")).text
    assert "受理" in details and "差戻し" in details and "認定</a>" not in details  # certify needs UNDER_REVIEW
    form = (await client.get(f"/admin/plan/review/{plan.id}/remand")).text
    assert "申請中" in form and 'id="char-count"' in form
    token, version = csrf_of(form), version_of(form)

    before = await snapshot()
    forged = await client.post(f"/admin/plan/review/{plan.id}/remand", data={"csrf": "forged", "version": version, "comment": "x"})
    assert forged.status_code == 403
    too_long = await client.post(f"/admin/plan/review/{plan.id}/remand", data={"csrf": token, "version": version, "comment": "あ" * 3001})
    assert too_long.status_code == 400 and "3000文字以内" in too_long.text and "あ" * 3001 in too_long.text
    assert await snapshot() == before

    done = await client.post(f"/admin/plan/review/{plan.id}/remand", data={"csrf": token, "version": version, "comment": "賃金の根拠を添付してください。"})
    assert done.status_code == 303 and done.headers["location"].endswith("/admin/plan/list")
    listing = await client.get("/admin/plan/list")
    assert "再申請されるまで表示されません" in listing.text and "東京建設株式会社" not in listing.text
    assert (await Plan.get(id=plan.id)).status == PlanStatus.REMANDED
    assert await OutboxMail.filter(kind="PLAN_REMANDED").count() == 2  # plan e-mail and account e-mail


async def _working_worker(settings) -> tuple:
    """A certified Kanto plan whose first worker has reported the start of work (D4)."""
    company, plan = await submitted_plan(settings.upload_dir, prefecture="13")
    for action in (PlanAction.ACCEPT, PlanAction.CERTIFY):
        await review_plan(await staff(Role.MLIT_STAFF), plan.id, action, "")
    worker = await Worker.filter(plan_id=plan.id).order_by("position").first()
    report = await register_acceptance_report(company, worker.id, AcceptanceData(EmploymentStatus.CANCELLED))
    await send_acceptance_report(company, report.id)
    return company, plan, worker


async def _reemployment_of_the_other_worker(company, plan) -> tuple:  # type: ignore[no-untyped-def]
    """The plan's other worker starts work and then files a 再雇用申請."""
    other = await Worker.filter(plan_id=plan.id).order_by("-position").first()
    await register_acceptance_report(company, other.id, AcceptanceData(
        EmploymentStatus.WORKING, "AB12345678CD", "0" * 14, None, clock.today() + timedelta(days=300), clock.today() - timedelta(days=9),
        clock.today() - timedelta(days=8), "交付待ち"))
    return other, await apply_for_reemployment(company, other.id, clock.today(), clock.today() + timedelta(days=30), "一時帰国")


async def test_reemployment_is_reviewed_in_the_panel(client: httpx.AsyncClient, settings) -> None:
    """再雇用申請 (DOMAIN §4.4): remand and certify through the report page's screens, CSRF and version."""
    company, plan, worker = await _working_worker(settings)
    other, report = await _reemployment_of_the_other_worker(company, plan)
    with pytest.raises(DomainError):  # the worker already counts as 退職
        await report_retirement(company, other.id, clock.today())
    await logged_in(client, Role.BUREAU_STAFF, Bureau.KANTO)
    details = (await client.get(f"/admin/worker-report/details/{report.id}")).text
    assert "再雇用申請" in details and "受理" in details and "差戻し" in details
    assert f"<title>再雇用申請 {other.name}" in details and "在留カード番号" not in details  # titled by the record; no empty rows (#26 item 2)
    form = (await client.get(f"/admin/worker-report/review/{report.id}/remand")).text
    empty = await client.post(f"/admin/worker-report/review/{report.id}/remand", data={"csrf": csrf_of(form), "version": version_of(form), "comment": ""})
    assert empty.status_code == 400 and "コメント" in empty.text
    for slug in ("accept", "certify"):
        form = (await client.get(f"/admin/worker-report/review/{report.id}/{slug}")).text
        done = await client.post(f"/admin/worker-report/review/{report.id}/{slug}",
                                 data={"csrf": csrf_of(form), "version": version_of(form), "comment": ""})
        assert done.status_code == 303, done.text
    assert (await Worker.get(id=other.id)).employment_status == EmploymentStatus.PLANNED
    assert await WorkerReport.filter(worker_id=other.id, kind=ReportKind.ACCEPTANCE, status=ReportStatus.REQUIRED).count() == 1
    listing = (await client.get("/admin/worker-report/list?kind=REEMPLOYMENT")).text
    assert "認定済み" in listing
    # Its page keeps its 履歴 (#26 item 2): each step, the state it moved to, and who acted.
    details = (await client.get(f"/admin/worker-report/details/{report.id}")).text
    history = [[cell for cell in re.sub(r"<[^>]+>", "|", row).split("|") if cell]
               for row in re.findall(r"<tr><td>.*?</tr>", details[details.index('id="history"'):])]
    assert [row[1:3] for row in history] == [["再雇用申請", "申請中"], ["再雇用申請の受理", "審査中"], ["再雇用申請の認定", "認定済み"]], history
    assert history[0][3].endswith("（事業者）") and history[1][3].endswith("（地方整備局職員）")


async def test_plan_cancellation_is_decided_by_mlit_staff_in_the_panel(client: httpx.AsyncClient, settings) -> None:
    company, plan, _ = await _working_worker(settings)
    await apply_for_plan_cancellation(company, "事業を廃止するため")
    await logged_in(client, Role.BUREAU_STAFF, Bureau.KANTO)
    details = (await client.get(f"/admin/plan/details/{plan.id}")).text
    assert "事業を廃止するため" in details and "計画取消承認" not in details  # bureau staff may not decide
    assert (await client.get(f"/admin/plan/review/{plan.id}/approve-cancellation")).status_code == 403
    client.cookies.clear()
    await logged_in(client, Role.MLIT_STAFF)
    details = (await client.get(f"/admin/plan/details/{plan.id}")).text
    assert "計画取消承認" in details and "計画取消申請の却下" in details
    form = (await client.get(f"/admin/plan/review/{plan.id}/approve-cancellation")).text
    done = await client.post(f"/admin/plan/review/{plan.id}/approve-cancellation",
                             data={"csrf": csrf_of(form), "version": version_of(form), "comment": ""})
    assert done.status_code == 303
    assert (await Plan.get(id=plan.id)).status == PlanStatus.CANCELLED
    assert await OutboxMail.filter(kind="CANCELLATION_DECIDED").count() == 2


async def test_a_stale_form_says_so_and_changes_nothing(client: httpx.AsyncClient, settings) -> None:
    _, plan = await submitted_plan(settings.upload_dir, prefecture="13")
    await logged_in(client, Role.MLIT_STAFF)
    form = (await client.get(f"/admin/plan/review/{plan.id}/accept")).text
    token, version = csrf_of(form), version_of(form)
    ok = await client.post(f"/admin/plan/review/{plan.id}/accept", data={"csrf": token, "version": version, "comment": ""})
    assert ok.status_code == 303 and ok.headers["location"].endswith(f"/admin/plan/details/{plan.id}")
    again = await client.post(f"/admin/plan/review/{plan.id}/accept", data={"csrf": token, "version": version, "comment": ""})
    assert again.status_code == 400 and "他の操作により計画が更新されました" in again.text
    assert await PlanEvent.filter(plan_id=plan.id, action="ACCEPT").count() == 1


async def test_accept_and_certify_with_internal_comments(client: httpx.AsyncClient, settings) -> None:
    _, plan = await submitted_plan(settings.upload_dir, prefecture="13")
    await logged_in(client, Role.BUREAU_STAFF, Bureau.KANTO)
    for slug in ("accept", "certify"):
        form = (await client.get(f"/admin/plan/review/{plan.id}/{slug}")).text
        response = await client.post(f"/admin/plan/review/{plan.id}/{slug}",
                                     data={"csrf": csrf_of(form), "version": version_of(form), "comment": f"{slug}の内部メモ"})
        assert response.status_code == 303
    details = (await client.get(f"/admin/plan/details/{plan.id}")).text
    assert "認定済み" in details and "certifyの内部メモ" in details
    comment = await client.post(f"/admin/plan/comment/{plan.id}", data={"csrf": csrf_of(details), "comment": "巡回指導の予定あり"})
    assert comment.status_code == 303
    assert await PlanEvent.filter(plan_id=plan.id, action="INTERNAL_COMMENT", comment_is_internal=True).count() == 1


async def test_downloads_are_streamed_and_recorded_and_a_pdf_opens_in_the_browser(client: httpx.AsyncClient, settings) -> None:
    """DESIGN.md rule 8, #26: a PDF checked by content opens inline under a sandboxing CSP."""
    _, plan = await submitted_plan(settings.upload_dir, prefecture="13")
    from app.models import Attachment

    attachment = await Attachment.filter(plan_id=plan.id).first()
    user = await logged_in(client, Role.IMPLEMENTING_ORG)
    response = await client.get(f"/admin/plan/attachment/{attachment.id}")
    assert response.status_code == 200 and response.content == PDF
    assert response.headers["content-disposition"].startswith("inline;") and response.headers["content-security-policy"] == "sandbox"
    assert response.headers["x-content-type-options"] == "nosniff"
    record = await AttachmentDownload.get()
    assert record.staff_id == user.id and record.plan_id == plan.id


async def test_analysts_see_masked_workers_and_no_files(client: httpx.AsyncClient, settings) -> None:
    _, plan = await submitted_plan(settings.upload_dir, prefecture="13")
    from app.models import Attachment

    await logged_in(client, Role.ANALYST)
    workers = (await client.get("/admin/worker/list")).text
    assert "NGUYEN VAN AN" not in workers and "＊＊＊" in workers
    details = (await client.get(f"/admin/plan/details/{plan.id}")).text
    assert "NGUYEN VAN AN" not in details and "添付書類" not in details
    attachment = await Attachment.filter(plan_id=plan.id).first()
    assert (await client.get(f"/admin/plan/attachment/{attachment.id}")).status_code == 403
    export = await client.get("/admin/worker/export/csv")
    assert "NGUYEN VAN AN" not in export.content.decode("utf-8-sig")


async def test_csv_export_is_scoped_excel_safe_and_recorded(client: httpx.AsyncClient, settings) -> None:
    await submitted_plan(settings.upload_dir, prefecture="13", name="=HYPERLINK(\"http://evil\")")
    await submitted_plan(settings.upload_dir, prefecture="27", name="浪速組株式会社")
    user = await logged_in(client, Role.BUREAU_STAFF, Bureau.KANTO)
    response = await client.get("/admin/plan/export/csv")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][0] == "申請番号"
    assert len(rows) == 2  # header + the Kanto plan only
    assert rows[1][2] == "'=HYPERLINK(\"http://evil\")"
    assert "浪速組" not in response.content.decode("utf-8-sig")
    record = await ExportRecord.get()
    assert record.staff_id == user.id and record.target == "plan" and record.row_count == 1 and record.channel == "ADMIN"


async def test_mlit_staff_administer_staff_accounts(client: httpx.AsyncClient) -> None:
    await logged_in(client, Role.MLIT_STAFF, login_id="mlit-admin")
    form = (await client.get("/admin/staff-user/new")).text
    token = csrf_of(form)
    refused = await client.post("/admin/staff-user/new", data={"csrf": token, "login_id": "tohoku-01", "role": "BUREAU_STAFF", "bureau": "", "password": "Tohoku12345"})
    assert refused.status_code == 400 and "地方整備局等を指定してください" in refused.text
    created = await client.post("/admin/staff-user/new", data={"csrf": token, "login_id": "tohoku-01", "role": "BUREAU_STAFF", "bureau": "TOHOKU", "password": "Tohoku12345", "display_name": "東北 一郎"})
    assert created.status_code == 303
    user = await StaffUser.get(login_id="tohoku-01")
    assert user.bureau == "TOHOKU" and user.password_hash.startswith("$argon2id$")
    page = (await client.get(f"/admin/staff-user/details/{user.id}")).text
    assert "$argon2" not in page
    await client.post(f"/admin/staff-user/password/{user.id}", data={"csrf": token, "password": "Tohoku99999x"})
    await client.post(f"/admin/staff-user/active/{user.id}", data={"csrf": token, "active": "0"})
    assert (await StaffUser.get(id=user.id)).is_active is False
    actions = [e.action for e in await AccountEvent.filter(staff_id=user.id).order_by("id")]
    assert actions == ["CREATE_STAFF", "RESET_STAFF_PASSWORD", "DEACTIVATE_STAFF"]
    async with httpx.AsyncClient(transport=client._transport, base_url="http://testserver") as other:
        assert (await admin_login(other, "tohoku-01", "Tohoku99999x")).status_code == 400  # deactivated


async def test_mlit_staff_suspend_and_release_company_accounts(client: httpx.AsyncClient, settings) -> None:
    company, plan = await submitted_plan(settings.upload_dir, prefecture="13")
    await logged_in(client, Role.MLIT_STAFF)
    page = (await client.get(f"/admin/company-account/details/{plan.company_id}")).text
    token = csrf_of(page)
    no_reason = await client.post(f"/admin/company-account/status/{plan.company_id}", data={"csrf": token, "status": "SUSPENDED", "note": ""})
    assert no_reason.status_code == 303 and (await CompanyAccount.get(id=plan.company_id)).status == "ACTIVE"
    await client.get(no_reason.headers["location"])  # as a browser follows it (and shows the message)
    unconfirmed = {"csrf": token, "status": "RELEASED", "note": "他社による誤登録"}
    await client.post(f"/admin/company-account/status/{plan.company_id}", data=unconfirmed)
    assert (await CompanyAccount.get(id=plan.company_id)).status == "ACTIVE"  # irreversible: asks to confirm first
    shown = (await client.get(f"/admin/company-account/details/{plan.company_id}")).text
    assert "確認のチェック" in shown, re.findall(r"toast-body\">([^<]*)", shown)
    await client.post(f"/admin/company-account/status/{plan.company_id}", data={**unconfirmed, "confirm_release": "1"})
    account = await CompanyAccount.get(id=plan.company_id)
    assert account.status == "RELEASED" and account.license_key.startswith("RELEASED:")
    event = await AccountEvent.get(company_id=plan.company_id)
    assert event.action == "RELEASE_COMPANY" and event.note == "他社による誤登録"


async def test_bureau_staff_cannot_administer(client: httpx.AsyncClient, settings) -> None:
    _, plan = await submitted_plan(settings.upload_dir, prefecture="13")
    await logged_in(client, Role.BUREAU_STAFF, Bureau.KANTO)
    page = (await client.get(f"/admin/plan/details/{plan.id}")).text
    token = csrf_of(page)
    assert (await client.get("/admin/staff-user/new")).status_code in (403, 404)
    response = await client.post(f"/admin/company-account/status/{plan.company_id}", data={"csrf": token, "status": "SUSPENDED", "note": "x"})
    assert response.status_code in (403, 404)
    assert (await CompanyAccount.get(id=plan.company_id)).status == "ACTIVE"


async def test_announcements_are_published_and_ended(client: httpx.AsyncClient) -> None:
    await logged_in(client, Role.MLIT_STAFF)
    form = (await client.get("/admin/announcement/new")).text
    token = csrf_of(form)
    bad = await client.post("/admin/announcement/new", data={"csrf": token, "title": "臨時停止", "body": "停止します", "starts_at": "2026-12-01T01:00", "stops_service": "1"})
    assert bad.status_code == 400 and "停止の終了日時" in bad.text
    ok = await client.post("/admin/announcement/new", data={"csrf": token, "title": "臨時停止", "body": "停止します", "starts_at": "2026-12-01T01:00", "ends_at": "2026-12-01T06:00", "stops_service": "1"})
    assert ok.status_code == 303
    item = await Announcement.get()
    assert item.stops_service and item.starts_at.isoformat().startswith("2026-11-30T16:00")  # 01:00 JST
    details = (await client.get(f"/admin/announcement/details/{item.id}")).text
    assert "編集する" in details
    form = (await client.get(f"/admin/announcement/edit-form/{item.id}")).text
    assert 'value="2026-12-01T01:00"' in form and "臨時停止" in form
    edited = await client.post(f"/admin/announcement/edit-form/{item.id}", data={
        "csrf": token, "title": "臨時停止（延長）", "body": "延長します", "starts_at": "2026-12-01T01:00", "ends_at": "2026-12-01T08:00", "stops_service": "1"})
    assert edited.status_code == 303
    changed = await Announcement.get(id=item.id)
    assert changed.title == "臨時停止（延長）" and changed.ends_at.isoformat().startswith("2026-11-30T23:00") and changed.version == 2
    await client.post(f"/admin/announcement/end/{item.id}", data={"csrf": token})
    assert (await Announcement.get(id=item.id)).ended_at is not None
    assert (await client.get(f"/admin/announcement/edit-form/{item.id}")).status_code == 404  # ended: no more edits


async def test_credential_mail_bodies_are_never_shown(client: httpx.AsyncClient) -> None:
    from app.domain.accounts.registration import request_temporary_registration

    await request_temporary_registration("new-company", "国土交通大臣許可(般-1)第1号", "新規建設", "new@example.jp")
    await logged_in(client, Role.MLIT_STAFF)
    mail = await OutboxMail.get()
    page = (await client.get(f"/admin/outbox-mail/details/{mail.id}")).text
    assert "仮パスワード" in page  # the subject
    assert "認証情報を含むため表示しません" in page and "ログインID: new-company" not in page


async def test_the_queue_holds_every_kind_waiting_for_this_viewer(client: httpx.AsyncClient, settings) -> None:
    """#26 item 1-2: MLIT finds pending 計画取消申請 (申請日, 理由) and everyone their 再雇用申請 in the one
    queue, with counts per kind and a link to each case's own page."""
    company, plan, _ = await _working_worker(settings)
    other, report = await _reemployment_of_the_other_worker(company, plan)
    await apply_for_plan_cancellation(company, "事業を廃止するため")
    await submitted_plan(settings.upload_dir, prefecture="13", name="審査待ち建設株式会社")
    await logged_in(client, Role.MLIT_STAFF)
    queue = (await client.get("/admin/plan/queue")).text
    kinds = re.sub(r"\s+", "", queue[queue.index('id="queue-kinds"'):queue.index('id="queue-kinds"') + 3000])
    for kind in ("受入計画<", "変更申請<", "再雇用申請<", "計画取消申請<"):
        assert kind.replace("<", "") in kinds
    cancellations = queue[queue.index('id="cancellation-queue"'):]
    assert "事業を廃止するため" in cancellations and clock.today().isoformat() in cancellations
    assert f"/admin/plan/details/{plan.id}?back=" in cancellations
    assert f"/admin/worker-report/details/{report.id}?back=" in queue[queue.index('id="reemployment-queue"'):]
    client.cookies.clear()
    await logged_in(client, Role.BUREAU_STAFF, Bureau.KANTO)
    bureau_queue = (await client.get("/admin/plan/queue")).text
    assert 'id="cancellation-queue"' not in bureau_queue and "計画取消申請" not in bureau_queue  # MLIT decides them
    assert 'id="reemployment-queue"' in bureau_queue


async def test_a_declined_cancellation_says_so_and_irreversible_decisions_warn(client: httpx.AsyncClient, settings) -> None:
    """#26 items 1, 7, 12: the message names what was done; 計画取消承認 is red, warned and confirmed first."""
    company, plan, _ = await _working_worker(settings)
    await apply_for_plan_cancellation(company, "事業を廃止するため")
    await logged_in(client, Role.MLIT_STAFF)
    approve = (await client.get(f"/admin/plan/review/{plan.id}/approve-cancellation")).text
    assert 'id="irreversible-warning"' in approve and "data-confirm=" in approve and "btn-danger" in approve
    assert "計画取消を承認する（次の案件へ）" in approve
    form = (await client.get(f"/admin/plan/review/{plan.id}/decline-cancellation")).text
    assert "計画取消申請を却下する（次の案件へ）" in form and "data-confirm=" not in form and "の却下して" not in form
    done = await client.post(f"/admin/plan/review/{plan.id}/decline-cancellation",
                             data={"csrf": csrf_of(form), "version": version_of(form), "comment": "取消の理由に当たりません。"},
                             follow_redirects=True)
    assert "計画取消申請を却下しました。計画は「認定済み」のままです。" in done.text
    assert (await Plan.get(id=plan.id)).status == PlanStatus.CERTIFIED
    accept = (await client.get(f"/admin/plan/review/{plan.id}/revoke")).text
    assert "認定を取り消す（次の案件へ）" in accept and 'id="irreversible-warning"' in accept


def test_the_queue_links_the_first_the_last_and_the_pages_near_this_one() -> None:
    from admin.views.queue import page_numbers

    assert page_numbers(1, 1) == [1]
    assert page_numbers(1, 66) == [1, 2, 3, None, 66]
    assert page_numbers(33, 66) == [1, None, 31, 32, 33, 34, 35, None, 66]
    assert page_numbers(66, 66) == [1, None, 64, 65, 66]
    assert page_numbers(3, 5) == [1, 2, 3, 4, 5]


async def test_decisions_stay_visible_and_back_never_shows_a_live_form(client: httpx.AsyncClient, settings) -> None:
    """#26 item 7: the result is a banner on the next page that stays, linking back to the decided case;
    Back to a decided case's form shows the case as it is now, and to a remanded one says where it went."""
    _, plan = await submitted_plan(settings.upload_dir, prefecture="13")
    await logged_in(client, Role.MLIT_STAFF)
    form = (await client.get(f"/admin/plan/review/{plan.id}/accept")).text
    after = await client.post(f"/admin/plan/review/{plan.id}/accept", data={"csrf": csrf_of(form), "version": version_of(form), "comment": "",
                                                                             "then": "next"}, follow_redirects=True)
    banner = after.text[after.text.index('id="result-banners"'):]
    assert "を「審査中」にしました。" in banner[:2000] and f"/admin/plan/details/{plan.id}" in banner[:2000] and "決定した案件を開く" in banner[:2000]
    assert "toast" not in after.text  # nothing that disappears by itself
    again = await client.get(f"/admin/plan/review/{plan.id}/accept")  # the browser's Back to the form
    assert again.status_code == 303 and again.headers["location"].endswith(f"/admin/plan/details/{plan.id}")
    shown = (await client.get(again.headers["location"])).text
    assert "この決定は今はできません" in shown and 'id="review-form"' not in shown
    form = (await client.get(f"/admin/plan/review/{plan.id}/remand")).text
    await client.post(f"/admin/plan/review/{plan.id}/remand", data={"csrf": csrf_of(form), "version": version_of(form),
                                                                    "comment": "書類を添付してください。"})
    gone = await client.get(f"/admin/plan/review/{plan.id}/remand")
    assert gone.status_code == 303
    landed = (await client.get(gone.headers["location"])).text
    shown_messages = re.findall(r"result-banner[^>]*>\s*<div>([^<]*)", landed)
    assert any("「差戻し中」のため、再申請されるまで表示されません" in m for m in shown_messages), shown_messages
    assert any("を「差戻し中」にしました" in m for m in shown_messages)  # the message before it is not lost
    stranger = await client.get("/admin/plan/review/999999/remand")
    assert stranger.status_code == 404  # a plan outside the scope is still as if it did not exist


async def test_search_matches_what_people_read_and_says_what_it_may_not_search(client: httpx.AsyncClient, settings) -> None:
    """#26 item 6: ベトナム finds the workers stored as VN, 土木 those stored as CIVIL; an analyst's search by
    name is told it is not searched, instead of silently finding nothing."""
    _, plan = await submitted_plan(settings.upload_dir, prefecture="13")
    workers = await Worker.filter(plan_id=plan.id)
    await Worker.filter(id=workers[0].id).update(nationality="VN", job_category="CIVIL")
    await Worker.filter(id=workers[1].id).update(nationality="PH", job_category="BUILDING")
    await logged_in(client, Role.MLIT_STAFF)
    found = (await client.get("/admin/worker/list", params={"search": "ベトナム"})).text
    assert workers[0].name in found and workers[1].name not in found
    by_code = (await client.get("/admin/worker/list", params={"search": "VN"})).text
    assert workers[0].name in by_code
    civil = (await client.get("/admin/worker/list", params={"search": "土木"})).text
    assert workers[0].name in civil and workers[1].name not in civil
    assert 'id="search-note"' not in found
    client.cookies.clear()
    await logged_in(client, Role.ANALYST)
    masked = (await client.get("/admin/worker/list", params={"search": workers[0].name.split()[0]})).text
    assert 'id="search-note"' in masked and "個人情報のため、検索の対象になりません" in masked
    labelled = (await client.get("/admin/worker/list")).text
    assert 'aria-label="検索をクリア"' in labelled and 'aria-label="検索（' in labelled


async def test_pages_are_titled_by_their_record_and_lists_by_their_name(client: httpx.AsyncClient, settings) -> None:
    """#26 items 3, 11: no 「Id: 5」, カラム or 値 on a record's page; each list has a <title> of its own."""
    user = await logged_in(client, Role.MLIT_STAFF)
    from app.models import ExportRecord

    record = await ExportRecord.create(at=clock.now(), staff_id=user.id, actor_role=Role.MLIT_STAFF, channel="ADMIN",
                                       target="worker-report", filter_description="", row_count=3)
    page = (await client.get(f"/admin/export-record/details/{record.id}")).text
    title = re.search(r"<title>([^<]*)</title>", page).group(1)
    assert title.startswith("データ出力記録 ") and "Id" not in page.split("<body", 1)[1][:20000].split("</h3>")[0]
    assert "カラム" not in page and ">値<" not in page and "項目" in page
    lists = {re.search(r"<title>([^<]*)</title>", (await client.get(f"/admin/{name}/list")).text).group(1) for name in ("plan", "worker", "export-record")}
    assert len(lists) == 3 and all("の一覧" in t for t in lists)


async def test_reviewers_take_cases_and_mlit_assigns_them(client: httpx.AsyncClient, settings) -> None:
    """#26 assignment: a reviewer takes a case (担当する), the queue shows who holds which, 次の案件 skips the
    cases others hold, MLIT assigns checked cases in bulk; the rows make every process agree."""
    from app.models import CaseAssignment

    plans = [(await submitted_plan(settings.upload_dir, prefecture="13", name=f"案件{n}建設株式会社"))[1] for n in range(3)]
    kanto = await make_staff(Role.BUREAU_STAFF, Bureau.KANTO, "kanto-reviewer")
    other = await make_staff(Role.BUREAU_STAFF, Bureau.KANTO, "kanto-other")
    await admin_login(client, other.login_id)
    page = (await client.get(f"/admin/plan/details/{plans[0].id}")).text
    taken = await client.post(f"/admin/plan/take/{plans[0].id}", data={"csrf": csrf_of(page)}, follow_redirects=True)
    assert "この案件を担当します" in taken.text and "担当：あなた" in taken.text
    client.cookies.clear()
    await admin_login(client, kanto.login_id)
    page = (await client.get(f"/admin/plan/details/{plans[0].id}")).text
    assert "担当：kanto-other" in page and "担当する<" not in page
    refused = await client.post(f"/admin/plan/take/{plans[0].id}", data={"csrf": csrf_of(page)}, follow_redirects=True)
    assert "さんが担当しています" in refused.text
    queue = (await client.get("/admin/plan/queue")).text
    assert "kanto-other" in queue[queue.index('id="queue"'):] and 'id="assign-form"' not in queue  # only MLIT assigns
    # 次の案件 from the oldest skips the case kanto-other holds.
    form = (await client.get(f"/admin/plan/review/{plans[1].id}/accept?back=/admin/plan/queue")).text
    await client.post(f"/admin/plan/review/{plans[1].id}/accept", data={"csrf": csrf_of(form), "version": version_of(form), "comment": "",
                                                                         "then": "next"})
    client.cookies.clear()
    mlit = await logged_in(client, Role.MLIT_STAFF)
    queue = (await client.get("/admin/plan/queue")).text
    assert 'id="assign-form"' in queue and "kanto-reviewer" in queue
    assigned = await client.post("/admin/plan/assign", data={"csrf": csrf_of(queue), "PLAN": [str(plans[1].id), str(plans[2].id)],
                                                             "staff": str(kanto.id)}, follow_redirects=True)
    assert "2件の案件を割り当てました" in assigned.text
    rows = {a.record_id: (a.staff_id, a.assigned_by_id) for a in await CaseAssignment.all()}
    assert rows[plans[1].id] == (kanto.id, mlit.id) and rows[plans[2].id] == (kanto.id, mlit.id) and rows[plans[0].id][0] == other.id
    outside = await make_staff(Role.BUREAU_STAFF, Bureau.KINKI, "kinki-reviewer")
    before = await CaseAssignment.all().count()
    refused = await client.post("/admin/plan/assign", data={"csrf": csrf_of(queue), "PLAN": [str(plans[0].id)], "staff": str(outside.id)},
                                follow_redirects=True)
    assert "担当範囲で審査待ちでない案件があります" in refused.text and await CaseAssignment.all().count() == before


async def test_next_case_skips_what_others_hold(db: str, settings) -> None:
    from admin.views.queue import next_in_queue
    from app.domain.plans.search import PlanSearch
    from app.domain.review.assignments import take_case
    from app.models.enums import CaseKind
    from tests.plan_builder import staff_viewer

    plans = [(await submitted_plan(settings.upload_dir, prefecture="13", name=f"順番{n}建設株式会社"))[1] for n in range(3)]
    me, colleague = await staff_viewer(Role.BUREAU_STAFF, Bureau.KANTO), await staff_viewer(Role.BUREAU_STAFF, Bureau.KANTO)
    await take_case(colleague, CaseKind.PLAN, plans[1].id)
    search = PlanSearch(statuses=(PlanStatus.APPLIED, PlanStatus.UNDER_REVIEW))
    following = await next_in_queue(me, search, await Plan.get(id=plans[0].id))
    assert following is not None and following.id == plans[2].id
    assert (await next_in_queue(colleague, search, await Plan.get(id=plans[0].id))).id == plans[1].id  # the holder's own stays


async def test_lists_offer_no_dead_controls_and_pages_a_skip_link(client: httpx.AsyncClient, settings) -> None:
    """#26 items 10, 11: no 操作 button or checkboxes where nothing can be done; each row's details link has
    text; every page starts with a skip link to its content."""
    await submitted_plan(settings.upload_dir, prefecture="13")
    await logged_in(client, Role.MLIT_STAFF)
    page = (await client.get("/admin/plan/list")).text
    assert 'id="dropdownMenuButton"' not in page and "select-box" not in page and 'id="select-all"' not in page
    assert re.search(r'fa-eye" aria-hidden="true"></i><span class="visually-hidden">詳細</span></a>', page)
    assert 'id="skip-link"' in page and 'id="main-content"' in page


async def test_mlit_keeps_phrases_and_review_forms_offer_them_beside_the_plan(client: httpx.AsyncClient, settings) -> None:
    """#26 item 8: 定型文 kept by MLIT, offered by the decision's form (its own and those for any), with the
    plan's summary beside the comment; others may not change the list."""
    from app.models import ReviewPhrase

    _, plan = await submitted_plan(settings.upload_dir, prefecture="13")
    await logged_in(client, Role.MLIT_STAFF)
    page = (await client.get("/admin/review-phrase/list")).text
    for decision, text in (("remand", "賃金台帳（直近1年分）を添付してください。"), ("", "ご確認をお願いします。"), ("certify", "認定します。")):
        await client.post("/admin/review-phrase/add", data={"csrf": csrf_of(page), "decision": decision, "text": text})
    empty = await client.post("/admin/review-phrase/add", data={"csrf": csrf_of(page), "decision": "remand", "text": "  "},
                              follow_redirects=True)
    assert "定型文を入力してください" in empty.text and await ReviewPhrase.all().count() == 3
    form = (await client.get(f"/admin/plan/review/{plan.id}/remand")).text
    offered = re.findall(r'<option value="([^"]*)">', form[form.index('id="phrases"'):form.index('id="comment"')])
    assert offered == ["賃金台帳（直近1年分）を添付してください。", "ご確認をお願いします。"]  # its own first, then those for any
    summary = form[form.index('id="plan-summary"'):]
    assert plan.application_number in summary and "東京都" in summary and "2人" in summary
    client.cookies.clear()
    await logged_in(client, Role.BUREAU_STAFF, Bureau.KANTO)
    listed = (await client.get("/admin/review-phrase/list")).text
    assert "賃金台帳" in listed and 'id="phrase-form"' not in listed
    refused = await client.post("/admin/review-phrase/add", data={"csrf": csrf_of(listed), "decision": "", "text": "勝手に追加"},
                                follow_redirects=True)
    assert "国土交通省の職員が管理します" in refused.text and await ReviewPhrase.all().count() == 3


def test_an_address_names_its_prefecture_once() -> None:
    from admin.views.plan_page import full_address

    assert full_address("東京都", "東京都千代田区霞が関2-1-3") == "東京都千代田区霞が関2-1-3"
    assert full_address("東京都", "千代田区霞が関2-1-3") == "東京都 千代田区霞が関2-1-3"
    assert full_address("", "千代田区") == "千代田区" and full_address("大阪府", None) == "大阪府"


async def test_change_applications_and_reemployments_are_taken_like_plans(client: httpx.AsyncClient, settings) -> None:
    """#26 assignment for every kind of the one queue: the change application's and the 再雇用申請's pages
    offer 担当する, and the queue names the holder."""
    company, plan, _ = await _working_worker(settings)
    _, report = await _reemployment_of_the_other_worker(company, plan)
    from app.domain.changes.applications import apply_for_change

    change = await apply_for_change(company, {"representative_name": "新 代表"})
    await logged_in(client, Role.BUREAU_STAFF, Bureau.KANTO, login_id="kanto-holder")
    for page_url, take_url in ((f"/admin/change-application/details/{change.id}", f"/admin/change-application/take/{change.id}"),
                               (f"/admin/worker-report/details/{report.id}", f"/admin/worker-report/take/{report.id}")):
        page = (await client.get(page_url)).text
        assert 'id="case-holder"' in page and "担当する" in page
        taken = await client.post(take_url, data={"csrf": csrf_of(page)}, follow_redirects=True)
        assert "この案件を担当します" in taken.text and "担当：あなた" in taken.text
    queue = (await client.get("/admin/plan/queue")).text
    for section in ('id="change-queue"', 'id="reemployment-queue"'):
        assert "kanto-holder" in queue[queue.index(section):queue.index(section) + 3000]


async def test_the_queue_narrows_to_a_kind_and_mlit_assigns_cases_of_every_kind(client: httpx.AsyncClient, settings) -> None:
    """#26: the one queue filters by kind (and its bureau and prefecture filters hold for every kind); MLIT checks
    a plan, a change application and a 再雇用申請 and gives them to one reviewer at once, or none when one is out of reach."""
    from app.domain.changes.applications import apply_for_change
    from app.models import CaseAssignment
    from app.models.enums import CaseKind

    company, plan, _ = await _working_worker(settings)
    _, report = await _reemployment_of_the_other_worker(company, plan)
    change = await apply_for_change(company, {"representative_name": "新 代表"})
    _, waiting = await submitted_plan(settings.upload_dir, prefecture="13", name="待機建設株式会社")
    kanto = await make_staff(Role.BUREAU_STAFF, Bureau.KANTO, "kanto-all")
    await logged_in(client, Role.MLIT_STAFF)
    changes_only = (await client.get("/admin/plan/queue", params={"kind": "CHANGE_APPLICATION"})).text
    assert 'id="change-queue"' in changes_only and 'id="queue"' not in changes_only and 'id="reemployment-queue"' not in changes_only
    assert "<title>審査待ち（変更申請）" in changes_only and '<option value="CHANGE_APPLICATION" selected>' in changes_only
    elsewhere = (await client.get("/admin/plan/queue", params={"kind": "REEMPLOYMENT", "prefecture": "27"})).text
    assert "この条件で審査待ちの再雇用申請はありません" in elsewhere  # the prefecture filter holds for 再雇用申請 too
    queue = (await client.get("/admin/plan/queue")).text
    assert f'name="CHANGE_APPLICATION" value="{change.id}"' in queue and f'name="REEMPLOYMENT" value="{report.id}"' in queue
    assigned = await client.post("/admin/plan/assign", data={
        "csrf": csrf_of(queue), "PLAN": [str(waiting.id)], "CHANGE_APPLICATION": [str(change.id)], "REEMPLOYMENT": [str(report.id)],
        "staff": str(kanto.id)}, follow_redirects=True)
    assert "3件の案件を割り当てました" in assigned.text
    assert {(CaseKind(a.kind), a.record_id, a.staff_id) for a in await CaseAssignment.all()} == {
        (CaseKind.PLAN, waiting.id, kanto.id), (CaseKind.CHANGE_APPLICATION, change.id, kanto.id), (CaseKind.REEMPLOYMENT, report.id, kanto.id)}
    kinki = await make_staff(Role.BUREAU_STAFF, Bureau.KINKI, "kinki-all")
    await CaseAssignment.all().delete()
    refused = await client.post("/admin/plan/assign", data={
        "csrf": csrf_of(queue), "CHANGE_APPLICATION": [str(change.id)], "REEMPLOYMENT": [str(report.id)], "staff": str(kinki.id)},
        follow_redirects=True)
    assert "審査待ちでない案件があります（2件）" in refused.text and await CaseAssignment.all().count() == 0


async def test_change_report_and_history_lists_search_their_plans(client: httpx.AsyncClient, settings) -> None:
    """#26 item 6: 変更申請, 外国人の報告 and 申請履歴 have a search; it finds rows by their plan's number or
    name (and reports by the worker's name, except for analysts, who are told so)."""
    company, plan, worker = await _working_worker(settings)
    from app.domain.changes.applications import apply_for_change

    await apply_for_change(company, {"representative_name": "新 代表"})
    _, other = await submitted_plan(settings.upload_dir, prefecture="13", name="無関係建設株式会社")
    await logged_in(client, Role.MLIT_STAFF)
    number = plan.application_number
    for view in ("change-application", "worker-report", "plan-event"):
        found = (await client.get(f"/admin/{view}/list", params={"search": number})).text
        assert number in found and "無関係建設株式会社" not in found, view
        assert "plan.application_number" not in found  # the search box names what it searches in Japanese
    by_name = (await client.get("/admin/worker-report/list", params={"search": worker.name.split()[0]})).text
    assert worker.name in by_name
    client.cookies.clear()
    await logged_in(client, Role.ANALYST)
    masked = (await client.get("/admin/worker-report/list", params={"search": worker.name.split()[0]})).text
    assert 'id="search-note"' in masked and "外国人の氏名は個人情報のため" in masked


async def test_a_national_list_counts_up_to_its_cap(client: httpx.AsyncClient, settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """#28: a list counts its rows without sorting them and only up to a cap; beyond it the list says so and
    asks for a filter, and its pages stay reachable."""
    from admin.views.base import ShuroView

    for n in range(3):
        await submitted_plan(settings.upload_dir, prefecture="13", name=f"上限{n}建設株式会社")
    await logged_in(client, Role.MLIT_STAFF)
    exact = (await client.get("/admin/plan/list")).text
    assert "件以上" not in exact[exact.index('id="list-count"'):][:300]
    monkeypatch.setattr(ShuroView, "count_cap", 2)
    capped = (await client.get("/admin/plan/list", params={"pageSize": 10})).text
    said = re.sub(r"\s+", " ", capped[capped.index('id="list-count"'):][:400])
    assert "2件以上のうち 1〜10件目（絞り込むと件数が分かります）" in said, said
    assert all(f"上限{n}建設株式会社" in capped for n in range(3))  # the page itself is whole
