"""Tortoise's SQLite backend, with SQL functions of our own installed on every connection it opens.

The compiled GraphQL reads (`app.graphql.compiled`) build the response JSON inside the database; on
PostgreSQL that needs nothing but SQL, on SQLite a few values (opaque ids, Japan-time date-times)
are formatted by Python functions registered here, so both come out exactly as the Python path does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tortoise.backends.sqlite.client import SqliteClient

_FUNCTIONS: dict[str, tuple[int, Callable[..., Any]]] = {}


def register_sql_function(name: str, arity: int, function: Callable[..., Any]) -> None:
    """Make `function` callable from SQL on every SQLite connection opened from now on."""
    _FUNCTIONS[name] = (arity, function)


class SqliteClientWithFunctions(SqliteClient):
    async def create_connection(self, with_db: bool) -> None:
        opening = self._connection is None
        await super().create_connection(with_db)
        if opening and self._connection is not None:
            for name, (arity, function) in _FUNCTIONS.items():
                await self._connection.create_function(name, arity, function, deterministic=True)


client_class = SqliteClientWithFunctions
