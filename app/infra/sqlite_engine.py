"""Tortoise's SQLite backend, with SQL functions of our own installed on every connection it opens.

The compiled GraphQL reads (`app.graphql.compiled`) build the response JSON inside the database; on
PostgreSQL that needs nothing but SQL, on SQLite a few values (opaque ids, Japan-time date-times)
are formatted by Python functions registered here, so both come out exactly as the Python path does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from tortoise.backends.base.client import NestedTransactionContext, TransactionContext
from tortoise.backends.sqlite.client import (
    SqliteClient,
    SqliteTransactionContext,
    SqliteTransactionWrapper,
    translate_exceptions,
)

_FUNCTIONS: dict[str, tuple[int, Callable[..., Any]]] = {}


def register_sql_function(name: str, arity: int, function: Callable[..., Any]) -> None:
    """Make `function` callable from SQL on every SQLite connection opened from now on."""
    _FUNCTIONS[name] = (arity, function)


class _DirectChangeCount:
    """Tortoise's `execute_query`, but counting the rows the statement itself changed. Tortoise
    counts `total_changes`, which also counts what triggers wrote (the statistics cube's notes,
    migration 9): an UPDATE of one row would look like two to every optimistic lock."""

    @translate_exceptions
    async def execute_query(self, query: str, values: list | None = None) -> tuple[int, Sequence[dict]]:
        query = query.replace("\x00", "'||CHAR(0)||'")
        async with self.acquire_connection() as connection:  # type: ignore[attr-defined]
            self.log.debug("%s: %s", query, values)  # type: ignore[attr-defined]
            async with connection.execute(query, values) as cursor:
                rows = await cursor.fetchall()
                return max(cursor.rowcount, 0) or len(rows), rows


class _Transaction(_DirectChangeCount, SqliteTransactionWrapper):
    def _in_transaction(self) -> TransactionContext:
        return NestedTransactionContext(_Transaction(self))


class SqliteClientWithFunctions(_DirectChangeCount, SqliteClient):
    async def create_connection(self, with_db: bool) -> None:
        opening = self._connection is None
        await super().create_connection(with_db)
        if opening and self._connection is not None:
            for name, (arity, function) in _FUNCTIONS.items():
                await self._connection.create_function(name, arity, function, deterministic=True)

    def _in_transaction(self) -> TransactionContext:
        return SqliteTransactionContext(_Transaction(self), self._lock)


client_class = SqliteClientWithFunctions
