"""変更届出 (D3, FAQ 7, 34, 38): the items not printed on the certificate — contact details, the plan's
e-mail, the proxy, a worker's CCUS worker ID replacing the fourteen zeros — applied to the plan at once,
without review and without mail (FAQ 22), recorded in history with each field's before and after.
A change of the e-mail changes the account's e-mail too (FAQ 7, A4), and the old address is told."""

from __future__ import annotations

from typing import Any

from tortoise.expressions import F
from tortoise.transactions import in_transaction

from app.domain import clock
from app.domain.changes.attachments import AttachmentChanges, apply_attachment_changes, checked_attachment_changes
from app.domain.changes.checks import refuse_new_problems
from app.domain.changes.diff import DiffRow, compute_diff, worker_field_rows
from app.domain.changes.items import WORKER_NOTIFICATION_FIELDS, notification_problems
from app.domain.changes.mails import email_changed
from app.domain.errors import DomainError, ErrorCode, Problem
from app.domain.outbox import queue_mail
from app.domain.plans.draft import CleanChanges, certified_plan, clean_changes, write_changes
from app.domain.plans.fields import clean_value, worker_field
from app.domain.review.transitions import conflict
from app.domain.viewer import Viewer
from app.models import CompanyAccount, Plan, PlanEvent, Worker
from app.models.enums import MailKind, PlanAction, PlanStatus


def _worker_updates(given: list[dict[str, Any]]) -> tuple[dict[int, dict[str, Any]], list[Problem]]:
    """The workers' notified items as stored; their formats are the plan's rules (D8)."""
    problems: list[Problem] = []
    updates: dict[int, dict[str, Any]] = {}
    for index, row in enumerate(given):
        values = {key: clean_value(f"workers.{index}.{worker_field(key).name}", worker_field(key), row[key], problems)
                  for key in WORKER_NOTIFICATION_FIELDS & set(row)}
        if values.get("ccus_worker_id") is not None and "ccus_worker_id_reason" not in values:
            values["ccus_worker_id_reason"] = None  # an ID given replaces the reason it was missing for
        updates[row["id"]] = values
    return updates, problems


async def file_change_notification(viewer: Viewer, changes: dict[str, Any], files: AttachmentChanges = AttachmentChanges()) -> Plan:
    plan = await certified_plan(viewer)
    current = {w.id: w for w in await Worker.filter(plan_id=plan.id).order_by("position", "id")}
    if problems := notification_problems(changes, set(current)):
        raise DomainError.of(problems)
    columns = {k: v for k, v in changes.items() if k != "workers"}
    cleaned = await clean_changes(plan, columns) if columns else CleanChanges({}, None, None)
    workers, problems = _worker_updates(changes.get("workers") or [])
    if problems:
        raise DomainError.of(problems)
    diff: list[DiffRow] = await compute_diff(plan, cleaned)
    for worker_id, values in workers.items():
        diff += worker_field_rows(current[worker_id], values)
    diff += await checked_attachment_changes(plan, files)
    if not diff:
        raise DomainError("changes", ErrorCode.REQUIRED, "変更する項目がありません。変更後の内容を入力してください。")
    account = await CompanyAccount.get(id=plan.company_id)
    new_email = cleaned.columns.get("email")
    async with in_transaction():
        if await Plan.filter(id=plan.id, version=plan.version, status=PlanStatus.CERTIFIED).update(version=F("version") + 1) != 1:
            raise conflict()
        given = [row["id"] for row in changes.get("workers") or []]
        in_input = {place: given.index(worker_id) for place, worker_id in enumerate(current) if worker_id in given}
        await refuse_new_problems(plan, lambda: _write(plan, cleaned, workers, files), files, keep=True, workers=in_input)
        await PlanEvent.create(plan_id=plan.id, at=clock.now(), action=PlanAction.CHANGE_NOTIFIED, actor_role=viewer.role,
                               actor_company_id=viewer.company_id, changes=diff)
        if new_email and new_email.casefold() != account.email.casefold():
            await CompanyAccount.filter(id=account.id).update(email=new_email)
            await queue_mail(MailKind.EMAIL_CHANGED, account.email, email_changed(account.login_id, new_email))
    await plan.refresh_from_db()
    return plan


async def _write(plan: Plan, cleaned: CleanChanges, workers: dict[int, dict[str, Any]], files: AttachmentChanges) -> None:
    await write_changes(plan, cleaned)
    for worker_id, values in workers.items():
        await Worker.filter(id=worker_id, plan_id=plan.id).update(**values)
    await apply_attachment_changes(plan.id, files)
