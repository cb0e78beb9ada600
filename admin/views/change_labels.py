"""Changed fields as a person reads them (D2): Japanese labels for field paths (workers by name) and
values (labels for codes, 円 for amounts) — the change application page and the plan history alike."""

from __future__ import annotations

from app.domain.catalogue import nationality_name
from app.domain.plans.fields import JAC_FIELDS, PLAN_FIELDS, PROXY_FIELDS, WORKER_FIELDS, camel
from app.models.enums import CcusIdReason, ChangeStatus, EmploymentStatus, JacMembershipKind, JobCategory, ReportStatus, SalaryMode, Sex

FIELD_LABELS: dict[str, str] = {
    **{camel(name): spec.label for name, spec in PLAN_FIELDS.items()},
    **{f"jacMembership.{camel(key)}": spec.label for key, spec in JAC_FIELDS.items()},
    **{f"proxy.{camel(key)}": spec.label for key, spec in PROXY_FIELDS.items()},
    "licenses": "建設業許可",
}
WORKER_LABELS = {camel(name): spec.label for name, spec in WORKER_FIELDS.items()} | {
    "employmentStatus": "従事状況", "acceptanceReport": "受入報告", "reemployment": "再雇用申請",
}
VALUE_LABELS: dict[str, type] = {
    "salaryMode": SalaryMode, "jobCategory": JobCategory, "sex": Sex, "ccusWorkerIdReason": CcusIdReason, "jacMembership.kind": JacMembershipKind,
    "employmentStatus": EmploymentStatus, "acceptanceReport": ReportStatus, "reemployment": ChangeStatus,
}


def shown_value(field: str, value: str | None) -> str:
    """A value of the comparison as a person reads it: labels for codes, 円 for amounts."""
    if value is None:
        return "（なし）"
    key = field.rsplit(".", 1)[-1] if field.startswith("workers.") else field
    if key in VALUE_LABELS:
        return next((m.label for m in VALUE_LABELS[key] if m.value == value), value)
    if key == "nationality":
        return nationality_name(value)
    if value in ("true", "false"):
        return "あり" if value == "true" else "なし"
    if key in ("basicMonthlySalary", "salaryAmount") and value.isdigit():
        return f"{int(value):,}円"
    return value


def field_label(field: str, workers: dict[int, str]) -> str:
    parts = field.split(".")
    if parts[0] == "attachments":
        return "添付書類"
    if parts[0] != "workers":
        return FIELD_LABELS.get(field, field)
    if parts[1].startswith("new"):
        return "外国人の追加"
    name = workers.get(int(parts[1]), "外国人")
    return f"{name}：{WORKER_LABELS.get(parts[2], parts[2])}" if len(parts) > 2 else f"{name}：リストから削除"


def change_summary(changes: list[dict], workers: dict[int, str]) -> str:
    """A change's rows in one text: 「項目：変更前 → 変更後」 per line."""
    return "\n".join(f"{field_label(row['field'], workers)}：{shown_value(row['field'], row.get('before'))} → "
                     f"{shown_value(row['field'], row.get('after'))}" for row in changes)
