"""Authentication and role failures are GraphQL errors (CONTRACT.md), not payload errors."""

from __future__ import annotations

from graphql import GraphQLError

from app.domain.viewer import Viewer
from app.graphql.core.context import Info
from app.models.enums import Role


def require_viewer(info: Info, *roles: Role) -> Viewer:
    viewer = info.context.viewer
    if viewer is None:
        raise GraphQLError("ログインしてください。", extensions={"code": "UNAUTHENTICATED"})
    if roles and viewer.role not in roles:
        raise GraphQLError("この操作を行う権限がありません。", extensions={"code": "FORBIDDEN"})
    return viewer
