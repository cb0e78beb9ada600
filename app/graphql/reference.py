"""Reference data: the attachment catalogue, bureaus and the Japanese labels of every enum."""

from __future__ import annotations

import strawberry
from graphql import GraphQLError

from app.domain import catalogue
from app.graphql.enums import Bureau
from app.models.enums import LABELED_ENUMS


@strawberry.type
class DocumentItem:
    code: str
    number: int
    name: str
    required: bool
    per_worker: bool
    max_files: int


@strawberry.type
class PrefectureInfo:
    code: str
    name: str


@strawberry.type
class BureauInfo:
    code: Bureau
    name: str
    prefectures: list[str] = strawberry.field(description="JIS X 0401 codes of the bureau's prefectures")
    prefecture_details: list[PrefectureInfo]


@strawberry.type
class EnumLabel:
    value: str
    label: str


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
    def labels(self, enum: str) -> list[EnumLabel]:
        enum_type = LABELED_ENUMS.get(enum)
        if enum_type is None:
            known = "、".join(sorted(LABELED_ENUMS))
            raise GraphQLError(f"列挙型 {enum} はありません。指定できるのは {known} です。", extensions={"code": "BAD_USER_INPUT"})
        return [EnumLabel(value=member.value, label=member.label) for member in enum_type]
