"""The comparison of a change with the plan as stored (D2, FAQ 39): one row per changed field, with
`before` as it was when the change was filed, so it stays true after certification and withdrawal.
Workers are named by id and field (`workers.12.salaryAmount`); added and removed workers have rows."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from app.domain.errors import ErrorCode, Problem
from app.domain.plans.draft import CleanChanges, effective_salary, nested_column
from app.domain.plans.fields import JAC_FIELDS, PLAN_FIELDS, PROXY_FIELDS, camel
from app.models import Plan, PlanLicense, Worker
from app.models.enums import SalaryMode

DiffRow = dict[str, Any]
FIELD_OF_COLUMN: dict[str, str] = {
    **{name: camel(name) for name in PLAN_FIELDS},
    **{nested_column("jac_membership", key): f"jacMembership.{camel(key)}" for key in JAC_FIELDS},
    **{nested_column("proxy", key): f"proxy.{camel(key)}" for key in PROXY_FIELDS},
}


def shown(value: Any) -> str | None:
    """A value as the comparison keeps it: text, or None for nothing."""
    if value is None or value == "":
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _worker_summary(worker: Any) -> str:
    get = worker.get if isinstance(worker, dict) else lambda key: getattr(worker, key, None)
    details = "、".join(part for part in (shown(get("nationality")), shown(get("job_category"))) if part)
    return f"{get('name') or '（氏名未入力）'}{'（' + details + '）' if details else ''}"


def _license_summary(row: Any) -> str:
    get = row.get if isinstance(row, dict) else lambda key: getattr(row, key, None)
    return " ".join(shown(get(key)) or "-" for key in ("authority", "prefecture", "grade", "number", "valid_until"))


async def compute_diff(plan: Plan, cleaned: CleanChanges) -> list[DiffRow]:
    rows: list[DiffRow] = []
    for column, after in cleaned.columns.items():
        if column in FIELD_OF_COLUMN and shown(getattr(plan, column)) != shown(after):
            rows.append({"field": FIELD_OF_COLUMN[column], "before": shown(getattr(plan, column)), "after": shown(after)})
    if cleaned.licenses is not None:
        before = [_license_summary(row) for row in await PlanLicense.filter(plan_id=plan.id).order_by("position", "id")]
        after = [_license_summary(row) for row in cleaned.licenses]
        if before != after:
            rows.append({"field": "licenses", "before": " / ".join(before) or None, "after": " / ".join(after) or None})
    if cleaned.workers is not None:
        current = {w.id: w for w in await Worker.filter(plan_id=plan.id).order_by("position", "id")}
        kept = set()
        for index, row in enumerate(cleaned.workers):
            if "id" not in row:
                rows.append({"field": f"workers.new{index}", "before": None, "after": _worker_summary(row)})
                continue
            kept.add(row["id"])
            worker = current[row["id"]]
            for key, value in row.items():
                if key not in ("id", "position") and shown(getattr(worker, key)) != shown(value):
                    rows.append({"field": f"workers.{worker.id}.{camel(key)}", "before": shown(getattr(worker, key)), "after": shown(value)})
        rows += [{"field": f"workers.{wid}", "before": _worker_summary(w), "after": None} for wid, w in current.items() if wid not in kept]
    return rows


async def disadvantages(plan: Plan, cleaned: CleanChanges) -> list[Problem]:
    """A lower monthly salary for a worker already on the list (DOMAIN §4.7): such a change is filed
    as a new worker, never as a change of the existing one."""
    basic_after = cleaned.columns.get("basic_monthly_salary", plan.basic_monthly_salary)
    given = {row["id"]: (index, row) for index, row in enumerate(cleaned.workers or []) if "id" in row}
    problems: list[Problem] = []
    for worker in await Worker.filter(plan_id=plan.id):
        index, row = given.get(worker.id, (None, {}))
        if cleaned.workers is not None and index is None:
            continue  # taken off the list
        before = effective_salary(plan, worker)
        mode = row.get("salary_mode", worker.salary_mode)
        after = basic_after if mode == SalaryMode.SAME else row.get("salary_amount", worker.salary_amount)
        if before is not None and after is not None and after < before:
            field = f"workers.{index}.salaryAmount" if index is not None and "salary_amount" in row else (
                "basicMonthlySalary" if "basic_monthly_salary" in cleaned.columns else f"workers.{index}.salaryMode")
            problems.append(Problem(field, ErrorCode.INVALID,
                                    f"{worker.name or '外国人'}の報酬が下がる変更（不利益変更）は変更申請できません。新たな外国人として追加してください。"))
    return problems
