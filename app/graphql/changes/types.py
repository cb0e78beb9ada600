"""A change application as clients read it (CONTRACT.md `ChangeApplication`): its state, the moves the
viewer may make, and the comparison with the plan as it was when filed."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
from strawberry import Private

from app.domain.clock import jst_or_none
from app.domain.plans.readable import ReadableRow, readable_for
from app.domain.review.change_transitions import change_actions
from app.graphql.core.context import Info
from app.graphql.core.enums import ChangeStatus
from app.graphql.core.ids import encode_id
from app.graphql.plans.files import Attachment, attachments_for
from app.models import ChangeApplication as ChangeApplicationModel


@strawberry.type(description="変更前と変更後（1項目1行。変更前は申請時・届出時の計画の値）")
class DiffRow:
    field: str = strawberry.field(description="項目のパス（例: companyName、workers.<id>.salaryAmount、追加は workers.new<n>）")
    before: str | None = strawberry.field(description="変更前の値（プログラム向け: コード、ISO 日付）")
    after: str | None = strawberry.field(description="変更後の値（プログラム向け）")
    label: str = strawberry.field(description="項目名（例: 代表者の氏名、外国人 NGUYEN THI HOA：報酬月額）")
    before_text: str = strawberry.field(description="変更前の表示（例: ベトナム、土木、250,000円）")
    after_text: str = strawberry.field(description="変更後の表示")

    @classmethod
    def of(cls, row: ReadableRow) -> "DiffRow":
        return cls(field=row.field, before=row.before, after=row.after, label=row.label, before_text=row.before_text,
                   after_text=row.after_text)


async def diff_rows(info: Info, plan_id: int, rows: list[dict[str, Any]] | None) -> list[DiffRow]:
    """Stored comparison rows as the viewer reads them; workers of rows written before rows kept
    their names are named from the plan's list."""
    unnamed = any(r["field"].startswith("workers.") and not r.get("worker") for r in rows or [])
    names = {w.id: w.name for w in await info.context.loaders.workers.load(plan_id) if w.name} if unnamed else {}
    return [DiffRow.of(row) for row in readable_for(info.context.viewer, rows, names)]


@strawberry.type(description="変更申請")
class ChangeApplication:
    row: Private[ChangeApplicationModel]
    plan_certified: Private[bool]
    id: strawberry.ID
    version: int
    status: ChangeStatus
    status_label: str
    plan_id: strawberry.ID
    remand_comment: str | None = strawberry.field(description="差戻しコメント（事業者に表示されます）")
    applied_at: datetime
    certified_at: datetime | None

    @classmethod
    def of(cls, row: ChangeApplicationModel, plan_certified: bool = True) -> "ChangeApplication":
        return cls(
            row=row, plan_certified=plan_certified, id=strawberry.ID(encode_id("ChangeApplication", row.id)), version=row.version, status=row.status,
            status_label=row.status.label, plan_id=strawberry.ID(encode_id("Plan", row.plan_id)),
            remand_comment=row.remand_comment, applied_at=jst_or_none(row.applied_at), certified_at=jst_or_none(row.certified_at),
        )

    @strawberry.field(description="変更前と変更後の比較（1項目1行）")
    async def diff(self, info: Info) -> list[DiffRow]:
        return await diff_rows(info, self.row.plan_id, self.row.diff)

    @strawberry.field(description="この変更申請で追加するファイル（認定時に計画の添付書類になります）")
    async def attachments(self, info: Info) -> list[Attachment]:
        return attachments_for(info, await info.context.loaders.change_attachments.load(self.row.id))

    @strawberry.field(description="この利用者が今この変更申請に対して呼べるミューテーション")
    def available_actions(self, info: Info) -> list[str]:
        viewer = info.context.viewer
        return change_actions(self.row, viewer, self.plan_certified) if viewer else []
