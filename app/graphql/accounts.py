"""Accounts: the viewer (`me`). Registration and login mutations come with issue #3."""

from __future__ import annotations

import strawberry

from app.graphql.context import Info
from app.graphql.enums import Bureau, Role


@strawberry.type
class Viewer:
    login_id: str
    role: Role
    role_label: str
    company_name: str | None
    bureau: Bureau | None
    bureau_label: str | None


@strawberry.type
class AccountQuery:
    @strawberry.field(description="ログイン中の利用者。未ログインなら null")
    def me(self, info: Info) -> Viewer | None:
        viewer = info.context.viewer
        if viewer is None:
            return None
        return Viewer(
            login_id=viewer.login_id,
            role=viewer.role,
            role_label=viewer.role.label,
            company_name=viewer.display_name if viewer.is_company else None,
            bureau=viewer.bureau,
            bureau_label=viewer.bureau.label if viewer.bureau else None,
        )
