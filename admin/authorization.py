"""Per-role grants of the admin panel (CONTRACT.md "Who may do what"). Which rows are in reach is
the views' scope; this decides which views and actions a role has at all."""

from __future__ import annotations

from typing import Any

from sqladmin.authorization import Action, AuthorizationBackend, matches_grant
from starlette.requests import Request

from admin.auth import current_viewer
from app.models.enums import Role

READ = (Action.LIST, Action.DETAILS, Action.EXPORT)


def _read(*views: str) -> set[tuple[str, str]]:
    return {(view, str(action)) for view in views for action in READ}


REVIEW_VIEWS = ("plan", "change-application", "worker-report", "worker", "attachment", "plan-event", "company-account", "announcement")
GRANTS: dict[Role, set[tuple[str, str]]] = {
    Role.BUREAU_STAFF: _read(*REVIEW_VIEWS, "review-phrase"),
    Role.IMPLEMENTING_ORG: _read(*REVIEW_VIEWS),
    Role.ANALYST: _read("plan", "change-application", "worker-report", "worker", "plan-event", "company-account", "announcement"),
    Role.MLIT_STAFF: _read(*REVIEW_VIEWS, "review-phrase", "outbox-mail", "login-lock", "staff-user", "account-event", "export-record"),
}


class RoleAuthorizationBackend(AuthorizationBackend):
    def has_permission(self, request: Request, identity: str, action: str, obj: Any = None) -> bool:
        viewer = current_viewer(request)
        if viewer is None:
            return False
        return matches_grant(GRANTS.get(viewer.role, set()), identity, str(action))
