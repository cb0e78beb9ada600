"""UserError: a refusal for a reason in the data, returned in a payload's `errors`."""

from __future__ import annotations

import strawberry

from app.domain.errors import DomainError
from app.graphql.core.enums import ErrorCode


@strawberry.type
class UserError:
    field: str | None
    code: ErrorCode
    message: str


def user_errors(error: DomainError) -> list[UserError]:
    return [UserError(field=p.field, code=p.code, message=p.message) for p in error.problems]
