"""The comparison of a change with the plan as stored (D2, FAQ 39): one row per changed field, with
`before` as it was when the change was filed, so it stays true after certification and withdrawal.
Workers are named by id and field (`workers.12.salaryAmount`); an added worker has a row of its own
(`workers.new0`) and one per item it is given (`workers.new0.salaryAmount`), a removed one a row
(`workers.12`). Each row also keeps its Japanese texts (`plans.readable`)."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from app.domain.errors import ErrorCode, Problem
from app.domain.plans.draft import CleanChanges, effective_salary
from app.domain.plans.fields import LICENSES, Area, described_column, fields_of, license_text, worker_field
from app.domain.plans.readable import text_of, worker_row
from app.models import Plan, PlanLicense, Worker
from app.models.enums import SalaryMode

DiffRow = dict[str, Any]


def shown(value: Any) -> str | None:
    """A value as the comparison keeps it for programs: text, or None for nothing."""
    if value is None or value == "":
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _get(row: Any, key: str) -> Any:
    return row.get(key) if isinstance(row, dict) else getattr(row, key, None)


def _worker_summary(worker: Any) -> tuple[str, str]:
    """A whole worker in one line: for programs (codes) and for people (labels)."""
    name = _get(worker, "name") or "（氏名未入力）"
    codes = [shown(_get(worker, key)) for key in ("nationality", "job_category")]
    texts = [worker_field(key).display(_get(worker, key)) for key in ("nationality", "job_category") if _get(worker, key)]
    coded = "、".join(c for c in codes if c)
    return f"{name}{'（' + coded + '）' if coded else ''}", f"{name}{'（' + '、'.join(texts) + '）' if texts else ''}"


def _license_summary(row: Any) -> str:
    return " ".join(shown(_get(row, spec.stored_as)) or "-" for spec in fields_of(Area.LICENSE))


def field_row(column: str, before: Any, after: Any) -> DiffRow | None:
    """The row of one plan column, or None when it does not change."""
    spec = described_column(Area.PLAN, column)
    if spec is None or shown(before) == shown(after):
        return None
    return {"field": spec.path, "before": shown(before), "after": shown(after),
            "beforeText": text_of(spec, before), "afterText": text_of(spec, after)}


def worker_field_rows(worker: Worker, values: dict[str, Any]) -> list[DiffRow]:
    """The rows of an existing worker's changed items."""
    rows = []
    for column, value in values.items():
        spec = described_column(Area.WORKER, column)
        before = getattr(worker, column)
        if spec is not None and shown(before) != shown(value):
            rows.append(worker_row(f"workers.{worker.id}.{spec.name}", worker.name, shown(before), shown(value),
                                   text_of(spec, before), text_of(spec, value)))
    return rows


def _added_worker_rows(index: int, row: dict[str, Any], basic_salary: int | None) -> list[DiffRow]:
    coded, text = _worker_summary(row)
    rows = [worker_row(f"workers.new{index}", row.get("name"), None, coded, text_of(None, None), text)]
    for spec in fields_of(Area.WORKER):
        value = row.get(spec.stored_as, SalaryMode.SAME if spec.stored_as == "salary_mode" else None)
        if value is None or value == "":
            continue
        shown_text = text_of(spec, value)
        if spec.stored_as == "salary_mode" and value == SalaryMode.SAME and basic_salary:
            shown_text += f"（基本給 {basic_salary:,}円）"
        rows.append(worker_row(f"workers.new{index}.{spec.name}", row.get("name"), None, shown(value), text_of(None, None), shown_text))
    return rows


async def compute_diff(plan: Plan, cleaned: CleanChanges) -> list[DiffRow]:
    rows: list[DiffRow] = [row for column, after in cleaned.columns.items() if (row := field_row(column, getattr(plan, column), after))]
    if cleaned.licenses is not None:
        current = await PlanLicense.filter(plan_id=plan.id).order_by("position", "id")
        before, after = [_license_summary(r) for r in current], [_license_summary(r) for r in cleaned.licenses]
        if before != after:
            rows.append({"field": LICENSES.name, "before": " / ".join(before) or None, "after": " / ".join(after) or None,
                         "beforeText": " / ".join(license_text(r) for r in current) or text_of(None, None),
                         "afterText": " / ".join(license_text(r) for r in cleaned.licenses) or text_of(None, None)})
    if cleaned.workers is not None:
        current = {w.id: w for w in await Worker.filter(plan_id=plan.id).order_by("position", "id")}
        basic_salary = cleaned.columns.get("basic_monthly_salary", plan.basic_monthly_salary)
        kept = set()
        for index, row in enumerate(cleaned.workers):
            if "id" not in row:
                rows += _added_worker_rows(index, row, basic_salary)
                continue
            kept.add(row["id"])
            rows += worker_field_rows(current[row["id"]], {k: v for k, v in row.items() if k not in ("id", "position")})
        for worker_id, worker in current.items():
            if worker_id not in kept:
                coded, text = _worker_summary(worker)
                rows.append(worker_row(f"workers.{worker_id}", worker.name, coded, None, text, text_of(None, None)))
    return rows


async def disadvantages(plan: Plan, cleaned: CleanChanges) -> list[Problem]:
    """A lower monthly salary for a worker already on the list (DOMAIN §4.7): such a change is filed
    as a new worker, never as a change of the existing one."""
    if cleaned.workers is None and "basic_monthly_salary" not in cleaned.columns:
        return []  # no salary changes
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
