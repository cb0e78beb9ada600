"""WHERE conditions that Tortoise's keyword filters cannot say, written with pypika terms."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from pypika_tortoise.context import SqlContext
from pypika_tortoise.enums import Comparator
from pypika_tortoise.functions import Count, Upper
from pypika_tortoise.queries import Query, QueryBuilder, Table
from pypika_tortoise.terms import BasicCriterion, Criterion, Function, NodeT, Star, Term, ValueWrapper
from tortoise.expressions import Q, ResolveContext
from tortoise.query_utils import QueryModifier


def database_dialect() -> str:
    """The dialect of the database the models live in: "postgres" or "sqlite" (also its connection's name)."""
    from app.models.plans import Plan  # the package imports this module's users

    return str(Plan._meta.db.capabilities.dialect)


class Condition(Q):
    """A `Q` whose condition is a pypika criterion on the queried table (`plans.filter(Condition(…))`)."""

    def __init__(self, criterion: Callable[[Table], Criterion]) -> None:
        super().__init__()
        self.criterion = criterion

    def __bool__(self) -> bool:
        return True

    def __invert__(self) -> Q:
        negated = Condition(self.criterion)
        negated._is_negated = not self._is_negated
        return negated

    def resolve(self, resolve_context: ResolveContext) -> QueryModifier:
        modifier = QueryModifier(where_criterion=self.criterion(resolve_context.table))
        return ~modifier if self._is_negated else modifier


class ArrayOperator(Comparator):
    contains = "@>"


# The two-character pieces of a company name in capitals (migration 15): PostgreSQL computes them with
# `shuro_bigrams`, whose GIN index lists the plans that have them; SQLite keeps them in a table, by triggers.
BIGRAMS_FUNCTION = "shuro_bigrams"
PIECES_TABLE = "plan_name_piece"
# A part must have this many characters for its pieces to narrow anything.
BIGRAM_MIN_CHARACTERS = 2


def _pieces(text: str) -> list[str]:
    return sorted({text[i:i + 2] for i in range(len(text) - 1)})


def name_may_contain(part: str, dialect: str) -> Condition | None:
    """The plans whose company name in capitals has every two-character piece of `part` in capitals: a
    superset of those whose name contains it (`company_name__icontains`), found by an index; None
    where the pieces cannot narrow anything (a part of one character). Capitals as each database makes
    them: on SQLite the pieces of `part` are made here, and a letter outside ASCII with a case (Ａ, Ω)
    is capitalised differently by SQLite builds with ICU, so such a part reads every plan instead."""
    if len(part) < BIGRAM_MIN_CHARACTERS:
        return None
    if dialect == "postgres":
        return Condition(lambda table: BasicCriterion(
            ArrayOperator.contains, Function(BIGRAMS_FUNCTION, Upper(table.company_name)), Function(BIGRAMS_FUNCTION, Upper(ValueWrapper(part)))))
    if any(not c.isascii() and c.upper() + c.lower() != c + c for c in part):
        return None
    wanted = _pieces(part.upper())
    pieces = Table(PIECES_TABLE)
    having_all = Query.from_(pieces).select(pieces.plan_id).where(pieces.piece.isin(wanted)).groupby(pieces.plan_id).having(Count(Star()) == len(wanted))
    return Condition(lambda table: table.id.isin(having_all))


class _Wrapping:
    """A term written around another (its nodes are its own and the other's)."""

    inner: Term | QueryBuilder

    def nodes_(self) -> Iterator[NodeT]:
        yield self  # type: ignore[misc]
        yield from self.inner.nodes_()


class Unindexed(_Wrapping, Term):
    """SQLite: `+column`, the same value, but SQLite uses no index for a condition on it. Its planner
    prefers an index that narrows by the condition and sorts every row found to one that gives the
    queue's order and stops at a page, however many rows the first finds (#28)."""

    def __init__(self, term: Term) -> None:
        super().__init__()
        self.inner = term

    def get_sql(self, ctx: SqlContext) -> str:
        return f"+{self.inner.get_sql(ctx)}"


class Exists(_Wrapping, Criterion):
    def __init__(self, query: QueryBuilder) -> None:
        super().__init__()
        self.inner = query

    def get_sql(self, ctx: SqlContext) -> str:
        return f"EXISTS ({self.inner.get_sql(ctx.copy(subquery=False, with_alias=False))})"


# The keyword filters' lookups that `unindexed` writes.
_LOOKUPS: dict[str, Callable[[Term, Any], Criterion]] = {
    "in": lambda term, values: term.isin(values), "gte": lambda term, value: term >= value, "lt": lambda term, value: term < value,
}


def unindexed(column: str, lookup: str, value: Any) -> Condition:
    """`column__lookup=value` (`in`, `gte`, `lt`) written so that no index serves it (`Unindexed`)."""
    return Condition(lambda table: _LOOKUPS[lookup](Unindexed(table[column]), value))


def has_row(table_name: str, foreign_key: str, conditions: dict[str, list[Any]]) -> Condition:
    """EXISTS a row of `table_name` pointing at the queried row (by `foreign_key`) with a value of each
    column among its values. On SQLite, `id IN (SELECT …)` lists every such row first (44 000 workers
    of one nationality); EXISTS looks up the rows of each plan the queue's index gives."""

    def criterion(table: Table) -> Criterion:
        related = Table(table_name).as_("related")
        outer = Table(table.get_table_name()).as_(table.get_table_name())  # named, never ambiguous inside
        query = Query.from_(related).select(1).where(related[foreign_key] == outer.id)
        for column, values in conditions.items():
            query = query.where(related[column].isin(values))
        return Exists(query)

    return Condition(criterion)
