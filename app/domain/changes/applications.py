"""変更申請 (D1, D2, FAQ 33, 39, 41): changes to the items printed on the certificate, filed at once
(no temporary save), reviewed like the plan, applied to the plan when certified."""

from __future__ import annotations

import json
from datetime import date
from enum import Enum
from typing import Any

from tortoise.expressions import F
from tortoise.transactions import in_transaction

from app.domain import clock
from app.domain.changes.attachments import (
    AttachmentChanges,
    apply_attachment_changes,
    checked_attachment_changes,
    take_staged_files,
)
from app.domain.changes.checks import refuse_new_problems
from app.domain.changes.diff import DiffRow, compute_diff, disadvantages
from app.domain.changes.items import application_problems
from app.domain.changes.mails import change_certified, change_remanded
from app.domain.errors import DomainError, ErrorCode
from app.domain.outbox import queue_mails
from app.domain.plans.draft import CleanChanges, certified_plan, clean_changes, write_changes
from app.domain.plans.fields import FIELDS, Format
from app.domain.plans.mails import recipients
from app.domain.reports.acceptance import require_acceptance_reports
from app.domain.review.change_transitions import (
    ACTIVE,
    EDITABLE,
    invalid_change_state,
    move_change,
    record_change_event,
)
from app.domain.review.transitions import conflict
from app.domain.viewer import Viewer
from app.domain.visibility import visible_change_applications
from app.models import ChangeApplication, ChangeEvent, CompanyAccount, Plan, PlanEvent, Worker
from app.models.enums import ChangeAction, ChangeStatus, MailKind, PlanAction, PlanStatus

_DATE_KEYS = {spec.key for spec in FIELDS if spec.format is Format.DATE}


def _stored(value: Any) -> Any:
    """The changes as JSON keeps them (dates as ISO text, enums as their values)."""
    return json.loads(json.dumps(value, default=lambda v: v.isoformat() if isinstance(v, date) else v.value if isinstance(v, Enum) else str(v)))


def _loaded(value: Any) -> Any:
    """Stored changes back as the domain reads them (ISO dates as dates)."""
    if isinstance(value, dict):
        return {k: date.fromisoformat(v) if k in _DATE_KEYS and isinstance(v, str) else _loaded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_loaded(v) for v in value]
    return value


async def _prepared(plan: Plan, changes: dict[str, Any], files: AttachmentChanges,
                    application_id: int | None = None) -> tuple[CleanChanges, list[DiffRow]]:
    workers = set(await Worker.filter(plan_id=plan.id).values_list("id", flat=True)) if changes.get("workers") else set()
    if problems := application_problems(changes, workers):
        raise DomainError.of(problems)
    cleaned = await clean_changes(plan, changes)
    if problems := await disadvantages(plan, cleaned):
        raise DomainError.of(problems)
    diff = await compute_diff(plan, cleaned) + await checked_attachment_changes(plan, files, application_id, added_workers(cleaned))
    if not diff:
        raise DomainError("changes", ErrorCode.REQUIRED, "変更する項目がありません。変更後の内容を入力してください。")
    await refuse_new_problems(plan, lambda: _write(plan, cleaned, files, application_id, trial=True), files, keep=False,
                              plan_row_only=cleaned.plan_row_only and files.empty)
    return cleaned, diff


def added_workers(cleaned: CleanChanges) -> dict[int, str | None]:
    """The workers a change adds (no id yet): place in its `workers` input → name."""
    return {place: row.get("name") for place, row in enumerate(cleaned.workers or []) if "id" not in row}


async def _write(plan: Plan, cleaned: CleanChanges, files: AttachmentChanges, application_id: int | None, trial: bool = False) -> None:
    """The application's changes and files written to the plan: for a trial when filed, for good when certified."""
    await write_changes(plan, cleaned)
    await apply_attachment_changes(plan.id, files, application_id, trial=trial)


async def _no_other_active(plan: Plan, except_id: int | None = None) -> None:
    active = ChangeApplication.filter(plan_id=plan.id, status__in=[s.value for s in ACTIVE])
    if except_id is not None:
        active = active.exclude(id=except_id)
    if await active.exists():
        raise DomainError(None, ErrorCode.INVALID_STATE, "審査中などの変更申請があるため、新しい変更申請はできません。先の変更申請の結果をお待ちください。")


async def _serialise(plan: Plan) -> None:
    """One company's concurrent filings are taken one at a time (one active application, D1)."""
    await CompanyAccount.filter(id=plan.company_id).update(version=F("version") + 1)


async def apply_for_change(viewer: Viewer, changes: dict[str, Any], files: AttachmentChanges = AttachmentChanges()) -> ChangeApplication:
    """変更申請: filed as 申請中 at once (FAQ 41: no temporary save), one active at a time; staged
    files and removals of the plan's files go with it (D7)."""
    plan = await certified_plan(viewer)
    _, diff = await _prepared(plan, changes, files)
    now = clock.now()
    async with in_transaction():
        await _serialise(plan)
        await _no_other_active(plan)
        application = await ChangeApplication.create(
            plan_id=plan.id, status=ChangeStatus.APPLIED, changes=_stored(changes), diff=diff, applied_at=now, queued_at=now,
            removed_attachment_ids=list(files.removed),
        )
        if files.added:  # a new application holds no file yet
            await take_staged_files(application.id, files.added)
        await record_change_event(application.id, viewer, ChangeAction.APPLY, None, ChangeStatus.APPLIED)
    return application


async def _company_application(viewer: Viewer, application_id: int) -> tuple[ChangeApplication, Plan]:
    plan = await certified_plan(viewer)
    application = await ChangeApplication.get_or_none(id=application_id, plan_id=plan.id)
    if application is None:
        raise DomainError("changeApplicationId", ErrorCode.NOT_FOUND, "指定された変更申請はありません。")
    return application, plan


async def edit_change_application(viewer: Viewer, application_id: int, changes: dict[str, Any],
                                  expected_version: int | None = None, added_files: list[int] | None = None,
                                  removed_files: list[int] | None = None) -> ChangeApplication:
    """編集 of a withdrawn or remanded application (FAQ 39): the comparison is made anew; the files to
    add and to remove stay as they were unless given."""
    application, plan = await _company_application(viewer, application_id)
    status = ChangeStatus(application.status)
    if status not in EDITABLE:
        raise invalid_change_state(status, "編集")
    if expected_version is not None and expected_version != application.version:
        raise conflict()
    kept = await AttachmentChanges.of_application(application.id, application.removed_attachment_ids)
    files = AttachmentChanges.of(kept.added if added_files is None else added_files, kept.removed if removed_files is None else removed_files)
    _, diff = await _prepared(plan, changes, files, application.id)
    async with in_transaction():
        edited = await ChangeApplication.filter(id=application.id, status=status, version=application.version).update(
            changes=_stored(changes), diff=diff, version=F("version") + 1, updated_at=clock.now(),
            removed_attachment_ids=list(files.removed),
        )
        if edited != 1:
            raise conflict()
        await take_staged_files(application.id, files.added)
        await record_change_event(application.id, viewer, ChangeAction.EDIT, status, status)
    await application.refresh_from_db()
    return application


async def withdraw_change_application(viewer: Viewer, application_id: int) -> ChangeApplication:
    """取下げ: only while 申請中 (FAQ 41); the comparison stays and can be edited (FAQ 39)."""
    application, _ = await _company_application(viewer, application_id)
    return await move_change(viewer, application, ChangeAction.WITHDRAW)


async def resubmit_change_application(viewer: Viewer, application_id: int) -> ChangeApplication:
    """再申請: back to 申請中 if never accepted, else 審査中 (FAQ 41)."""
    application, plan = await _company_application(viewer, application_id)
    if ChangeStatus(application.status) is ChangeStatus.WITHDRAWN:
        await _no_other_active(plan, except_id=application.id)
    now = clock.now()
    return await move_change(viewer, application, ChangeAction.RESUBMIT, updates={"queued_at": now})


async def _reviewable(viewer: Viewer, application_id: int) -> ChangeApplication:
    application = await visible_change_applications(viewer).get_or_none(id=application_id)
    if application is None:
        raise DomainError("changeApplicationId", ErrorCode.NOT_FOUND, "指定された変更申請はありません。")
    return application


async def _certify(viewer: Viewer, application: ChangeApplication, event: ChangeEvent) -> None:
    """In the certification's transaction: the changes reach the plan, its history names every
    changed field, and the company (and a proxy with 代理権) is mailed (FAQ 22)."""
    plan = await Plan.get(id=application.plan_id)
    if PlanStatus(plan.status) is not PlanStatus.CERTIFIED:
        raise DomainError(None, ErrorCode.INVALID_STATE, f"受入計画の申請状態が「{PlanStatus(plan.status).label}」のため変更を反映できません。")
    cleaned = await clean_changes(plan, _loaded(application.changes))
    files = await AttachmentChanges.of_application(application.id, application.removed_attachment_ids)
    await checked_attachment_changes(plan, files, application.id, added_workers(cleaned))
    await refuse_new_problems(plan, lambda: _write(plan, cleaned, files, application.id), files, keep=True,
                              plan_row_only=cleaned.plan_row_only and files.empty)
    if cleaned.workers is not None:
        await require_acceptance_reports(plan.id)  # added workers owe an acceptance report (D4)
    if await Plan.filter(id=plan.id, version=plan.version).update(version=F("version") + 1) != 1:
        raise conflict()
    await PlanEvent.create(plan_id=plan.id, at=event.at, action=PlanAction.CHANGE_CERTIFIED, actor_role=viewer.role,
                           actor_staff_id=viewer.staff_id, changes=application.diff)
    await plan.refresh_from_db()
    await queue_mails(MailKind.CHANGE_CERTIFIED, await recipients(plan), change_certified(plan, application, event))


async def _mail_remand(application: ChangeApplication, event: ChangeEvent) -> None:
    """A remanded change application is mailed like a remanded plan (D9, C5)."""
    plan = await Plan.get(id=application.plan_id)
    await queue_mails(MailKind.CHANGE_REMANDED, await recipients(plan), change_remanded(plan, application, event))


async def review_change_application(viewer: Viewer, application_id: int, action: ChangeAction, comment: str | None = None,
                                    expected_version: int | None = None) -> ChangeApplication:
    """受理・差戻し・認定 by the plan's bureau staff and MLIT staff (the transition table says who)."""
    application = await _reviewable(viewer, application_id)
    now = clock.now()
    updates = {"first_accepted_at": application.first_accepted_at or now} if action is ChangeAction.ACCEPT else (
        {"certified_at": now} if action is ChangeAction.CERTIFY else {})
    after = (lambda app, event: _certify(viewer, app, event)) if action is ChangeAction.CERTIFY else (
        _mail_remand if action is ChangeAction.REMAND else None)
    return await move_change(viewer, application, action, comment, expected_version, updates=updates, after=after)
