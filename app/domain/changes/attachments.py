"""Attachments changed after certification (D7, FAQ 21): files staged on the certified plan are taken
by a change application (joining the plan when it is certified) or a change notification (at once),
with removals of the plan's files; the set the plan would have afterwards must keep the B7 rules."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from tortoise.expressions import Q

from app.domain.catalogue import document_item_name
from app.domain.errors import DomainError, ErrorCode, Problem
from app.domain.plans.attachment_limits import FileFacts, attachment_set_problems
from app.domain.plans.attachments import plan_files
from app.domain.review.transitions import conflict
from app.models import Attachment, AttachmentCoverage, Plan, Worker

DiffRow = dict[str, str | None]


@dataclass(frozen=True)
class AttachmentChanges:
    """Staged files to add and plan files to remove, by row id."""

    added: tuple[int, ...] = ()
    removed: tuple[int, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.added and not self.removed

    @classmethod
    def of(cls, added: Sequence[int] | None, removed: Sequence[int] | None) -> AttachmentChanges:
        return cls(tuple(dict.fromkeys(added or ())), tuple(dict.fromkeys(removed or ())))

    @classmethod
    async def of_application(cls, application_id: int, removed: list[int] | None) -> AttachmentChanges:
        """An application's files as kept: the staged files it holds, and the removals."""
        added = await Attachment.filter(change_application_id=application_id, staged=True).order_by("id").values_list("id", flat=True)
        return cls(tuple(added), tuple(removed or ()))


async def _coverage(attachment_ids: list[int]) -> dict[int, tuple[str, ...]]:
    covers: dict[int, list[str]] = defaultdict(list)
    for row in await AttachmentCoverage.filter(attachment_id__in=attachment_ids).order_by("id"):
        covers[row.attachment_id].append(row.document_item_id)
    return {key: tuple(value) for key, value in covers.items()}


def _worker_key(file: Attachment) -> int | None:
    """The worker a file is for: its id, or for a worker the change adds a key of its own (-1 - place)."""
    return file.worker_id if file.new_worker_index is None else -1 - file.new_worker_index


def _described(file: Attachment, covers: tuple[str, ...], workers: dict[int, str | None]) -> str:
    if file.is_bulk:
        item = f"一括登録（{'、'.join(document_item_name(code) for code in covers)}）"
    else:
        item = document_item_name(file.document_item_id or "")
    if _worker_key(file) is not None:
        item += f"・{workers.get(_worker_key(file)) or '外国人'}"
    return f"{item}：{file.file_name}"


def _refused_files(changes: AttachmentChanges, staged: dict[int, Attachment], current: dict[int, Attachment],
                   application_id: int | None, added_workers: dict[int, str | None]) -> list[Problem]:
    problems: list[Problem] = []
    for index, file_id in enumerate(changes.added):
        file = staged.get(file_id)
        if file is None:
            problems.append(Problem(f"attachmentIds.{index}", ErrorCode.NOT_FOUND,
                                    "指定されたファイルはありません。認定後の変更用に登録したファイルを指定してください。"))
        elif file.change_application_id not in (None, application_id):
            problems.append(Problem(f"attachmentIds.{index}", ErrorCode.INVALID_STATE, "このファイルは別の変更申請に含まれています。"))
        elif file.new_worker_index is not None and file.new_worker_index not in added_workers:
            problems.append(Problem(f"attachmentIds.{index}", ErrorCode.INVALID,
                                    f"このファイルは追加する外国人（changes.workers の{file.new_worker_index}番目）の書類ですが、"
                                    "この変更でその位置に追加する外国人がいません。"))
    for index, file_id in enumerate(changes.removed):
        if file_id not in current:
            problems.append(Problem(f"removedAttachmentIds.{index}", ErrorCode.NOT_FOUND, "指定された添付書類はこの計画にありません。"))
    return problems


async def checked_attachment_changes(plan: Plan, changes: AttachmentChanges, application_id: int | None = None,
                                     added_workers: dict[int, str | None] | None = None) -> list[DiffRow]:
    """The comparison rows of the files, after refusing what the change cannot take: files that are
    not staged on this plan or belong to another application, files for an added worker the change
    does not add (`added_workers`: place in the input → name), removals of files the plan does not
    have, and a resulting set that breaks B7 (limits, bulk coverage)."""
    added_workers = added_workers or {}
    if not changes.added and not changes.removed:
        return []
    staged = {f.id: f for f in await Attachment.filter(plan_id=plan.id, staged=True, id__in=list(changes.added))}
    current = {f.id: f for f in await plan_files(plan.id)}
    if problems := _refused_files(changes, staged, current, application_id, added_workers):
        raise DomainError.of(problems)
    covers = await _coverage([f.id for f in [*staged.values(), *current.values()] if f.is_bulk])
    resulting = [f for f in current.values() if f.id not in changes.removed] + [staged[i] for i in changes.added]
    facts = [FileFacts(f.id, f.document_item_id, _worker_key(f), covers.get(f.id, ())) for f in resulting]
    if problems := attachment_set_problems(facts, {file_id: f"attachmentIds.{i}" for i, file_id in enumerate(changes.added)}):
        raise DomainError.of(problems)
    workers: dict[int, str | None] = {**dict(await Worker.filter(plan_id=plan.id).values_list("id", "name")),
                                      **{-1 - place: name for place, name in added_workers.items()}}
    return [
        *({"field": f"attachments.{i}", "before": None, "after": _described(staged[i], covers.get(i, ()), workers)} for i in changes.added),
        *({"field": f"attachments.{i}", "before": _described(current[i], covers.get(i, ()), workers), "after": None}
          for i in changes.removed),
    ]


async def take_staged_files(application_id: int, added: tuple[int, ...]) -> None:
    """In the filing's transaction: the application holds exactly these staged files."""
    await Attachment.filter(change_application_id=application_id).exclude(id__in=list(added)).update(change_application_id=None)
    if not added:
        return
    taken = await Attachment.filter(Q(change_application_id__isnull=True) | Q(change_application_id=application_id),
                                    id__in=list(added), staged=True).update(change_application_id=application_id)
    if taken != len(added):
        raise conflict()


async def _join_added_workers(plan_id: int, added: list[int]) -> None:
    """Files for a worker the change adds get that worker, written before them at its place."""
    if not added:
        return
    for file_id, place in await Attachment.filter(id__in=added, new_worker_index__isnull=False).values_list("id", "new_worker_index"):
        worker_id = await Worker.filter(plan_id=plan_id, position=place).values_list("id", flat=True)
        if not worker_id:
            raise conflict()
        await Attachment.filter(id=file_id).update(worker_id=worker_id[0], new_worker_index=None)


async def apply_attachment_changes(plan_id: int, changes: AttachmentChanges, application_id: int | None = None,
                                   trial: bool = False) -> None:
    """In the certification's (or notification's) transaction: staged files join the plan, removed
    files leave it. The stored file of a removed one is kept (the history names it). A trial (the
    filing of an application, rolled back) takes the files whether the application holds them yet."""
    holder = Q(change_application_id=application_id) if application_id is not None else Q(change_application_id__isnull=True)
    if trial:
        holder |= Q(change_application_id__isnull=True)
    added, removed = list(changes.added), list(changes.removed)
    await _join_added_workers(plan_id, added)
    if added and await Attachment.filter(holder, id__in=added, plan_id=plan_id, staged=True).update(staged=False) != len(added):
        raise conflict()
    if removed:
        leaving = Attachment.filter(id__in=removed, plan_id=plan_id, staged=False)
        if await leaving.count() != len(removed):  # SQLite's delete count includes cascaded rows
            raise conflict()
        await leaving.delete()
