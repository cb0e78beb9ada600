"""Staff login for the admin panel: Argon2id-checked credentials, a session row whose random token
is the only thing kept in the signed cookie, so logout and deactivation revoke it at once."""

from __future__ import annotations

from sqladmin.authentication import AuthenticationBackend
from starlette.requests import Request
from starlette.responses import Response

from app.domain import sessions
from app.domain.viewer import Viewer
from app.models.enums import SessionChannel

SESSION_KEY = "shuro_session"
LOGIN_FAILED_MESSAGE = "ログイン名、パスワードのいずれかもしくは両方が登録されていません。"


def client_address(request: Request) -> str | None:
    return request.client.host if request.client else None


def current_viewer(request: Request) -> Viewer | None:
    """The staff member `authenticate` found for this request."""
    return getattr(request.state, "viewer", None)


class StaffAuthenticationBackend(AuthenticationBackend):
    def __init__(self, secret_key: str, https_only: bool) -> None:
        super().__init__(
            secret_key=secret_key,
            session_cookie="shuro_admin",
            max_age=8 * 60 * 60,
            same_site="lax",
            https_only=https_only,
        )

    async def login(self, request: Request) -> bool:
        form = await request.form()
        login_id = str(form.get("username", "")).strip()
        password = str(form.get("password", ""))
        user = await sessions.authenticate_staff(login_id, password)
        if user is None:
            return False
        token, _ = await sessions.start_session(
            SessionChannel.ADMIN, staff=user, client_address=client_address(request)
        )
        request.session.clear()
        request.session[SESSION_KEY] = token
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
