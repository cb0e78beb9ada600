"""UserError: a refusal for a reason in the data, returned in a payload's `errors`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import strawberry

from app.domain.errors import DomainError
from app.graphql.core.enums import ErrorCode
from app.infra.metrics import count_error

P = TypeVar("P")
T = TypeVar("T")


@strawberry.type
class UserError:
    field: str | None
    code: ErrorCode
    message: str


def user_errors(error: DomainError, prefix: str | None = None, top_level: frozenset[str] = frozenset()) -> list[UserError]:
    """The refusal's problems; `prefix` places field paths that are not `top_level` fields of the
    input inside it (`companyName` → `changes.companyName`)."""
    def path(field: str | None) -> str | None:
        return f"{prefix}.{field}" if prefix and field and field.split(".")[0] not in top_level else field

    for problem in error.problems:
        count_error(problem.code.value)
    return [UserError(field=path(p.field), code=p.code, message=p.message) for p in error.problems]


async def answer(payload: Callable[..., P], action: Awaitable[T], field: str, present: Callable[[T], Any],
                 prefix: str | None = None, top_level: frozenset[str] = frozenset()) -> P:
    """A mutation's payload: what the domain returned under `field`, or its refusal as `errors`."""
    try:
        return payload(**{field: present(await action)})
    except DomainError as error:
        return payload(errors=user_errors(error, prefix, top_level))
