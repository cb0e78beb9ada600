"""Per-role grants of the admin panel (CONTRACT.md "Who may do what")."""

from __future__ import annotations

from typing import Any

from sqladmin.authorization import Action, AuthorizationBackend, matches_grant
from starlette.requests import Request

from admin.auth import current_viewer
from app.models.enums import Role

READ = {Action.LIST, Action.DETAILS}
_ALL_STAFF_READ = {(view, action) for view in ("plan",) for action in READ}

GRANTS: dict[Role, set[tuple[str, str]]] = {
    Role.BUREAU_STAFF: _ALL_STAFF_READ,
    Role.MLIT_STAFF: _ALL_STAFF_READ,
    Role.IMPLEMENTING_ORG: _ALL_STAFF_READ,
    Role.ANALYST: _ALL_STAFF_READ,
}


class RoleAuthorizationBackend(AuthorizationBackend):
    def has_permission(self, request: Request, identity: str, action: str, obj: Any = None) -> bool:
        viewer = current_viewer(request)
        if viewer is None:
            return False
        return matches_grant(GRANTS.get(viewer.role, set()), identity, str(action))
