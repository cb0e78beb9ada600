"""Which routes the admin panel answers: the few generic sqladmin routes we use (each scoped by our
views), our own pages, and a login and logout of our own with CSRF tokens. Everything else sqladmin
registers (create, edit, delete, import, ajax lookup, and the file download and preview routes that
read a column's value as a path on disk) is removed, so it answers 404 for every view."""

from __future__ import annotations

import secrets

from sqladmin import Admin
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route

from admin.auth import CSRF_KEY, csrf_ok, csrf_token, current_viewer
from app.models.enums import Role

# sqladmin's generic routes we rely on; each reads rows only through our views' scoped queries.
GENERIC_ROUTES_IN_USE = frozenset({"statics", "list", "details", "export"})


def route_name(route: BaseRoute) -> str | None:
    return route.name if isinstance(route, (Route, Mount)) else None


def is_our_page(route: BaseRoute) -> bool:
    """A page of one of our views (`@expose`), or our login and logout."""
    endpoint = getattr(route, "endpoint", None)
    owner = getattr(endpoint, "__self__", None)
    module = getattr(getattr(endpoint, "__func__", endpoint), "__module__", "") or ""
    return module.startswith("admin.") and (owner is not None or route_name(route) in ("index", "login", "logout"))


def _login_page_token(request: Request) -> str:
    """A CSRF token for the login form, kept in the (signed) admin cookie before anyone logs in."""
    if not csrf_token(request):
        request.session[CSRF_KEY] = secrets.token_urlsafe(24)
    return csrf_token(request)


def login_route(admin: Admin) -> Route:
    async def login(request: Request) -> Response:
        if request.method == "GET":
            return await admin.templates.TemplateResponse(request, "sqladmin/login.html", {"csrf": _login_page_token(request)})
        form = await request.form()
        if not csrf_ok(request, form.get("csrf")) or not await admin.authentication_backend.login(request):
            return await admin.templates.TemplateResponse(
                request, "sqladmin/login.html", {"error": True, "csrf": _login_page_token(request)}, status_code=400
            )
        return RedirectResponse(request.url_for("admin:index"), status_code=302)

    return Route("/login", login, methods=["GET", "POST"], name="login")


def index_route(admin: Admin) -> Route:
    """The landing page: reviewers (bureau and MLIT staff) land on their 審査待ち queue, others on
    the plan list."""

    async def index(request: Request) -> Response:
        if not await admin.authentication_backend.authenticate(request):
            return RedirectResponse(request.url_for("admin:login"), status_code=302)
        viewer = current_viewer(request)
        reviewer = viewer is not None and viewer.role in (Role.BUREAU_STAFF, Role.MLIT_STAFF)
        target = request.url_for("admin:view-plan-queue") if reviewer else request.url_for("admin:list", identity="plan")
        return RedirectResponse(target, status_code=302)

    return Route("/", index, methods=["GET"], name="index")


def logout_route(admin: Admin) -> Route:
    async def logout(request: Request) -> Response:
        form = await request.form()
        if not csrf_ok(request, form.get("csrf")):
            raise HTTPException(status_code=403)
        await admin.authentication_backend.logout(request)
        return RedirectResponse(request.url_for("admin:login"), status_code=303)

    return Route("/logout", logout, methods=["POST"], name="logout")


def keep_only_routes_in_use(admin: Admin) -> None:
    """Call once every view is added (their `@expose` pages are registered by then)."""
    kept = [r for r in admin.admin.router.routes if route_name(r) in GENERIC_ROUTES_IN_USE or is_our_page(r)]
    admin.admin.router.routes = [index_route(admin), *kept, login_route(admin), logout_route(admin)]
