"""The admin panel answers only the routes we use (issue #10, item 1): sqladmin's generic file
download and preview routes read a column's value as a path on disk and load the row without our
scope, so a company could plant `var/secret_key` in its address and have any staff login fetch it."""

from __future__ import annotations

import httpx
import pytest
from starlette.routing import Mount

from admin.routes import GENERIC_ROUTES_IN_USE, is_our_page, route_name
from admin.views import ALL_VIEWS
from app.http.app import create_app
from app.infra.settings import Settings
from app.models import Plan
from app.models.enums import PlanStatus, Role
from tests.admin_client import admin_login
from tests.factories import make_plan, make_staff


def admin_routes(settings: Settings) -> list:
    app = create_app(settings)
    mount = next(r for r in app.routes if isinstance(r, Mount) and r.path == "/admin")
    return list(mount.app.router.routes)


def test_every_admin_route_is_ours_or_a_generic_route_we_scoped(settings: Settings) -> None:
    """Fails for any route a sqladmin upgrade adds: it must be proven scoped and listed first."""
    strangers = [
        getattr(route, "path", repr(route))
        for route in admin_routes(settings)
        if not (route_name(route) in GENERIC_ROUTES_IN_USE or is_our_page(route))
    ]
    assert strangers == []
    names = {route_name(route) for route in admin_routes(settings)}
    assert not names & {"file_download", "file_preview", "create", "edit", "delete", "import", "ajax_lookup"}
    assert {"login", "logout", "list", "details", "export"} <= names


@pytest.mark.parametrize("secret", ["var/secret_key", "DB_FILE"])
async def test_no_view_serves_a_file_named_by_a_column(client: httpx.AsyncClient, settings: Settings, secret: str) -> None:
    plan = await make_plan(PlanStatus.APPLIED, "13")
    address = settings.database_url.removeprefix("sqlite://") if secret == "DB_FILE" else secret
    await Plan.filter(id=plan.id).update(head_office_address=address, company_name=address)
    await make_staff(Role.ANALYST, login_id="analyst-probe")
    assert (await admin_login(client, "analyst-probe")).status_code == 302
    for view in ALL_VIEWS:
        for column in ("head_office_address", "company_name", "file_name", "storage_key", "body"):
            for kind in ("download", "preview"):
                response = await client.get(f"/admin/{view.identity}/{plan.id}/{column}/{kind}/")
                assert response.status_code == 404, (view.identity, column, kind)
                assert "SQLite" not in response.text


async def test_generic_write_routes_are_gone(client: httpx.AsyncClient) -> None:
    plan = await make_plan(PlanStatus.APPLIED, "13")
    await make_staff(Role.MLIT_STAFF, login_id="mlit-probe")
    await admin_login(client, "mlit-probe")
    for view in ALL_VIEWS:
        assert (await client.get(f"/admin/{view.identity}/create")).status_code == 404
        assert (await client.get(f"/admin/{view.identity}/edit/{plan.id}")).status_code == 404
        assert (await client.delete(f"/admin/{view.identity}/delete?pks={plan.id}")).status_code in (404, 405)
        assert (await client.get(f"/admin/{view.identity}/ajax/lookup?name=x&term=y")).status_code == 404
    assert await Plan.filter(id=plan.id).exists()


async def test_logout_needs_a_post_with_the_csrf_token(client: httpx.AsyncClient) -> None:
    await make_staff(Role.ANALYST, login_id="analyst-logout")
    await admin_login(client, "analyst-logout")
    assert (await client.get("/admin/logout")).status_code == 405
    assert (await client.post("/admin/logout", data={"csrf": "forged"})).status_code == 403
    assert (await client.get("/admin/plan/list")).status_code == 200  # still logged in


async def test_login_form_needs_its_csrf_token(client: httpx.AsyncClient) -> None:
    from tests.factories import STAFF_PASSWORD

    await make_staff(Role.ANALYST, login_id="analyst-csrf")
    forged = await client.post("/admin/login", data={"username": "analyst-csrf", "password": STAFF_PASSWORD})
    assert forged.status_code == 400
    assert (await client.get("/admin/plan/list")).status_code == 302
