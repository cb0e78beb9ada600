"""変更届出 (D3, FAQ 7, 34, 38): the items not printed on the certificate — contact details, the plan's
e-mail, the proxy, a worker's CCUS worker ID replacing the fourteen zeros — applied to the plan at once,
without review and without mail (FAQ 22), recorded in history with each field's before and after.
A change of the e-mail needs the current password and waits for the new address to confirm it;
then it changes the account's e-mail and the plan's together (FAQ 7, A4, A11, `email_change`)."""

from __future__ import annotations

from typing import Any

from tortoise.expressions import F
from tortoise.transactions import in_transaction

from app.domain import clock
from app.domain.changes.attachments import AttachmentChanges, apply_attachment_changes, checked_attachment_changes
from app.domain.changes.checks import refuse_new_problems
from app.domain.changes.diff import DiffRow, compute_diff, worker_field_rows
from app.domain.changes.email_change import check_current_password, request_email_change
from app.domain.changes.items import WORKER_NOTIFICATION_FIELDS, notification_problems
from app.domain.errors import DomainError, ErrorCode, Problem
from app.domain.plans.draft import CleanChanges, certified_plan, clean_changes, write_changes
from app.domain.plans.fields import BY_PATH, clean_value, worker_field
from app.domain.review.transitions import conflict
from app.domain.viewer import Viewer
from app.models import CompanyAccount, Plan, PlanEvent, Worker
from app.models.enums import PlanAction, PlanStatus


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


def _new_email(plan: Plan, account: CompanyAccount, cleaned: CleanChanges) -> tuple[str | None, list[Problem]]:
    """The e-mail the notification asks for, when it moves the plan's or the account's (A11), or its
    problems by the plan's own rules (D8: it is not stored yet, so it is checked here)."""
    if "email" not in cleaned.columns:
        return None, []
    spec, new = BY_PATH["email"], cleaned.columns.pop("email")
    if new is None:
        return None, [Problem("email", ErrorCode.REQUIRED, f"{spec.label}を入力してください。")]
    if not spec.well_formed(new):
        return None, [Problem("email", ErrorCode.INVALID, spec.format_message())]
    unchanged = new.casefold() == (plan.email or "").casefold() and new.casefold() == account.email.casefold()
    return (None if unchanged else new), []


async def file_change_notification(viewer: Viewer, changes: dict[str, Any], files: AttachmentChanges = AttachmentChanges(),
                                   current_password: str | None = None, client_address: str | None = None) -> Plan:
    """The notification's items at once; a new e-mail waits for its confirmation (A11) and needs the
    current password."""
    plan = await certified_plan(viewer)
    current = {w.id: w for w in await Worker.filter(plan_id=plan.id).order_by("position", "id")}
    if problems := notification_problems(changes, set(current)):
        raise DomainError.of(problems)
    columns = {k: v for k, v in changes.items() if k != "workers"}
    cleaned = await clean_changes(plan, columns) if columns else CleanChanges({}, None, None)
    workers, problems = _worker_updates(changes.get("workers") or [])
    if problems:
        raise DomainError.of(problems)
    account = await CompanyAccount.get(id=plan.company_id)
    new_email, email_problems = _new_email(plan, account, cleaned)
    diff: list[DiffRow] = await compute_diff(plan, cleaned)
    for worker_id, values in workers.items():
        diff += worker_field_rows(current[worker_id], values)
    diff += await checked_attachment_changes(plan, files)
    if email_problems and not diff:
        raise DomainError.of(email_problems)
    if not diff and new_email is None:
        raise DomainError("changes", ErrorCode.REQUIRED, "変更する項目がありません。変更後の内容を入力してください。")
    if new_email is not None:
        await check_current_password(account, current_password, client_address)
    async with in_transaction():
        if diff:
            if await Plan.filter(id=plan.id, version=plan.version, status=PlanStatus.CERTIFIED).update(version=F("version") + 1) != 1:
                raise conflict()
            given = [row["id"] for row in changes.get("workers") or []]
            in_input = {place: given.index(worker_id) for place, worker_id in enumerate(current) if worker_id in given}
            await refuse_new_problems(plan, lambda: _write(plan, cleaned, workers, files), files, keep=True, workers=in_input,
                                      also=email_problems, plan_row_only=cleaned.plan_row_only and not workers and files.empty)
            await PlanEvent.create(plan_id=plan.id, at=clock.now(), action=PlanAction.CHANGE_NOTIFIED, actor_role=viewer.role,
                                   actor_company_id=viewer.company_id, changes=diff)
        if new_email is not None:
            await request_email_change(account, new_email)
    await plan.refresh_from_db()
    return plan


async def _write(plan: Plan, cleaned: CleanChanges, workers: dict[int, dict[str, Any]], files: AttachmentChanges) -> None:
    await write_changes(plan, cleaned)
    for worker_id, values in workers.items():
        await Worker.filter(id=worker_id, plan_id=plan.id).update(**values)
    await apply_attachment_changes(plan.id, files)
