"""The admin panel over HTTP: staff login, Japanese pages, and the plan list scoped as the domain
says (F2, C4)."""

from __future__ import annotations

import httpx
import pytest

from app.models import AuthSession, StaffUser
from app.models.enums import Bureau, PlanStatus, Role
from tests.admin_client import admin_login, admin_logout
from tests.factories import make_plan, make_staff


async def test_the_panel_asks_for_login_in_japanese(client: httpx.AsyncClient) -> None:
    response = await client.get("/admin/", follow_redirects=True)
    assert response.url.path == "/admin/login"
    assert "ログイン" in response.text


async def test_staff_log_in_and_see_the_plan_list_in_japanese(client: httpx.AsyncClient) -> None:
    await make_staff(Role.MLIT_STAFF, login_id="mlit1")
    response = await admin_login(client, "mlit1")
    assert response.status_code == 302 and response.headers["location"].endswith("/admin/")
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    page = await client.get("/admin/plan/list")
    assert page.status_code == 200
    assert "受入計画" in page.text and "申請番号" in page.text and "ログアウト" in page.text
    assert "hash" not in page.text.lower()
    session = await AuthSession.get(staff=await StaffUser.get(login_id="mlit1"))
    assert session.channel == "ADMIN" and session.revoked_at is None


async def test_a_wrong_password_is_refused_and_no_session_is_made(client: httpx.AsyncClient) -> None:
    await make_staff(Role.MLIT_STAFF, login_id="mlit2")
    response = await admin_login(client, "mlit2", "Wrongpass999")
    assert response.status_code == 400
    assert await AuthSession.all().count() == 0
    assert (await client.get("/admin/plan/list")).status_code == 302


async def test_inactive_staff_cannot_log_in_and_deactivation_ends_their_session(client: httpx.AsyncClient) -> None:
    user = await make_staff(Role.MLIT_STAFF, login_id="mlit3")
    assert (await admin_login(client, "mlit3")).status_code == 302
    assert (await client.get("/admin/plan/list")).status_code == 200
    await StaffUser.filter(id=user.id).update(is_active=False)
    assert (await client.get("/admin/plan/list")).status_code == 302
    assert (await admin_login(client, "mlit3")).status_code == 400


async def test_logout_revokes_the_session_row(client: httpx.AsyncClient) -> None:
    await make_staff(Role.ANALYST, login_id="analyst1")
    await admin_login(client, "analyst1")
    cookie = client.cookies.get("shuro_admin")
    assert (await admin_logout(client)).status_code == 303
    assert (await AuthSession.get(staff=await StaffUser.get(login_id="analyst1"))).revoked_at is not None
    client.cookies.set("shuro_admin", cookie)  # replaying the old cookie does not help
    assert (await client.get("/admin/plan/list")).status_code == 302


async def test_bureau_staff_see_only_their_bureaus_plans_outside_the_company_states(client: httpx.AsyncClient) -> None:
    await make_staff(Role.BUREAU_STAFF, Bureau.KANTO, login_id="kanto1")
    tokyo = await make_plan(PlanStatus.APPLIED, "13", "東京建設株式会社")
    nagano = await make_plan(PlanStatus.UNDER_REVIEW, "20", "信州工業株式会社")
    osaka = await make_plan(PlanStatus.APPLIED, "27", "浪速組株式会社")
    remanded = await make_plan(PlanStatus.REMANDED, "13", "差戻建設株式会社")
    draft = await make_plan(PlanStatus.DRAFT, "14", "下書工務店")
    await admin_login(client, "kanto1")
    page = (await client.get("/admin/plan/list")).text
    assert "東京建設株式会社" in page and "信州工業株式会社" in page
    assert "浪速組株式会社" not in page and "差戻建設株式会社" not in page and "下書工務店" not in page
    assert "2件中 1〜2件を表示" in page  # the count query is scoped like the list
    assert (await client.get(f"/admin/plan/details/{tokyo.id}")).status_code == 200
    assert (await client.get(f"/admin/plan/details/{nagano.id}")).status_code == 200
    for hidden in (osaka, remanded, draft):
        assert (await client.get(f"/admin/plan/details/{hidden.id}")).status_code == 404


@pytest.mark.parametrize("role", [Role.MLIT_STAFF, Role.IMPLEMENTING_ORG, Role.ANALYST])
async def test_national_roles_see_every_bureau_but_never_remanded_plans(client: httpx.AsyncClient, role: Role) -> None:
    await make_staff(role, login_id="national1")
    await make_plan(PlanStatus.APPLIED, "01", "札幌建設株式会社")
    await make_plan(PlanStatus.CERTIFIED, "47", "琉球建設株式会社")
    remanded = await make_plan(PlanStatus.REMANDED, "13", "差戻建設株式会社")
    await admin_login(client, "national1")
    page = (await client.get("/admin/plan/list")).text
    assert "札幌建設株式会社" in page and "琉球建設株式会社" in page
    assert "差戻建設株式会社" not in page
    assert (await client.get(f"/admin/plan/details/{remanded.id}")).status_code == 404


async def test_plans_are_read_only_in_the_panel(client: httpx.AsyncClient) -> None:
    await make_staff(Role.MLIT_STAFF, login_id="mlit4")
    plan = await make_plan(PlanStatus.APPLIED, "13")
    await admin_login(client, "mlit4")
    assert (await client.get(f"/admin/plan/edit/{plan.id}")).status_code in (403, 404)
    assert (await client.get("/admin/plan/create")).status_code in (403, 404)
    response = await client.post(f"/admin/plan/edit/{plan.id}", data={"status": "CERTIFIED"})
    assert response.status_code in (403, 404, 405)
    await plan.refresh_from_db()
    assert plan.status == PlanStatus.APPLIED
