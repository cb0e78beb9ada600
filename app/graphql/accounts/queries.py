"""`me`: the viewer behind the request's token."""

from __future__ import annotations

import strawberry

from app.graphql.accounts.types import Viewer, viewer_type
from app.graphql.core.context import Info


@strawberry.type
class AccountQuery:
    @strawberry.field(description="ログイン中の利用者。未ログインなら null")
    async def me(self, info: Info) -> Viewer | None:
        viewer = info.context.viewer
        return await viewer_type(viewer) if viewer else None
