"""The company's plan (REQUIREMENTS B, C2, C6): one current plan, draft saves with partial updates,
and the company's moves (submit, withdraw, resubmit) through the transition table."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tortoise.expressions import F
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from app.domain import clock
from app.domain.catalogue import bureau_of_prefecture
from app.domain.errors import DomainError, ErrorCode, Problem
from app.domain.plans.fields import (
    GROUPS,
    LICENSES,
    WORKERS,
    Area,
    clean_value,
    fields_of,
)
from app.domain.plans.files import discard_if_unused
from app.domain.plans.validation import plan_problems
from app.domain.review.transitions import EDITABLE, ENDED, Move, as_written, conflict, invalid_state, move_plan
from app.domain.statement_templates import KeptQueries
from app.domain.storage import FileStore
from app.domain.viewer import Viewer
from app.models import Attachment, CompanyAccount, Plan, PlanEvent, PlanLicense, Worker
from app.models.enums import PlanAction, PlanStatus, Role, SalaryMode

# Nested inputs stored as prefixed columns of the plan (jacMembership, proxy, consents).
_NESTED = tuple(group for group in GROUPS if not group.is_list)


def require_company(viewer: Viewer) -> int:
    if viewer.role is not Role.COMPANY or viewer.company_id is None:
        raise DomainError(None, ErrorCode.FORBIDDEN, "この操作は事業者のみ行えます。")
    return viewer.company_id


async def certified_plan(viewer: Viewer, doing: str = "変更") -> Plan:
    """The company's plan, when it is certified: what every step after certification starts from (D)."""
    plan = await current_plan(require_company(viewer))
    if plan is None:
        raise DomainError(None, ErrorCode.NOT_FOUND, "受入計画がありません。")
    if PlanStatus(plan.status) is not PlanStatus.CERTIFIED:
        raise DomainError(None, ErrorCode.INVALID_STATE,
                          f"受入計画の申請状態が「{PlanStatus(plan.status).label}」のため{doing}できません（認定済みの計画のみ{doing}できます）。")
    return plan


def effective_salary(plan: Plan, worker: Worker) -> int | None:
    """B5: a worker paid 「同じ」 inherits the plan's basic salary; 「異なる」 has their own amount."""
    return plan.basic_monthly_salary if worker.salary_mode == SalaryMode.SAME else worker.salary_amount


KEPT = KeptQueries()  # the company's plan, read by every company write


def current_plan_query(company_id: int) -> QuerySet[Plan]:
    """The company's latest plan, whatever its state (計画確認 shows ended plans too)."""
    return Plan.filter(company_id=company_id).order_by("-id").limit(1)


async def current_plan(company_id: int) -> Plan | None:
    found = await KEPT.rows(Plan, "current plan", current_plan_query, company_id)
    return found[0] if found else None


def _plan_columns(changes: dict[str, Any], problems: list[Problem]) -> dict[str, Any]:
    columns: dict[str, Any] = {}
    for spec in fields_of(None):
        if spec.key in changes:
            columns[spec.stored_as] = clean_value(spec.path, spec, changes[spec.key], problems)
    if "head_office_prefecture" in columns:
        columns["bureau"] = bureau_of_prefecture(columns["head_office_prefecture"])
    for group in _NESTED:
        if group.key not in changes:
            continue
        given = changes[group.key]
        consents = group.name == "consents"
        for spec in fields_of(group):
            if given is None:  # null clears the whole group
                value = False if consents else None
            elif spec.key in given:
                value = clean_value(spec.path, spec, given[spec.key], problems)
                if consents:
                    value = bool(value)
            else:
                continue
            columns[spec.stored_as] = value
    return columns


def _license_rows(licenses: list[dict[str, Any]] | None, problems: list[Problem]) -> list[dict[str, Any]]:
    rows = []
    if len(licenses or []) > (most := LICENSES.max_items or 0):
        problems.append(Problem("licenses", ErrorCode.LIMIT_EXCEEDED, f"{LICENSES.label}は{most}件まで登録できます。"))
        return rows
    for index, given in enumerate(licenses or []):
        row = {"position": index}
        for spec in fields_of(Area.LICENSE):
            row[spec.stored_as] = clean_value(f"licenses.{index}.{spec.name}", spec, given.get(spec.key), problems)
        rows.append(row)
    return rows


def _worker_rows(workers: list[dict[str, Any]] | None, existing: set[int], problems: list[Problem]) -> list[dict[str, Any]]:
    rows = []
    if len(workers or []) > (most := WORKERS.max_items or 0):
        problems.append(Problem("workers", ErrorCode.LIMIT_EXCEEDED, f"{WORKERS.label}に登録できるのは1つの計画につき{most}人までです。"))
        return rows
    seen: set[int] = set()
    for index, given in enumerate(workers or []):
        row: dict[str, Any] = {"position": index}
        worker_id = given.get("id")
        if worker_id is not None:
            if worker_id not in existing or worker_id in seen:
                problems.append(Problem(f"workers.{index}.id", ErrorCode.NOT_FOUND, "指定された外国人はこの計画に登録されていません。"))
            seen.add(worker_id)
            row["id"] = worker_id
        for spec in fields_of(Area.WORKER):
            if spec.key in given:
                row[spec.stored_as] = clean_value(f"workers.{index}.{spec.name}", spec, given[spec.key], problems)
        if row.get("salary_mode") is None and "salary_mode" in row:
            del row["salary_mode"]  # the mode is never empty: left as it is (SAME for a new worker)
        rows.append(row)
    return rows


async def _replace_children(plan_id: int, licenses: list[dict[str, Any]] | None, workers: list[dict[str, Any]] | None) -> None:
    if licenses is not None:
        await PlanLicense.filter(plan_id=plan_id).delete()
        if licenses:
            await PlanLicense.bulk_create([PlanLicense(plan_id=plan_id, **row) for row in licenses])
    if workers is not None:
        keep = [row["id"] for row in workers if "id" in row]
        await Worker.filter(plan_id=plan_id).exclude(id__in=keep).delete()
        for row in workers:
            values = {k: v for k, v in row.items() if k != "id"}
            if "id" in row:
                await Worker.filter(id=row["id"], plan_id=plan_id).update(**values)
            else:
                await Worker.create(plan_id=plan_id, **values)
        await Plan.filter(id=plan_id).update(worker_count=len(workers))


async def save_plan_draft(viewer: Viewer, changes: dict[str, Any], storage: FileStore | None = None) -> Plan:
    """一時保存 (B2): a partial update. Left out = unchanged, None = cleared, lists replaced,
    workers matched by id. Creates a DRAFT when the company has no plan or its plan has ended.
    The files of workers taken off the list go with them (from `storage`, when no other row uses them)."""
    company_id = require_company(viewer)
    problems: list[Problem] = []
    columns = _plan_columns(changes, problems)
    licenses = _license_rows(changes["licenses"], problems) if "licenses" in changes else None
    async with in_transaction():
        # Serialises the company's concurrent saves: one current plan per company (B1).
        await CompanyAccount.filter(id=company_id).update(version=F("version") + 1)
        plan = await current_plan(company_id)
        if plan is not None and PlanStatus(plan.status) not in ENDED and PlanStatus(plan.status) not in EDITABLE:
            raise invalid_state(PlanStatus(plan.status), "一時保存")
        existing = set(await Worker.filter(plan_id=plan.id).values_list("id", flat=True)) if plan and plan.status not in ENDED else set()
        workers = _worker_rows(changes["workers"], existing, problems) if "workers" in changes else None
        if problems:
            raise DomainError.of(problems)
        if plan is None or PlanStatus(plan.status) in ENDED:
            plan = await Plan.create(company_id=company_id, status=PlanStatus.DRAFT, **columns)
        elif columns or licenses is not None or workers is not None:
            saved = await Plan.filter(id=plan.id, version=plan.version, status__in=list(EDITABLE)).update(
                version=F("version") + 1, updated_at=clock.now(), **columns
            )
            if saved != 1:
                raise conflict()
        removed_files: list[str] = []
        if workers is not None:
            keep = [row["id"] for row in workers if "id" in row]
            removed_files = await Attachment.filter(plan_id=plan.id, worker_id__isnull=False).exclude(
                worker_id__in=keep).values_list("storage_key", flat=True)
        await _replace_children(plan.id, licenses, workers)
        await plan.refresh_from_db()
    if storage is not None:
        for key in set(removed_files):
            await discard_if_unused(storage, key)
    return plan


async def _company_plan(viewer: Viewer) -> Plan:
    plan = await current_plan(require_company(viewer))
    if plan is None:
        raise DomainError(None, ErrorCode.NOT_FOUND, "受入計画がありません。新規申請から作成してください。")
    return plan


async def _numbering(plan: Plan, event: PlanEvent) -> None:
    """申請番号 (B8, FAQ 17): the application date in Japan time, then a unique sequence."""
    day = clock.to_jst(event.at).strftime("%Y%m%d")
    written = {"application_number": f"{day}-{event.id:06d}"}
    await Plan.filter(id=plan.id).update(**written)
    as_written(plan, written)


async def submit_plan(viewer: Viewer) -> Plan:
    """申請 (確定): refused with every problem at once (B9); a new number and queue time."""
    plan = await _company_plan(viewer)
    if PlanStatus(plan.status) in (PlanStatus.DRAFT, PlanStatus.WITHDRAWN):
        if problems := await plan_problems(plan):
            raise DomainError.of(problems)
    now = clock.now()
    return await move_plan(
        viewer, plan, PlanAction.SUBMIT, move=Move(updates={"applied_at": now, "queued_at": now}, after=_numbering, reread=False)
    )


async def withdraw_plan(viewer: Viewer) -> Plan:
    """取下げ: only while APPLIED (before acceptance); the plan is editable again (FAQ 14)."""
    return await move_plan(viewer, await _company_plan(viewer), PlanAction.WITHDRAW)


async def resubmit_plan(viewer: Viewer) -> Plan:
    """再申請 after a remand: a new queue time (DOMAIN §2.1)."""
    plan = await _company_plan(viewer)
    if PlanStatus(plan.status) is PlanStatus.REMANDED:
        if problems := await plan_problems(plan):
            raise DomainError.of(problems)
    return await move_plan(viewer, plan, PlanAction.RESUBMIT, move=Move(updates={"queued_at": clock.now()}))


# Changes after certification (D1–D3): the same cleaning and writing as a draft save, for a plan in
# any state (the change application or notification decides whether it may change).

@dataclass(frozen=True)
class CleanChanges:
    columns: dict[str, Any]
    licenses: list[dict[str, Any]] | None
    workers: list[dict[str, Any]] | None

    @property
    def plan_row_only(self) -> bool:
        """Whether the changes are the plan's own columns only (its licences and workers stay as they are)."""
        return self.licenses is None and self.workers is None


async def clean_changes(plan: Plan, changes: dict[str, Any]) -> CleanChanges:
    """The partial changes as they would be stored, or every problem at once."""
    problems: list[Problem] = []
    columns = _plan_columns(changes, problems)
    licenses = _license_rows(changes["licenses"], problems) if "licenses" in changes else None
    workers = None
    if "workers" in changes:
        existing = set(await Worker.filter(plan_id=plan.id).values_list("id", flat=True))
        workers = _worker_rows(changes["workers"], existing, problems)
    if problems:
        raise DomainError.of(problems)
    return CleanChanges(columns, licenses, workers)


async def write_changes(plan: Plan, cleaned: CleanChanges) -> None:
    """Store cleaned changes; call inside the transaction of the move that applies them."""
    if cleaned.columns:
        await Plan.filter(id=plan.id).update(updated_at=clock.now(), **cleaned.columns)
    await _replace_children(plan.id, cleaned.licenses, cleaned.workers)

