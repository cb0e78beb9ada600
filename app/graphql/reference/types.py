"""Reference data for clients: document items, bureaus and prefectures, enum labels."""

from __future__ import annotations

import strawberry

from app.graphql.core.enums import Bureau


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
