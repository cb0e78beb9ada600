"""The maintenance stop (E1, E2) for the API: during the daily window or an announced stop,
every operation but `systemStatus` and `announcements` answers HTTP 503 with one MAINTENANCE
error, `extensions.resumesAt` and a `Retry-After` header."""

from __future__ import annotations

import math
from collections.abc import Iterator

from graphql import ExecutionResult, FieldNode, GraphQLError, OperationDefinitionNode
from strawberry.extensions import SchemaExtension

from app.domain import clock
from app.domain.notices.maintenance import parse_window
from app.domain.notices.service_status import service_status

ALWAYS_OPEN = frozenset({"systemStatus", "announcements", "__typename"})


def _root_fields(document: object, operation_name: str | None) -> list[str] | None:
    """The root field names of the operation to run; None when they cannot be told plainly."""
    operations = [d for d in getattr(document, "definitions", []) if isinstance(d, OperationDefinitionNode)]
    if operation_name:
        operations = [o for o in operations if o.name and o.name.value == operation_name]
    if len(operations) != 1:
        return None
    names = []
    for selection in operations[0].selection_set.selections:
        if not isinstance(selection, FieldNode):
            return None
        names.append(selection.name.value)
    return names


class MaintenanceGate(SchemaExtension):
    async def on_execute(self) -> Iterator[None]:  # type: ignore[override]
        ctx = self.execution_context
        fields = _root_fields(ctx.graphql_document, ctx.operation_name)
        if fields is None or not set(fields) <= ALWAYS_OPEN:
            context = ctx.context
            status = await service_status(parse_window(context.settings.maintenance), clock.now())
            if not status.in_service and status.resumes_at is not None:
                resumes_at = clock.to_jst(status.resumes_at)
                ctx.result = ExecutionResult(
                    data=None,
                    errors=[GraphQLError(status.message, extensions={"code": "MAINTENANCE", "resumesAt": resumes_at.isoformat()})],
                )
                if context.response is not None:
                    context.response.status_code = 503
                    wait = max(1, math.ceil((status.resumes_at - clock.now()).total_seconds()))
                    context.response.headers["Retry-After"] = str(wait)
        yield


async def stopped_now(maintenance: str) -> bool:
    """Whether the gate would stop an operation now (the compiled reads then leave it to the gate)."""
    status = await service_status(parse_window(maintenance), clock.now())
    return not status.in_service and status.resumes_at is not None
