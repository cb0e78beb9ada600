"""Audit records: staff access to files and data that must be recorded (DESIGN.md rule 8, CONTRACT.md exports)."""

from __future__ import annotations

from app.domain import clock
from app.domain.errors import DomainError, ErrorCode
from app.domain.viewer import Viewer
from app.domain.visibility import plan_scope, visible_plans
from app.models import Attachment, AttachmentDownload, ExportRecord
from app.models.enums import ExportChannel


async def attachment_for_download(viewer: Viewer, attachment_id: int) -> Attachment:
    """An attachment of a plan the viewer may see (a company its own plan's files, staged ones
    included); analysts, who never see file names, get none. A staff download is recorded."""
    if plan_scope(viewer).withhold_file_names or (viewer.staff_id is None and viewer.company_id is None):
        raise DomainError(None, ErrorCode.FORBIDDEN, "添付書類をダウンロードする権限がありません。")
    attachment = await Attachment.get_or_none(id=attachment_id)
    if attachment is None or not await visible_plans(viewer).filter(id=attachment.plan_id).exists():
        raise DomainError(None, ErrorCode.NOT_FOUND, "指定された添付書類はありません。")
    if viewer.staff_id is not None:
        await AttachmentDownload.create(
            at=clock.now(), staff_id=viewer.staff_id, attachment_id=attachment.id, plan_id=attachment.plan_id, file_name=attachment.file_name
        )
    return attachment


async def record_export(viewer: Viewer, channel: ExportChannel, target: str, filter_description: str, row_count: int | None) -> None:
    if viewer.staff_id is None:
        raise DomainError(None, ErrorCode.FORBIDDEN, "データを出力する権限がありません。")
    await ExportRecord.create(
        at=clock.now(), staff_id=viewer.staff_id, actor_role=viewer.role, channel=channel, target=target,
        filter_description=filter_description, row_count=row_count,
    )
