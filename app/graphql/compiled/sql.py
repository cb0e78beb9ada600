"""SQL expressions that build GraphQL response JSON, spelled once per dialect.

Every value comes out exactly as the Python path serialises it: opaque ids (`app.graphql.core.ids`),
date-times in Japan time with Python's `isoformat()` (microseconds only when there are some), dates
as `YYYY-MM-DD`, booleans as JSON booleans, and keys in the order of the selection.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

from app.domain.clock import JST
from app.graphql.core.ids import encode_id
from app.graphql.plans.search import encode_cursor
from app.infra.sqlite_engine import register_sql_function

# json_build_object takes at most 100 arguments on PostgreSQL, json_object 127 on SQLite: wider
# objects are built in parts and joined as text.
PAIRS_PER_CALL = 40
JOIN = " || ',' || "


def literal(text: str) -> str:
    """A SQL string literal (our own constants and GraphQL names; never a client's value)."""
    return "'" + text.replace("'", "''") + "'"


class Dialect:
    name: str

    def build_object(self, pairs: list[tuple[str, str]]) -> str:
        raise NotImplementedError

    def join_objects(self, parts: list[str]) -> str:
        raise NotImplementedError

    def json_object(self, pairs: list[tuple[str, str]]) -> str:
        """A JSON object of (response key, SQL value) pairs, in this order."""
        chunks = [pairs[start:start + PAIRS_PER_CALL] for start in range(0, len(pairs), PAIRS_PER_CALL)] or [[]]
        parts = [self.build_object(chunk) for chunk in chunks]
        return parts[0] if len(parts) == 1 else self.join_objects(parts)

    def json_array(self, element: str, table: str, alias: str, where: str, order: str) -> str:
        """A JSON array of `element` for each row of `table` (as `alias`) matching `where`, in `order`."""
        raise NotImplementedError

    def json_value(self, expression: str) -> str:
        """A JSON value computed by a subquery or a CASE, kept JSON where it is used."""
        raise NotImplementedError

    def json_constant(self, value: object) -> str:
        raise NotImplementedError

    def parsed_json(self, text: str) -> str:
        """JSON from an expression of JSON text."""
        raise NotImplementedError

    def boolean(self, condition: str) -> str:
        """A JSON boolean (or null) from a boolean column or condition."""
        raise NotImplementedError

    def is_false(self, column: str) -> str:
        raise NotImplementedError

    def opaque_id(self, kind: str, column: str) -> str:
        raise NotImplementedError

    def japan_time(self, column: str) -> str:
        raise NotImplementedError

    def day(self, column: str) -> str:
        raise NotImplementedError

    def queue_cursor(self, queued_at: str, plan_id: str) -> str:
        raise NotImplementedError

    def document(self, data: str, guard: str) -> str:
        """The statement's one column: the response body as text, or NULL unless `guard` finds a row."""
        raise NotImplementedError


def _base64url(text: str) -> str:
    """PostgreSQL's base64 wraps lines at 76 characters; the line breaks go."""
    return f"replace(translate(encode(convert_to({text}, 'UTF8'), 'base64'), '+/', '-_'), chr(10), '')"


def _pg_iso(column: str, zone: str, offset: str) -> str:
    """Python's isoformat(): no fraction when the microseconds are zero."""
    return (f"(to_char({column} AT TIME ZONE '{zone}', 'YYYY-MM-DD\"T\"HH24:MI:SS') || CASE WHEN date_trunc('second', {column}) = "
            f"{column} THEN '' ELSE to_char({column}, '.US') END || '{offset}')")


class Postgres(Dialect):
    name = "postgres"

    def build_object(self, pairs: list[tuple[str, str]]) -> str:
        return f"json_build_object({', '.join(f'{literal(key)}, {value}' for key, value in pairs)})"

    def join_objects(self, parts: list[str]) -> str:
        inner = [f"left({parts[0]}::text, -1)", *(f"substr(left({p}::text, -1), 2)" for p in parts[1:-1]), f"substr({parts[-1]}::text, 2)"]
        return f"({JOIN.join(inner)})::json"

    def json_array(self, element: str, table: str, alias: str, where: str, order: str) -> str:
        return f"(SELECT coalesce(json_agg({element} ORDER BY {order}), '[]'::json) FROM {table} {alias} WHERE {where})"

    def json_value(self, expression: str) -> str:
        return expression

    def json_constant(self, value: object) -> str:
        return self.parsed_json(literal(json.dumps(value, ensure_ascii=False)))

    def parsed_json(self, text: str) -> str:
        return f"({text})::json"

    def boolean(self, condition: str) -> str:
        return f"({condition})"

    def is_false(self, column: str) -> str:
        return f"NOT {column}"

    def opaque_id(self, kind: str, column: str) -> str:
        prefix = literal(kind + ":")
        return f"rtrim({_base64url(prefix + ' || ' + column)}, '=')"

    def japan_time(self, column: str) -> str:
        return _pg_iso(column, "Asia/Tokyo", "+09:00")

    def day(self, column: str) -> str:
        return f"to_char({column}, 'YYYY-MM-DD')"

    def queue_cursor(self, queued_at: str, plan_id: str) -> str:
        return _base64url(f"{_pg_iso(queued_at, 'UTC', '+00:00')} || '|' || {plan_id}")

    def document(self, data: str, guard: str) -> str:
        return f"SELECT CASE WHEN EXISTS ({guard}) THEN json_build_object('data', {data})::text END"


class Sqlite(Dialect):
    """SQLite has no base64 nor time zones: `shuro_*` functions (registered below) format those."""

    name = "sqlite"

    def build_object(self, pairs: list[tuple[str, str]]) -> str:
        return f"json_object({', '.join(f'{literal(key)}, {value}' for key, value in pairs)})"

    def join_objects(self, parts: list[str]) -> str:
        # substr(x, -1, -N): the characters before the last one, x evaluated once.
        inner = [f"substr({parts[0]}, -1, -1000000000)", *(f"substr(substr({p}, -1, -1000000000), 2)" for p in parts[1:-1]),
                 f"substr({parts[-1]}, 2)"]
        return f"json({JOIN.join(inner)})"

    def json_array(self, element: str, table: str, alias: str, where: str, order: str) -> str:
        # No ORDER BY inside aggregates before SQLite 3.44: the rows are ordered by the subquery.
        return (f"json((SELECT json_group_array({element}) FROM "
                f"(SELECT * FROM {table} {alias} WHERE {where} ORDER BY {order}) {alias}))")

    def json_value(self, expression: str) -> str:
        return f"json({expression})"  # a subquery's or CASE's result loses its JSON subtype

    def json_constant(self, value: object) -> str:
        return self.parsed_json(literal(json.dumps(value, ensure_ascii=False)))

    def parsed_json(self, text: str) -> str:
        return f"json({text})"

    def boolean(self, condition: str) -> str:
        return f"json(CASE WHEN ({condition}) IS NULL THEN NULL WHEN ({condition}) THEN 'true' ELSE 'false' END)"

    def is_false(self, column: str) -> str:
        return f"{column} = 0"

    def opaque_id(self, kind: str, column: str) -> str:
        return f"shuro_id({literal(kind)}, {column})"

    def japan_time(self, column: str) -> str:
        return f"shuro_japan_time({column})"

    def day(self, column: str) -> str:
        return column  # stored as YYYY-MM-DD

    def queue_cursor(self, queued_at: str, plan_id: str) -> str:
        return f"shuro_queue_cursor({queued_at}, {plan_id})"

    def document(self, data: str, guard: str) -> str:
        return f"SELECT CASE WHEN EXISTS ({guard}) THEN json_object('data', {data}) END"


DIALECTS: dict[str, Dialect] = {"postgres": Postgres(), "sqlite": Sqlite()}


def _stored_time(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


register_sql_function("shuro_id", 2, lambda kind, pk: None if pk is None else encode_id(kind, pk))
register_sql_function("shuro_japan_time", 1, lambda text: None if text is None else _stored_time(text).astimezone(JST).isoformat())
register_sql_function("shuro_queue_cursor", 2, lambda text, pk: encode_cursor(_stored_time(text).astimezone(timezone.utc), pk))
