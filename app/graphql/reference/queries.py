"""`documentItems`, `bureaus`, `labels`: the catalogue and labels clients show."""

from __future__ import annotations

import strawberry
from graphql import GraphQLEnumType, GraphQLError

from app.domain import catalogue
from app.graphql.core.context import Info
from app.graphql.reference.types import BureauInfo, DocumentItem, EnumLabel, PrefectureInfo
from app.models.enums import LABELED_ENUMS


def public_enums(info: Info) -> dict[str, type]:
    """The labelled enums that appear in the public schema (internal ones, such as mail kinds, do not)."""
    types = info.schema._schema.type_map
    return {name: enum for name, enum in LABELED_ENUMS.items() if isinstance(types.get(name), GraphQLEnumType)}


@strawberry.type
class ReferenceQuery:
    @strawberry.field(description="添付書類の書類項目とその上限")
    def document_items(self) -> list[DocumentItem]:
        return [
            DocumentItem(
                code=spec.code,
                number=spec.number,
                name=spec.name,
                required=spec.required,
                per_worker=spec.per_worker,
                max_files=spec.max_files,
            )
            for spec in catalogue.DOCUMENT_ITEMS
        ]

    @strawberry.field(description="地方整備局等と所管の都道府県")
    def bureaus(self) -> list[BureauInfo]:
        return [
            BureauInfo(
                code=spec.bureau,
                name=spec.name,
                prefectures=[p.code for p in spec.prefectures],
                prefecture_details=[PrefectureInfo(code=p.code, name=p.name) for p in spec.prefectures],
            )
            for spec in catalogue.bureaus()
        ]

    @strawberry.field(description="列挙型の値と日本語ラベル（例: labels(enum: \"PlanStatus\")）")
    def labels(self, info: Info, enum: str) -> list[EnumLabel]:
        public = public_enums(info)
        enum_type = public.get(enum)
        if enum_type is None:
            known = "、".join(sorted(public))
            raise GraphQLError(f"列挙型 {enum} はありません。指定できるのは {known} です。", extensions={"code": "BAD_USER_INPUT"})
        return [EnumLabel(value=member.value, label=member.label) for member in enum_type]
