"""Attachments as clients read them: the plan's files, staged files and a change application's files."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

import strawberry
from strawberry import Private

from app.domain.clock import to_jst
from app.domain.visibility import masked as masked_value
from app.domain.visibility import plan_scope
from app.graphql.core.context import Info
from app.graphql.core.ids import encode_id
from app.http.files import attachment_path
from app.models import Attachment as AttachmentModel


@strawberry.type
class Attachment:
    row: Private[AttachmentModel]
    id: strawberry.ID
    document_item: str | None = strawberry.field(description="書類項目のコード（一括登録のファイルは null、coveredItems を参照）")
    worker_id: strawberry.ID | None
    new_worker_index: int | None = strawberry.field(description="変更申請で追加する外国人の書類: その変更申請の changes.workers での位置（認定で外国人が決まると null）")
    file_name: str
    content_type: str
    size: int
    uploaded_at: datetime
    url: str | None = strawberry.field(description="ファイルを返すパス。同じ Authorization: Bearer トークンで GET します"
                                                   "（計画の閲覧範囲のとおり。分析担当者には null）")

    @classmethod
    def of(cls, row: AttachmentModel, withhold_file_name: bool = False) -> "Attachment":
        return cls(
            row=row,
            id=strawberry.ID(encode_id("Attachment", row.id)),
            document_item=row.document_item_id,
            worker_id=strawberry.ID(encode_id("Worker", row.worker_id)) if row.worker_id else None,
            new_worker_index=row.new_worker_index,
            file_name=str(masked_value(row.file_name, withhold_file_name)),
            content_type=row.content_type,
            size=row.size,
            uploaded_at=to_jst(row.uploaded_at),
            url=None if withhold_file_name else attachment_path(row.id),
        )

    @strawberry.field(description="一括登録のファイルが対象とする書類項目")
    async def covered_items(self, info: Info) -> list[str]:
        return await info.context.loaders.coverage.load(self.row.id) if self.row.is_bulk else []


def attachments_for(info: Info, rows: Iterable[AttachmentModel]) -> list[Attachment]:
    """The files as this viewer may read them (analysts never see file names)."""
    withhold = plan_scope(info.context.viewer).withhold_file_names
    return [Attachment.of(row, withhold) for row in rows]
