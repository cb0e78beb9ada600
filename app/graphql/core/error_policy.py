"""What a client may learn from an error (CONTRACT.md "GraphQL conventions"), decided in one place.

- A refusal of a query argument by the domain (`DomainError`) → `BAD_USER_INPUT` with the field.
- A value that cannot be read as its GraphQL type → `BAD_USER_INPUT` with a Japanese message.
- Our own GraphQL errors (UNAUTHENTICATED, FORBIDDEN, LIMIT_EXCEEDED, MAINTENANCE …) → as raised,
  logged as one line.
- Anything else → one `INTERNAL_SERVER_ERROR` with a request id, the traceback logged under the
  same id; no ORM, driver or Python text reaches the client.
- In production, no "Did you mean …" suggestions (they describe the schema to a stranger).
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Iterator
from typing import Any

from graphql import ExecutionResult, GraphQLError, StringValueNode, ValidationRule
from strawberry.extensions import SchemaExtension

from app.domain.errors import DomainError
from app.domain.text import forbidden_character_in
from app.infra.logs import REQUEST_ID

log = logging.getLogger("app.graphql")

INTERNAL_MESSAGE = "システム内部でエラーが発生しました。時間をおいてもう一度お試しください。続く場合は要求IDを添えてお問い合わせください。"
BAD_VALUE_MESSAGE = "入力値の形式が正しくありません。"
BAD_TEXT_MESSAGE = "入力に使用できない文字（NUL などの制御文字や不正な文字コード）が含まれています。"
_SUGGESTION = re.compile(r"\s*Did you mean [^?]*\?")
_VARIABLE = re.compile(r"Variable '\$(\w+)'")
# graphql-core's refusals of a variable's value (not of the document): the client's input.
_BAD_VARIABLE = re.compile(r"^Variable '\$(\w+)' (?:has invalid value|got invalid value|of required type|of non-null type)")
_INNER_MESSAGE = re.compile(r"encountered error '(.+?)'; found")
_AT = re.compile(r"invalid value at ((?:\.\w+|\[\d+\])+)")
_UNKNOWN_FIELD = re.compile(r"not to include unknown field '(\w+)'")
UNKNOWN_FIELD_MESSAGE = "入力に存在しない項目が含まれています。"


def variable_field(variable: str, message: str) -> str:
    """The input field a refused variable value names (`input.workers.0.birthDate`), from graphql-core's
    message (`Variable '$input' has invalid value at .workers[0].birthDate: …`)."""
    path = variable
    if at := _AT.search(message):
        path += re.sub(r"\[(\d+)\]", r".\1", at.group(1))
    if unknown := _UNKNOWN_FIELD.search(message):
        path += f".{unknown.group(1)}"
    return path


def bad_user_input(message: str, field: str | None, node: Any = None) -> GraphQLError:
    return GraphQLError(message, node, extensions={"code": "BAD_USER_INPUT", "field": field})


def refused_argument(error: DomainError, prefix: str | None = None) -> GraphQLError:
    """A query argument the domain refused, as one BAD_USER_INPUT error (its first problem)."""
    problem = error.problems[0]
    field = ".".join(p for p in (prefix, problem.field) if p) or None
    return bad_user_input(problem.message, field)


def internal_error(error: BaseException | None, path: Any = None) -> GraphQLError:
    request_id = REQUEST_ID.get() or uuid.uuid4().hex[:16]  # the request's own id, as in its log lines
    log.error("INTERNAL_SERVER_ERROR requestId=%s", request_id, exc_info=error)
    return GraphQLError(INTERNAL_MESSAGE, path=path, extensions={"code": "INTERNAL_SERVER_ERROR", "requestId": request_id})


def _without_suggestions(error: GraphQLError) -> GraphQLError:
    message = _SUGGESTION.sub("", error.message)
    if message == error.message:
        return error
    return GraphQLError(message, error.nodes, error.source, error.positions, error.path, extensions=error.extensions)


def client_error(error: GraphQLError, production: bool) -> GraphQLError:
    original = error.original_error
    if isinstance(original, DomainError):
        return refused_argument(original)
    if error.path is None and (bad := _BAD_VARIABLE.match(error.message)):
        inner = _INNER_MESSAGE.search(error.message)
        ours = inner is not None and not inner.group(1).isascii()  # our scalars refuse in Japanese
        fallback = UNKNOWN_FIELD_MESSAGE if _UNKNOWN_FIELD.search(error.message) else BAD_VALUE_MESSAGE
        return bad_user_input(inner.group(1) if ours and inner else fallback, variable_field(bad.group(1), error.message))
    if original is None or isinstance(original, GraphQLError):
        if (code := (error.extensions or {}).get("code")) is not None:
            log.info("%s %s", code, error.message)
        return _without_suggestions(error) if production else error
    if error.path is None:  # raised while reading the request's values, before anything executed
        match = _VARIABLE.search(error.message)
        return bad_user_input(BAD_VALUE_MESSAGE, match.group(1) if match else None)
    return internal_error(original, error.path)


class ErrorPolicy(SchemaExtension):
    def __init__(self, production: bool = False) -> None:
        self.production = production

    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        if result is not None and result.errors:
            phase = self._failed_phase()
            result.errors = [client_error(_coded(error, phase), self.production) for error in result.errors]

    def _failed_phase(self) -> str | None:
        """The code of a document refused before execution (#27): it did not parse, or did not validate."""
        context = self.execution_context
        if context.graphql_document is None:
            return "GRAPHQL_PARSE_FAILED"
        if context.pre_execution_errors:
            return "GRAPHQL_VALIDATION_FAILED"
        return None


def _coded(error: GraphQLError, code: str | None) -> GraphQLError:
    """The error with `code` in its extensions, unless it already says one."""
    if code is None or (error.extensions or {}).get("code") is not None or error.original_error is not None:
        return error
    return GraphQLError(error.message, error.nodes, error.source, error.positions, error.path, extensions={**(error.extensions or {}), "code": code})


def bad_text_path(value: Any, path: str) -> str | None:
    if isinstance(value, str):
        return path if forbidden_character_in(value) else None
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        if (found := bad_text_path(item, f"{path}.{key}")) is not None:
            return found
    return None


class ForbiddenTextRule(ValidationRule):
    """A string literal of the document with NUL, control characters or lone surrogates: checked while
    validating, so once per distinct document (the validation cache), not on every request."""

    def enter_string_value(self, node: StringValueNode, *_: Any) -> None:
        if forbidden_character_in(node.value):
            self.report_error(bad_user_input(BAD_TEXT_MESSAGE, None, node))


class TextGuard(SchemaExtension):
    """NUL bytes, other control characters and lone surrogates in a variable never reach a resolver
    or the database (PostgreSQL refuses NUL, drivers fail on surrogates); literals are ForbiddenTextRule's."""

    def on_execute(self) -> Iterator[None]:
        ctx = self.execution_context
        field = next(
            (found for name, value in (ctx.variables or {}).items() if (found := bad_text_path(value, name)) is not None), None
        )
        if field is not None:
            ctx.result = ExecutionResult(data=None, errors=[bad_user_input(BAD_TEXT_MESSAGE, field)])
        yield
