"""Statements kept as text, so that a request only fills in its values: the compiled reads, the
session look-up of every request, and the reads every write repeats (`KeptQueries`).

Building the Tortoise queries and the JSON SQL costs more than running them (a session look-up: 1.9 ms
of a core to build, 0.6 ms to run). A statement is built once per shape (operation, dialect, role,
arguments that change the SQL text) with stand-in values for what changes per request (the token, the
clock, ids, the cursor). The stand-ins are looked up
among the statement's parameters: their positions are the slots each request fills. A datetime
parameter near a stand-in instant is that instant moved (the idle timeout's `now - 2 hours`), and
is filled moved by as much. While a statement is built, the domain's clock reads the stand-in of the
request's time, so what the domain derives from the clock (today's date in Japan, for overdue
reports) is a slot too and no kept statement holds a clock value (DESIGN.md rule 10). A stand-in that
reached the SQL text instead of a parameter makes the template unusable: such a statement is built
afresh for every request.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any, TypeVar

from pypika_tortoise.terms import Parameterizer
from tortoise.models import Model
from tortoise.queryset import QuerySet, ValuesQuery

from app.domain import clock

# Two sets of stand-ins: a statement is kept only if both give the same text and the same slots, so
# a constant of the statement that happens to equal a stand-in (a searched date) is never a slot.
STAND_IN_INTS = (-7_000_000_000_000, -8_000_000_000_000)
STAND_IN_TIMES = (datetime(1901, 1, 1, tzinfo=timezone.utc), datetime(1905, 7, 1, tzinfo=timezone.utc))
STAND_IN_SPACING = timedelta(days=60)
NEAR = timedelta(days=1)  # a datetime moved by less than a day (the idle timeout) belongs to its stand-in
CACHED_TEMPLATES = 1024
M = TypeVar("M", bound=Model)


def sql_text(query: QuerySet[Any] | ValuesQuery[Any], parameterizer: Parameterizer) -> str:
    """A Tortoise query as SQL text in its database's dialect, its values joining `parameterizer`'s."""
    query._choose_db_if_not_chosen()
    query._make_query()
    built = query.query
    return built.get_sql(built.QUERY_CLS.SQL_CONTEXT.copy(parameterizer=parameterizer))


def parameterized(query: QuerySet[Any] | ValuesQuery[Any]) -> tuple[str, list[Any]]:
    """A Tortoise query's SQL text and its parameters."""
    parameterizer = Parameterizer()
    return sql_text(query, parameterizer), parameterizer.values


def stand_in(index: int, value: Any, kind: int) -> Any:
    if isinstance(value, bool):
        raise TypeError("a flag changes the SQL: it belongs to the shape")
    if isinstance(value, int):
        return STAND_IN_INTS[kind] - index
    if isinstance(value, datetime):
        return STAND_IN_TIMES[kind] + index * STAND_IN_SPACING
    if isinstance(value, str):
        return f"\x1fstand-in-{kind}-{index}"
    raise TypeError(type(value).__name__)


@dataclass(frozen=True)
class Slot:
    position: int  # in the statement's parameters
    source: int  # in the request's values
    moved: timedelta | None = None
    day: bool = False  # the Japan date of the request's time (`clock.today()`)


@dataclass(frozen=True)
class Template:
    sql: str
    values: tuple[Any, ...]
    slots: tuple[Slot, ...]

    def fill(self, request_values: Sequence[Any]) -> list[Any]:
        values = list(self.values)
        for slot in self.slots:
            value = request_values[slot.source]
            if slot.day:
                value = clock.to_jst(value).date()
            values[slot.position] = value + slot.moved if slot.moved is not None else value
        return values


def _slot_for(position: int, value: Any, stand_ins: Sequence[Any]) -> Slot | None:
    if isinstance(value, date) and not isinstance(value, datetime):
        for source, candidate in enumerate(stand_ins):
            if isinstance(candidate, datetime) and clock.to_jst(candidate).date() == value:
                return Slot(position, source, day=True)
        return None
    if isinstance(value, datetime) and value.tzinfo is not None:
        for source, candidate in enumerate(stand_ins):
            if isinstance(candidate, datetime) and abs(value - candidate) < NEAR:
                return Slot(position, source, value - candidate)
        return None
    if isinstance(value, (int, str)) and not isinstance(value, bool):
        for source, candidate in enumerate(stand_ins):
            if type(candidate) is type(value) and candidate == value:
                return Slot(position, source)
    return None


def _traced(build: Callable[[Sequence[Any]], tuple[str, list[Any]]], request_values: Sequence[Any], kind: int,
            clock_source: int | None) -> Template | None:
    stand_ins = [stand_in(index, value, kind) for index, value in enumerate(request_values)]
    with clock.stopped_at(stand_ins[clock_source]) if clock_source is not None else nullcontext():
        sql, values = build(stand_ins)
    if any(str(s) in sql for s in stand_ins if not isinstance(s, datetime)) or str(STAND_IN_TIMES[kind].year) in sql:
        return None  # a stand-in reached the text: it cannot be replaced per request
    slots = tuple(slot for position, value in enumerate(values) if (slot := _slot_for(position, value, stand_ins)) is not None)
    return Template(sql, tuple(values), slots)


def make_template(build: Callable[[Sequence[Any]], tuple[str, list[Any]]], request_values: Sequence[Any],
                  clock_source: int | None = None) -> Template | None:
    """`build(values)` writes the statement for these values; None if stand-ins cannot be traced.
    `clock_source`: the request value that is the request's time (the clock reads its stand-in)."""
    first, second = _traced(build, request_values, 0, clock_source), _traced(build, request_values, 1, clock_source)
    if first is None or second is None or first.sql != second.sql or first.slots != second.slots:
        return None
    taken = {slot.position for slot in first.slots}
    if any(a != b for position, (a, b) in enumerate(zip(first.values, second.values)) if position not in taken):
        return None
    return first


class Templates:
    """The statements of recent shapes (a bounded cache)."""

    def __init__(self) -> None:
        self._kept: OrderedDict[Hashable, Template | None] = OrderedDict()

    def statement(self, shape: Hashable, build: Callable[[Sequence[Any]], tuple[str, list[Any]]],
                  request_values: Sequence[Any], clock_source: int | None = None) -> tuple[str, list[Any]]:
        if shape in self._kept:
            self._kept.move_to_end(shape)
            template = self._kept[shape]
        else:
            try:
                template = make_template(build, request_values, clock_source)
            except TypeError:
                template = None
            self._kept[shape] = template
            if len(self._kept) > CACHED_TEMPLATES:
                self._kept.popitem(last=False)
        return (template.sql, template.fill(request_values)) if template is not None else build(request_values)

    def kept(self, shape: Hashable) -> bool:
        """Whether requests of this shape only fill in a kept statement (none is built per request)."""
        return self._kept.get(shape) is not None


class KeptQueries:
    """Model queries built once per shape, database dialect and number of values; a call then only fills
    in its values and turns the rows into models as Tortoise does (#28: the writes' and their payloads'
    recurring reads, 1–2 ms of a core each to build). The query must not select related rows, prefetch or
    annotate: `execute_select` is given none of that."""

    def __init__(self) -> None:
        self._templates = Templates()

    async def rows(self, model: type[M], shape: Hashable, query: Callable[..., QuerySet[M]], *values: Any) -> list[M]:
        db = model._meta.db
        sql, filled = self._templates.statement((db.capabilities.dialect, shape, len(values)), lambda v: parameterized(query(*v)), values)
        return await db.executor_class(model=model, db=db).execute_select(sql, filled)

    def kept(self, model: type[Model], shape: Hashable, count: int) -> bool:
        return self._templates.kept((model._meta.db.capabilities.dialect, shape, count))
