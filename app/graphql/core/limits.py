"""Limits per document (CONTRACT.md), checked while validating, so nothing over a limit executes:
aliases, a cost that counts `first` (Saleor's approach: a connection's selection costs once per row
it may return), and at most one authentication mutation. Validation results are cached per
document text, so each rule runs once per distinct document."""

from __future__ import annotations

from typing import Any

from graphql import (
    FieldNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    ValidationRule,
    parse,
    visit,
)
from graphql.language import Visitor

MAX_TOKENS = 5000
# Operations in one JSON array body; each is validated under the limits below as its own document.
MAX_BATCH = 10
MAX_ALIASES = 30
MAX_COST = 10_000
DEFAULT_PAGE = 50
MAX_PAGE = 100
# Fields whose resolver does far more work than reading a row.
FIELD_COSTS: dict[str, int] = {"planStatistics": 500, "plans": 10}
# Mutations that check a password or send a credential mail: one per document, so a document of
# aliases cannot multiply password guesses or Argon2 work.
AUTHENTICATION_MUTATIONS = frozenset(
    {"login", "changePassword", "completeRegistration", "requestPasswordReset", "requestTemporaryRegistration"}
)


def limit_error(message: str, node: Any) -> GraphQLError:
    return GraphQLError(message, node, extensions={"code": "LIMIT_EXCEEDED"})


def _page_size(field: FieldNode) -> int | None:
    """The rows a field may return as its `first` says (a variable counts as the most allowed)."""
    for argument in field.arguments or ():
        if argument.name.value == "first":
            value = argument.value
            if isinstance(value, IntValueNode):
                return max(0, min(int(value.value), MAX_PAGE))
            return MAX_PAGE
    return None


class _SelectionWalker(ValidationRule):
    """Visits every field an operation selects, fragments expanded (each fragment once per use)."""

    def fields(self, selection_set: SelectionSetNode | None, seen: frozenset[str] = frozenset()) -> Any:
        for selection in selection_set.selections if selection_set else ():
            if isinstance(selection, FieldNode):
                yield selection, seen
            elif isinstance(selection, InlineFragmentNode):
                yield from self.fields(selection.selection_set, seen)
            elif isinstance(selection, FragmentSpreadNode) and selection.name.value not in seen:
                fragment = self.context.get_fragment(selection.name.value)
                if fragment is not None:
                    yield from self.fields(fragment.selection_set, seen | {selection.name.value})


class AliasLimitRule(_SelectionWalker):
    def enter_operation_definition(self, node: OperationDefinitionNode, *_: Any) -> None:
        if self._aliases(node.selection_set) > MAX_ALIASES:
            self.report_error(limit_error(f"別名（エイリアス）は1回の要求につき{MAX_ALIASES}個までです。", node))

    def _aliases(self, selection_set: SelectionSetNode | None, seen: frozenset[str] = frozenset()) -> int:
        return sum((field.alias is not None) + self._aliases(field.selection_set, inner) for field, inner in self.fields(selection_set, seen))


class QueryCostRule(_SelectionWalker):
    def enter_operation_definition(self, node: OperationDefinitionNode, *_: Any) -> None:
        if self._cost(node.selection_set, 1) > MAX_COST:
            self.report_error(limit_error("要求が大きすぎます。取得する件数（first）や項目を減らして、分けて要求してください。", node))

    def _cost(self, selection_set: SelectionSetNode | None, multiplier: int, seen: frozenset[str] = frozenset()) -> int:
        total = 0
        for field, inner in self.fields(selection_set, seen):
            total += multiplier * FIELD_COSTS.get(field.name.value, 1)
            if field.selection_set is not None:
                rows = _page_size(field)
                if rows is None and field.name.value in ("plans", "changeApplications"):
                    rows = DEFAULT_PAGE
                total += self._cost(field.selection_set, multiplier * (rows if rows is not None else 1), inner)
            if total > MAX_COST:
                break
        return total


class SingleAuthenticationRule(_SelectionWalker):
    """At most one authentication mutation in an operation (a request runs one operation)."""

    def enter_operation_definition(self, node: OperationDefinitionNode, *_: Any) -> None:
        if node.operation is not OperationType.MUTATION:
            return
        if sum(field.name.value in AUTHENTICATION_MUTATIONS for field, _seen in self.fields(node.selection_set)) > 1:
            self.report_error(limit_error("ログイン・パスワード・登録の操作は1回の要求につき1つまでです。", node))


LIMIT_RULES = [AliasLimitRule, QueryCostRule, SingleAuthenticationRule]


def authentication_fields(document: str) -> int:
    """How many authentication mutation fields a document names anywhere (for a batch, whose
    documents are validated one by one); a document that does not parse counts none, as it runs nothing."""
    class Count(Visitor):
        found = 0

        def enter_field(self, node: FieldNode, *_: Any) -> None:
            if node.name.value in AUTHENTICATION_MUTATIONS:
                Count.found += 1

    try:
        visit(parse(document, no_location=True, max_tokens=MAX_TOKENS), Count())
    except (GraphQLError, RecursionError):
        return 0
    return Count.found
