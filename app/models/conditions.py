"""WHERE conditions that Tortoise's keyword filters cannot say, written with pypika terms."""

from __future__ import annotations

from collections.abc import Callable

from pypika_tortoise.enums import Comparator
from pypika_tortoise.functions import Upper
from pypika_tortoise.queries import Table
from pypika_tortoise.terms import BasicCriterion, Criterion, Function, ValueWrapper
from tortoise.expressions import Q, ResolveContext
from tortoise.query_utils import QueryModifier


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


# The two-character pieces of a text (PostgreSQL's `shuro_bigrams`, migration 15), whose GIN index finds
# the rows that may contain a part of two or more characters.
BIGRAMS_FUNCTION = "shuro_bigrams"
# A part must have this many characters for its pieces to narrow anything.
BIGRAM_MIN_CHARACTERS = 2


def may_contain(column: str, part: str) -> Condition:
    """PostgreSQL: the rows whose `column`, in capitals, has every two-character piece of `part` in
    capitals; a superset of those that contain it (`…__icontains`), found by the index on the pieces."""
    return Condition(lambda table: BasicCriterion(
        ArrayOperator.contains, Function(BIGRAMS_FUNCTION, Upper(table[column])), Function(BIGRAMS_FUNCTION, Upper(ValueWrapper(part)))))
