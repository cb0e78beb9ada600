"""The fields the documented client operations (graphql/operations/) use, with their types: a field a
client relies on must not be removed or change type unnoticed. `shuro export-schema` writes them to
graphql/operations/fields.lock beside the schema; a test compares the code with that file."""

from __future__ import annotations

from pathlib import Path

from graphql import GraphQLSchema, TypeInfo, TypeInfoVisitor, Visitor, parse, visit


class _UsedFields(Visitor):
    def __init__(self, type_info: TypeInfo) -> None:
        super().__init__()
        self.type_info = type_info
        self.found: set[str] = set()

    def enter_field(self, node: object, *_: object) -> None:
        parent, definition = self.type_info.get_parent_type(), self.type_info.get_field_def()
        if parent is not None:
            self.found.add(f"{parent.name}.{getattr(node, 'name').value}: {definition.type if definition else '（なし）'}")

    def enter_argument(self, node: object, *_: object) -> None:
        parent, argument = self.type_info.get_parent_type(), self.type_info.get_argument()
        field = self.type_info.get_field_def()
        if parent is not None and field is not None:
            name = getattr(node, "name").value
            self.found.add(f"{parent.name}.{self._field_name(field, parent)}({name}): {argument.type if argument else '（なし）'}")

    @staticmethod
    def _field_name(field: object, parent: object) -> str:
        return next((n for n, f in getattr(parent, "fields", {}).items() if f is field), "?")


def used_fields(schema: GraphQLSchema, operations_dir: Path) -> list[str]:
    """`Type.field: Type` and `Type.field(argument): Type` for everything the operations select."""
    found: set[str] = set()
    for path in sorted(operations_dir.glob("*.graphql")):
        type_info = TypeInfo(schema)
        visitor = _UsedFields(type_info)
        visit(parse(path.read_text(encoding="utf-8")), TypeInfoVisitor(type_info, visitor))
        found |= visitor.found
    return sorted(found)
