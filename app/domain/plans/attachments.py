"""添付書類 (B7, FAQ 16, 21, 29, 30): single files per document item (and worker), bulk files
covering several items, their limits, and deletion while the plan is editable. After certification
files are staged for a change application or notification (D7, FAQ 21) and join the plan with it."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath
from urllib.parse import unquote

from tortoise.expressions import F
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from app.domain import clock
from app.domain.catalogue import MAX_FILE_BYTES, DocumentItemSpec
from app.domain.errors import DomainError, ErrorCode
from app.domain.plans.attachment_limits import ITEMS, covered_by_bulk, has_single_files, limit_exceeded
from app.domain.plans.draft import current_plan
from app.domain.plans.fields import MAX_WORKERS
from app.domain.plans.file_types import ALLOWED_EXTENSIONS_TEXT, accepted_type
from app.domain.plans.files import discard_if_unused
from app.domain.review.transitions import EDITABLE, conflict, invalid_state
from app.domain.storage import FileStore, Readable, TooLarge, spooled
from app.domain.viewer import Viewer
from app.models import Attachment, AttachmentCoverage, Plan, Worker
from app.models.enums import PlanStatus, Role

MAX_FILE_MB = MAX_FILE_BYTES // (1024 * 1024)
NO_ITEM_CHECKED = "最低1つはチェックしてください"


MAX_PLAN_BYTES = 300 * 1024 * 1024  # all attachment files of one plan together, staged ones included
MAX_PLAN_MB = MAX_PLAN_BYTES // (1024 * 1024)


async def _check_plan_total(plan_id: int, adding: int) -> None:
    stored = sum(await Attachment.filter(plan_id=plan_id).values_list("size", flat=True))
    if stored + adding > MAX_PLAN_BYTES:
        raise DomainError("file", ErrorCode.LIMIT_EXCEEDED, f"1つの計画に添付できるファイルは合計{MAX_PLAN_MB}MBまでです。")


def too_large() -> DomainError:
    return DomainError("file", ErrorCode.LIMIT_EXCEEDED, f"添付できるファイルは1件{MAX_FILE_MB}MBまでです。")


def _percent_decoded(name: str) -> str:
    """Some clients send a Japanese name percent-encoded; decode it when it is valid UTF-8."""
    if "%" not in name:
        return name
    try:
        return unquote(name, errors="strict")
    except UnicodeDecodeError:
        return name


def clean_file_name(name: str) -> str:
    base = PurePath(_percent_decoded(name or "").replace("\\", "/")).name
    base = "".join(ch for ch in unicodedata.normalize("NFC", base) if unicodedata.category(ch)[0] != "C").strip()
    return base[-255:] or "file"


def plan_files(plan_id: int) -> QuerySet[Attachment]:
    """The plan's own files: not those staged for a change that is not certified yet (D7)."""
    return Attachment.filter(plan_id=plan_id, staged=False)


async def _company_plan(viewer: Viewer) -> Plan:
    if viewer.role is not Role.COMPANY or viewer.company_id is None:
        raise DomainError(None, ErrorCode.FORBIDDEN, "この操作は事業者のみ行えます。")
    plan = await current_plan(viewer.company_id)
    if plan is None:
        raise DomainError(None, ErrorCode.NOT_FOUND, "受入計画がありません。先に一時保存してください。")
    return plan


async def _plan_for_upload(viewer: Viewer, staged: bool) -> Plan:
    """Files join an editable plan directly; after certification they are staged for a change (D7)."""
    plan = await _company_plan(viewer)
    status = PlanStatus(plan.status)
    if staged and status is not PlanStatus.CERTIFIED:
        raise DomainError("staged", ErrorCode.INVALID_STATE,
                          "変更申請・変更届出用のファイルは、認定済みの計画にのみ登録できます。")
    if not staged and status is PlanStatus.CERTIFIED:
        raise DomainError(None, ErrorCode.INVALID_STATE,
                          "認定後の添付書類の追加・削除は、変更申請または変更届出で行ってください。")
    if not staged and status not in EDITABLE:
        raise invalid_state(status, "添付書類を変更")
    return plan


async def _covered_items(plan_id: int) -> set[str]:
    return set(await AttachmentCoverage.filter(attachment__plan_id=plan_id, attachment__staged=False)
               .values_list("document_item_id", flat=True))


async def _count_for(plan_id: int, item: DocumentItemSpec, worker_id: int | None) -> int:
    singles = plan_files(plan_id).filter(document_item_id=item.code, is_bulk=False)
    if item.per_worker:
        singles = singles.filter(worker_id=worker_id)
    bulk = await AttachmentCoverage.filter(attachment__plan_id=plan_id, attachment__staged=False, document_item_id=item.code).count()
    return await singles.count() + bulk


async def _item_for(plan: Plan, code: str, worker_id: int | None, new_worker_index: int | None = None) -> DocumentItemSpec:
    item = ITEMS.get(code)
    if item is None:
        raise DomainError("documentItem", ErrorCode.INVALID, "書類項目の指定が正しくありません。")
    if new_worker_index is not None:
        if not item.per_worker or worker_id is not None:
            raise DomainError("newWorkerIndex", ErrorCode.INVALID,
                              "追加する外国人の位置は、外国人ごとの書類で、対象の外国人（workerId）を指定しない場合にのみ指定できます。")
        if not 0 <= new_worker_index < MAX_WORKERS:
            raise DomainError("newWorkerIndex", ErrorCode.INVALID, f"追加する外国人の位置は0〜{MAX_WORKERS - 1}で指定してください。")
        return item
    if item.per_worker:
        if worker_id is None:
            raise DomainError("workerId", ErrorCode.REQUIRED, f"「{item.name}」は外国人ごとの書類です。対象の外国人を指定してください。")
        if not await Worker.filter(id=worker_id, plan_id=plan.id).exists():
            raise DomainError("workerId", ErrorCode.NOT_FOUND, "指定された外国人はこの計画に登録されていません。")
    elif worker_id is not None:
        raise DomainError("workerId", ErrorCode.INVALID, f"「{item.name}」は外国人ごとの書類ではありません。")
    return item


async def _check_single(plan: Plan, code: str, worker_id: int | None) -> DocumentItemSpec:
    item = await _item_for(plan, code, worker_id)
    if code in await _covered_items(plan.id):
        raise covered_by_bulk(item, "documentItem")
    if await _count_for(plan.id, item, worker_id) >= item.max_files:
        raise limit_exceeded(item, "documentItem")
    return item


def _bulk_items(covers: Sequence[str]) -> list[DocumentItemSpec]:
    codes = list(dict.fromkeys(covers))
    if not codes:
        raise DomainError("covers", ErrorCode.REQUIRED, NO_ITEM_CHECKED)
    for index, code in enumerate(codes):
        if code not in ITEMS:
            raise DomainError(f"covers.{index}", ErrorCode.INVALID, "書類項目の指定が正しくありません。")
    return [ITEMS[code] for code in codes]


async def _check_bulk(plan: Plan, covers: Sequence[str]) -> list[DocumentItemSpec]:
    items = _bulk_items(covers)
    singles = set(await plan_files(plan.id).filter(is_bulk=False).values_list("document_item_id", flat=True))
    for index, item in enumerate(items):
        if item.code in singles:
            raise has_single_files(item, f"covers.{index}")
        if await _count_for(plan.id, item, None) >= item.max_files:
            raise limit_exceeded(item, f"covers.{index}")
    return items


@dataclass(frozen=True)
class _Stored:
    key: str
    sha256: str
    content_type: str
    size: int


async def _store(storage: FileStore, source: Readable, file_name: str, declared_size: int | None) -> _Stored:
    """The upload, checked (size, type by content) before the store sees it, then put in the store;
    its row is written after (a failed commit leaves an object for `collect_garbage`, never a row
    pointing nowhere)."""
    if declared_size is not None and declared_size > MAX_FILE_BYTES:
        raise too_large()
    try:
        async with spooled(source, MAX_FILE_BYTES) as upload:
            content_type = accepted_type(file_name, upload.head, upload.path)
            if content_type is None:
                raise DomainError(
                    "file", ErrorCode.INVALID,
                    f"添付できるのは{ALLOWED_EXTENSIONS_TEXT}のファイルです。ファイルの内容と拡張子が一致しているか確認してください。",
                )
            return _Stored(await storage.put(upload), upload.sha256, content_type, upload.size)
    except TooLarge:
        raise too_large() from None


async def _touch(plan: Plan, staged: bool) -> None:
    """Attachments are part of the plan: the plan's version moves, only while it is editable. A staged
    file changes nothing of the plan yet; it only needs the plan still certified."""
    if staged:
        if not await Plan.filter(id=plan.id, status=PlanStatus.CERTIFIED).exists():
            raise conflict()
    elif not await Plan.filter(id=plan.id, version=plan.version, status__in=list(EDITABLE)).update(
        version=F("version") + 1, updated_at=clock.now()
    ):
        raise conflict()


async def add_attachment(
    viewer: Viewer, storage: FileStore, source: Readable, file_name: str, declared_size: int | None,
    document_item: str, worker_id: int | None = None, staged: bool = False, new_worker_index: int | None = None,
) -> Attachment:
    """A single file for one document item (and worker); `staged` after certification (D7), where the
    B7 limits are checked when a change takes the file. A staged per-worker file may be for a worker
    a change application adds, named by its place in that application's `workers` (`new_worker_index`)."""
    plan = await _plan_for_upload(viewer, staged)
    if new_worker_index is not None and not staged:
        raise DomainError("newWorkerIndex", ErrorCode.INVALID, "追加する外国人の書類は、認定後の変更用（staged）として登録してください。")

    async def check() -> None:
        if staged:
            await _item_for(plan, document_item, worker_id, new_worker_index)
        else:
            await _check_single(plan, document_item, worker_id)

    await check()
    name = clean_file_name(file_name)
    stored = await _store(storage, source, name, declared_size)
    try:
        async with in_transaction():
            await _touch(plan, staged)
            await check()
            await _check_plan_total(plan.id, stored.size)
            return await Attachment.create(
                plan_id=plan.id, document_item_id=document_item, worker_id=worker_id, is_bulk=False, staged=staged,
                new_worker_index=new_worker_index, file_name=name, content_type=stored.content_type, size=stored.size,
                sha256=stored.sha256, storage_key=stored.key,
            )
    except DomainError:
        await discard_if_unused(storage, stored.key)
        raise


async def add_bulk_attachment(
    viewer: Viewer, storage: FileStore, source: Readable, file_name: str, declared_size: int | None, covers: Sequence[str],
    staged: bool = False,
) -> Attachment:
    """一括登録: one file covering every checked item; an empty check list is refused (FAQ 16)."""
    plan = await _plan_for_upload(viewer, staged)
    items = _bulk_items(covers) if staged else await _check_bulk(plan, covers)
    name = clean_file_name(file_name)
    stored = await _store(storage, source, name, declared_size)
    try:
        async with in_transaction():
            await _touch(plan, staged)
            if not staged:
                items = await _check_bulk(plan, covers)
            await _check_plan_total(plan.id, stored.size)
            attachment = await Attachment.create(
                plan_id=plan.id, document_item_id=None, worker_id=None, is_bulk=True, staged=staged,
                file_name=name, content_type=stored.content_type, size=stored.size, sha256=stored.sha256, storage_key=stored.key,
            )
            await AttachmentCoverage.bulk_create(
                [AttachmentCoverage(attachment_id=attachment.id, document_item_id=item.code) for item in items]
            )
            return attachment
    except DomainError:
        await discard_if_unused(storage, stored.key)
        raise


async def delete_attachment(viewer: Viewer, storage: FileStore, attachment_id: int) -> None:
    """A file of an editable plan, or a staged file no change application has taken (D7)."""
    plan = await _company_plan(viewer)
    attachment = await Attachment.get_or_none(id=attachment_id, plan_id=plan.id)
    if attachment is None:
        raise DomainError("attachmentId", ErrorCode.NOT_FOUND, "指定された添付書類はありません。")
    if not attachment.staged:
        await _plan_for_upload(viewer, staged=False)
    async with in_transaction():
        if attachment.staged:
            deleted = await Attachment.filter(id=attachment.id, staged=True, change_application_id__isnull=True).delete()
            if not deleted:
                raise DomainError("attachmentId", ErrorCode.INVALID_STATE,
                                  "変更申請に含まれているファイルは削除できません。先に変更申請からファイルを外してください。")
        else:
            await _touch(plan, staged=False)
            await Attachment.filter(id=attachment.id).delete()
    await discard_if_unused(storage, attachment.storage_key)
