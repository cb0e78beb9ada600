"""The fields a validated operation selects, merged by response key as GraphQL executes them.

Only what the compiler can answer without the variables' values is collected: a directive anywhere
(`@skip`, `@include`) or a fragment on another type makes the operation go the general way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from graphql import FieldNode, FragmentDefinitionNode, FragmentSpreadNode, InlineFragmentNode, SelectionSetNode


class NotCompiled(Exception):
    """The operation selects something the compiler does not answer."""


@dataclass(frozen=True)
class Field:
    key: str  # the response key: the alias or the name
    name: str
    node: FieldNode  # the first node with this key: its arguments (validation made all of them equal)
    children: tuple["Field", ...]


def collect_fields(
    selection_sets: Iterable[SelectionSetNode],
    type_name: str,
    fragments: dict[str, FragmentDefinitionNode],
    child_type: Callable[[str, str], str | None],
) -> tuple[Field, ...]:
    """The fields of `type_name` selected by these selection sets, in execution order.

    `child_type(type_name, field_name)` names the object type a field returns (None for leaves)."""
    grouped: dict[str, list[FieldNode]] = {}

    def visit(selection_set: SelectionSetNode) -> None:
        for selection in selection_set.selections:
            if selection.directives:
                raise NotCompiled("directive")
            if isinstance(selection, FieldNode):
                grouped.setdefault((selection.alias or selection.name).value, []).append(selection)
                continue
            if isinstance(selection, InlineFragmentNode):
                condition, inner = selection.type_condition, selection.selection_set
            elif isinstance(selection, FragmentSpreadNode):
                fragment = fragments[selection.name.value]
                if fragment.directives:
                    raise NotCompiled("directive")
                condition, inner = fragment.type_condition, fragment.selection_set
            else:
                raise NotCompiled(type(selection).__name__)
            if condition is not None and condition.name.value != type_name:
                raise NotCompiled("fragment on another type")
            visit(inner)

    for selection_set in selection_sets:
        visit(selection_set)
    fields = []
    for key, nodes in grouped.items():
        name = nodes[0].name.value
        returns = child_type(type_name, name) if name != "__typename" else None
        children = collect_fields([n.selection_set for n in nodes if n.selection_set], returns, fragments, child_type) if returns else ()
        fields.append(Field(key, name, nodes[0], children))
    return tuple(fields)
