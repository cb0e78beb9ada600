"""変更届出 (D3, FAQ 7, 34, 38): the items not printed on the certificate — contact details, the plan's
e-mail, the proxy, a worker's CCUS worker ID replacing the fourteen zeros — applied to the plan at once,
without review and without mail (FAQ 22), recorded in history with each field's before and after.
A change of the e-mail changes the account's e-mail too (FAQ 7, A4), and the old address is told."""

from __future__ import annotations

import re
from typing import Any

from tortoise.expressions import F
from tortoise.transactions import in_transaction

from app.domain import clock
from app.domain.changes.attachments import AttachmentChanges, apply_attachment_changes, checked_attachment_changes
from app.domain.changes.diff import DiffRow, compute_diff, shown
from app.domain.changes.items import WORKER_NOTIFICATION_FIELDS, notification_problems
from app.domain.changes.mails import email_changed
from app.domain.errors import DomainError, ErrorCode, Problem
from app.domain.outbox import queue_mail
from app.domain.plans.draft import CleanChanges, certified_plan, clean_changes, write_changes
from app.domain.plans.fields import WORKER_FIELDS, camel, clean_value
from app.domain.review.transitions import conflict
from app.domain.viewer import Viewer
from app.models import CompanyAccount, Plan, PlanEvent, Worker
from app.models.enums import CcusIdReason, MailKind, PlanAction, PlanStatus

_CCUS_WORKER_ID = re.compile(r"^\d{14}$")


def _worker_updates(given: list[dict[str, Any]]) -> tuple[dict[int, dict[str, Any]], list[Problem]]:
    problems: list[Problem] = []
    updates: dict[int, dict[str, Any]] = {}
    for index, row in enumerate(given):
        values = {key: clean_value(f"workers.{index}.{camel(key)}", WORKER_FIELDS[key], row[key], problems)
                  for key in WORKER_NOTIFICATION_FIELDS & set(row)}
        ccus = values.get("ccus_worker_id")
        if ccus is not None and not _CCUS_WORKER_ID.match(ccus):
            problems.append(Problem(f"workers.{index}.ccusWorkerId", ErrorCode.INVALID, "技能者IDは14桁の数字で入力してください。"))
        reason = values.get("ccus_worker_id_reason")
        if reason is not None and reason not in {r.value for r in CcusIdReason}:
            problems.append(Problem(f"workers.{index}.ccusWorkerIdReason", ErrorCode.INVALID, "技能者IDを入力しない理由の指定が正しくありません。"))
        if ccus is not None and "ccus_worker_id_reason" not in values:
            values["ccus_worker_id_reason"] = None  # an ID given replaces the reason it was missing for
        updates[row["id"]] = values
    return updates, problems


async def file_change_notification(viewer: Viewer, changes: dict[str, Any], files: AttachmentChanges = AttachmentChanges()) -> Plan:
    plan = await certified_plan(viewer)
    current = {w.id: w for w in await Worker.filter(plan_id=plan.id)}
    if problems := notification_problems(changes, set(current)):
        raise DomainError.of(problems)
    columns = {k: v for k, v in changes.items() if k != "workers"}
    cleaned = await clean_changes(plan, columns) if columns else CleanChanges({}, None, None)
    workers, problems = _worker_updates(changes.get("workers") or [])
    if problems:
        raise DomainError.of(problems)
    diff: list[DiffRow] = await compute_diff(plan, cleaned)
    for worker_id, values in workers.items():
        diff += [{"field": f"workers.{worker_id}.{camel(key)}", "before": shown(getattr(current[worker_id], key)), "after": shown(value)}
                 for key, value in values.items() if shown(getattr(current[worker_id], key)) != shown(value)]
    diff += await checked_attachment_changes(plan, files)
    if not diff:
        raise DomainError("changes", ErrorCode.REQUIRED, "変更する項目がありません。変更後の内容を入力してください。")
    account = await CompanyAccount.get(id=plan.company_id)
    new_email = cleaned.columns.get("email")
    async with in_transaction():
        if await Plan.filter(id=plan.id, version=plan.version, status=PlanStatus.CERTIFIED).update(version=F("version") + 1) != 1:
            raise conflict()
        await write_changes(plan, cleaned)
        for worker_id, values in workers.items():
            await Worker.filter(id=worker_id, plan_id=plan.id).update(**values)
        await apply_attachment_changes(plan.id, files)
        await PlanEvent.create(plan_id=plan.id, at=clock.now(), action=PlanAction.CHANGE_NOTIFIED, actor_role=viewer.role,
                               actor_company_id=viewer.company_id, changes=diff)
        if new_email and new_email.casefold() != account.email.casefold():
            await CompanyAccount.filter(id=account.id).update(email=new_email)
            await queue_mail(MailKind.EMAIL_CHANGED, account.email, email_changed(account.login_id, new_email))
    await plan.refresh_from_db()
    return plan
