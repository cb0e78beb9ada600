"""`planFields`: the one description of each plan field (`app.domain.plans.fields`) for front ends, so
a generated client builds the plan form and its checks from it (no login needed)."""

from __future__ import annotations

import strawberry

from app.domain.plans import fields as described
from app.graphql.reference.types import EnumLabel

PlanFieldFormat = strawberry.enum(described.Format, name="PlanFieldFormat", description="値の書式（front end の入力チェック用）")
AfterCertification = strawberry.enum(described.AfterCertification, name="AfterCertification",
                                     description="認定後の変更方法: 変更申請、変更届出、変更不可")


@strawberry.type(description="受入計画の項目の説明（項目ごとに1つ）")
class PlanField:
    path: str = strawberry.field(description="入力と Plan での位置（例: companyName、proxy.email、workers.salaryAmount）")
    label: str = strawberry.field(description="日本語の項目名")
    required: bool = strawberry.field(description="申請（submitPlan）に常に必須")
    required_when: str | None = strawberry.field(description="条件つきで必須のとき、その条件")
    format: PlanFieldFormat
    max_length: int | None = strawberry.field(description="最大文字数（文字は Unicode のコードポイントで数えます）")
    minimum: int | None = strawberry.field(description="数値の下限")
    options: list[EnumLabel] | None = strawberry.field(description="選択肢（列挙型の値とラベル）")
    after_certification: AfterCertification
    masked: bool = strawberry.field(description="分析担当者にはマスクして表示（検索・並べ替えにも使えません）")
    description: str = strawberry.field(description="項目の説明（スキーマの説明と同じ文）")

    @classmethod
    def of(cls, spec: described.PlanField) -> "PlanField":
        return cls(
            path=spec.path, label=spec.label, required=spec.required, required_when=spec.required_when, format=spec.format,
            max_length=spec.max_length, minimum=spec.minimum,
            options=[EnumLabel(value=m.value, label=m.label) for m in spec.options] if spec.options else None,
            after_certification=spec.after_certification, masked=spec.masked, description=spec.description(),
        )


@strawberry.type
class PlanFieldQuery:
    @strawberry.field(description="受入計画の各項目の説明: 項目名、書式、必須か、認定後の変更方法（ログイン不要）")
    def plan_fields(self) -> list[PlanField]:
        return [PlanField.of(spec) for spec in described.FIELDS]
