"""Staff login for the admin panel: the same login rules as the API (Argon2id, lockout), and a
session row whose random token is the only credential kept in the signed cookie, so logout,
deactivation and password changes revoke it at once."""

from __future__ import annotations

import hmac
import secrets

from sqladmin.authentication import AuthenticationBackend
from starlette.requests import Request
from starlette.responses import Response

from app.domain.accounts import sessions
from app.domain.accounts.authentication import log_in
from app.domain.errors import DomainError
from app.domain.viewer import Viewer
from app.domain.visibility import plan_scope
from app.http.client_address import client_address
from app.models.enums import SessionChannel

SESSION_KEY = "shuro_session"
CSRF_KEY = "shuro_csrf"


def current_viewer(request: Request) -> Viewer | None:
    """The staff member `authenticate` found for this request."""
    return getattr(request.state, "viewer", None)


def reads_masked(viewer: Viewer | None) -> bool:
    """Whether a staff member (or nobody) reads personal data masked (visibility decides)."""
    return viewer is None or plan_scope(viewer).mask_personal_data


def masks_personal_data(request: Request) -> bool:
    return reads_masked(current_viewer(request))


def csrf_token(request: Request) -> str:
    return str(request.session.get(CSRF_KEY, ""))


def csrf_ok(request: Request, submitted: object) -> bool:
    expected = csrf_token(request)
    return bool(expected) and isinstance(submitted, str) and hmac.compare_digest(expected, submitted)


class StaffAuthenticationBackend(AuthenticationBackend):
    def __init__(self, secret_key: str, https_only: bool, trusted_proxies: tuple[str, ...]) -> None:
        super().__init__(
            secret_key=secret_key,
            session_cookie="shuro_admin",
            max_age=24 * 60 * 60,
            same_site="lax",
            https_only=https_only,
        )
        self.trusted_proxies = trusted_proxies

    async def login(self, request: Request) -> bool:
        form = await request.form()
        try:
            result = await log_in(
                str(form.get("username", "")).strip(),
                str(form.get("password", "")),
                client_address(request, self.trusted_proxies),
                channel=SessionChannel.ADMIN,
                staff_only=True,
            )
        except DomainError:
            return False
        request.session.clear()
        request.session[SESSION_KEY] = result.token
        request.session[CSRF_KEY] = secrets.token_urlsafe(24)
        return True

    async def logout(self, request: Request) -> bool:
        await sessions.end_session(request.session.get(SESSION_KEY))
        request.session.clear()
        return True

    async def authenticate(self, request: Request) -> Response | bool:
        viewer = await sessions.resolve_session(request.session.get(SESSION_KEY), SessionChannel.ADMIN)
        if viewer is None or not viewer.is_staff:
            request.session.pop(SESSION_KEY, None)
            return False
        request.state.viewer = viewer
        return True
