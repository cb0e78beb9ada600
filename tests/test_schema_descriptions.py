"""#27 item 4: the schema describes itself. Every type, field, argument and enum value carries a
Japanese description (introspection, GraphiQL and graphql-codegen's comments show them)."""

from __future__ import annotations

from graphql import GraphQLEnumType, GraphQLInputObjectType, GraphQLInterfaceType, GraphQLObjectType

from app.domain.errors import ErrorCode
from app.graphql.core.descriptions import BUILT_IN_SCALARS
from app.graphql.schema import schema
from app.models.enums import PlanStatus


def undescribed() -> dict[str, list[str]]:
    missing: dict[str, list[str]] = {"types": [], "fields": [], "input fields": [], "arguments": [], "enum values": []}
    for name, named in schema._schema.type_map.items():
        if name.startswith("__") or name in BUILT_IN_SCALARS:
            continue
        if not named.description:
            missing["types"].append(name)
        if isinstance(named, (GraphQLObjectType, GraphQLInterfaceType)):
            for field_name, field in named.fields.items():
                if not field.description:
                    missing["fields"].append(f"{name}.{field_name}")
                missing["arguments"] += [f"{name}.{field_name}({a})" for a, argument in field.args.items() if not argument.description]
        elif isinstance(named, GraphQLInputObjectType):
            missing["input fields"] += [f"{name}.{f}" for f, field in named.fields.items() if not field.description]
        elif isinstance(named, GraphQLEnumType):
            missing["enum values"] += [f"{name}.{v}" for v, value in named.values.items() if not value.description]
    return missing


def test_every_type_field_argument_and_enum_value_is_described() -> None:
    missing = undescribed()
    assert missing == {kind: [] for kind in missing}, "describe them in their definition or app/graphql/core/descriptions.py"


def test_the_descriptions_are_japanese_and_come_from_the_one_description() -> None:
    types = schema._schema.type_map
    texts = [named.description or "" for name, named in types.items() if not name.startswith("__") and name not in BUILT_IN_SCALARS]
    assert all(not text.isascii() for text in texts), [t for t in texts if t.isascii()]
    assert types["PlanStatus"].values["CERTIFIED"].description == PlanStatus.CERTIFIED.label  # the enum's label
    assert types["ErrorCode"].values["CONFLICT"].description.startswith(ErrorCode.CONFLICT.meaning)
    assert types["PlanInput"].fields["corporateNumber"].description.startswith("法人番号")  # from plans/fields.py
    assert types["LoginInput"].description == "login の入力。"  # made from the mutation that takes it


async def test_introspection_shows_them(client) -> None:  # type: ignore[no-untyped-def]
    query = '{ __type(name: "PlanStatus") { description enumValues { name description } } }'
    answer = (await client.post("/graphql", json={"query": query})).json()["data"]["__type"]
    assert answer["description"] == "受入計画の申請の状態。"
    assert {v["name"]: v["description"] for v in answer["enumValues"]}["REMANDED"] == PlanStatus.REMANDED.label
