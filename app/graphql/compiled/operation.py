"""Read operations compiled once per document text, answered by one SQL statement whose result is
the response body.

A document is compiled only when graphql-core validates it with the served schema's own rules, it
is a query, and every field it selects has a compiled twin (`plan_json`, `roots`); anything else,
and any request the resolvers would answer with an error, is executed by graphql-core as before.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import count
from typing import Any

import strawberry
from graphql import (
    FragmentDefinitionNode,
    GraphQLError,
    GraphQLField,
    OperationDefinitionNode,
    OperationType,
    get_operation_ast,
    parse,
    specified_rules,
    validate,
)
from graphql.execution.values import get_argument_values, get_variable_values
from strawberry.types.arguments import convert_arguments
from strawberry.types.field import StrawberryField
from tortoise import BaseDBAsyncClient

from app.domain import clock
from app.domain.accounts.sessions import session_of
from app.domain.statement_templates import Templates
from app.domain.viewer import Viewer
from app.graphql.compiled.plan_json import Render, View, returned_type, view_of
from app.graphql.compiled.roots import ROOT_TYPES, Prepared, Statement, prepare, write_statement
from app.graphql.compiled.selection import Field, NotCompiled, collect_fields
from app.graphql.compiled.sql import DIALECTS
from app.graphql.compiled.viewers import RecentViewers
from app.graphql.core.document_cache import MAX_CACHED_DOCUMENT
from app.infra.read_pool import ReadPool
from app.models.enums import Role, SessionChannel

CACHED_DOCUMENTS = 256
log = logging.getLogger("app.graphql.compiled")


@dataclass(frozen=True)
class CompiledOperation:
    number: int  # names the operation in the statement templates' shapes
    operation: OperationDefinitionNode
    roots: tuple[Field, ...]


def _returned_type(type_name: str, field_name: str) -> str | None:
    if type_name != "Query":
        return returned_type(type_name, field_name)
    if field_name not in ROOT_TYPES:
        raise NotCompiled(field_name)
    return ROOT_TYPES[field_name]


class Compiler:
    """Compiles and answers the read operations of one served schema."""

    def __init__(self, schema: strawberry.Schema, rules: list[Any], max_tokens: int, log_fallbacks: bool = False) -> None:
        self.schema = schema
        self.log_fallbacks = log_fallbacks
        self.rules = [*specified_rules, *rules]
        self.max_tokens = max_tokens
        self._compiled: OrderedDict[tuple[str, str | None], CompiledOperation | None] = OrderedDict()
        self._views: dict[Role, View] = {}
        self._numbers = count(1)
        self.templates = Templates()
        self.viewers = RecentViewers()
        self.read_pool = ReadPool()

    def compiled(self, query: str, operation_name: str | None) -> CompiledOperation | None:
        if len(query) > MAX_CACHED_DOCUMENT:
            return None  # no read the compiler answers is this long; nothing of it is kept (#24.2)
        key = (query, operation_name)
        if key in self._compiled:
            self._compiled.move_to_end(key)
            return self._compiled[key]
        found = self._compile(query, operation_name)
        self._compiled[key] = found
        if len(self._compiled) > CACHED_DOCUMENTS:
            self._compiled.popitem(last=False)
        return found

    def _compile(self, query: str, operation_name: str | None) -> CompiledOperation | None:
        try:
            document = parse(query, max_tokens=self.max_tokens)
        except GraphQLError:
            return None
        if validate(self.schema._schema, document, self.rules):
            return None
        operation = get_operation_ast(document, operation_name)
        if operation is None or operation.operation is not OperationType.QUERY:
            return None
        fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
        try:
            roots = collect_fields([operation.selection_set], "Query", fragments, _returned_type)
        except NotCompiled as reason:
            if self.log_fallbacks:  # in development: which field keeps a read off the compiled path
                log.info("compiled read falls back to graphql-core: %s (operation %s)", reason, operation_name or "anonymous")
            return None
        return CompiledOperation(next(self._numbers), operation, roots) if roots else None

    def _view(self, viewer: Viewer) -> View:
        if viewer.role not in self._views:
            self._views[viewer.role] = view_of(viewer)  # available actions and masks follow the role alone
        return self._views[viewer.role]

    @cache  # noqa: B019 (one compiler per served schema, kept for the process)
    def _root_field(self, name: str) -> tuple[GraphQLField, StrawberryField]:
        """A root field as graphql-core and strawberry define it (its arguments are read with both)."""
        field = self.schema.get_field_for_type(name, "Query")
        assert field is not None
        return self.schema._schema.query_type.fields[name], field  # type: ignore[union-attr]

    def prepare(self, compiled: CompiledOperation, variables: dict[str, Any] | None, viewer: Viewer) -> list[Prepared] | None:
        """The root fields' queries from the request's variables, or None where graphql-core would
        answer an error (a variable or argument it refuses, a role the field does not admit)."""
        coerced = get_variable_values(self.schema._schema, compiled.operation.variable_definitions or (), variables or {})
        if isinstance(coerced, list):
            return None
        prepared = []
        for root in compiled.roots:
            definition, field = self._root_field(root.name)
            try:
                raw = get_argument_values(definition, root.node, coerced)
            except GraphQLError:
                return None
            arguments = convert_arguments(raw, field.arguments, scalar_registry=self.schema.schema_converter.scalar_registry,
                                          config=self.schema.config)
            ready = prepare(root, arguments, viewer)
            if ready is None:
                return None
            prepared.append(ready)
        return prepared

    async def answer(self, compiled: CompiledOperation, variables: dict[str, Any] | None, viewer: Viewer, token_hash: str,
                     client: BaseDBAsyncClient) -> str | None:
        """The response body, or None: the request is for graphql-core (also when the session no
        longer stands for this viewer when the statement runs)."""
        roots = self.prepare(compiled, variables, viewer)
        if roots is None:
            return None
        dialect = DIALECTS[client.capabilities.dialect]
        view = self._view(viewer)
        staff = viewer.staff_id is not None
        request_values = (token_hash, clock.now(), (viewer.staff_id if staff else viewer.company_id) or 0,
                          *(value for root in roots for value in root.values))

        def build(values: Sequence[Any]) -> tuple[str, list[Any]]:
            statement = Statement()
            identity = replace(viewer, staff_id=values[2]) if staff else replace(viewer, company_id=values[2])
            session = session_of(identity, values[0], SessionChannel.API, values[1])
            queries, offset = [], 3
            for root in roots:
                queries.append(root.queries(values[offset:offset + len(root.values)]))
                offset += len(root.values)
            sql = write_statement(Render(dialect, view, statement.embed), [root.field for root in roots], queries, session)
            return sql, statement.values

        shape = (compiled.number, dialect.name, viewer.role, viewer.bureau, staff, tuple(root.shape for root in roots))
        sql, values = self.templates.statement(shape, build, request_values, clock_source=1)
        if dialect.name == "postgres":
            return await self.read_pool.fetch_text(client, sql, values, all(root.planned_once for root in roots))
        _, rows = await client.execute_query(sql, values)
        return rows[0][0]
