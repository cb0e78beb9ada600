"""Comparison rows as people read them (D2, FAQ 39): the rows kept by change applications and by the
plan's history (`{field, before, after}` for programs) with a Japanese `label`, `beforeText` and
`afterText`, written from the field descriptions, masked as the viewer must see them.

A row about a worker carries the worker's name as it was when the row was written (`worker`), so a
worker taken off the list is still named. Rows written before texts were kept read from their
values."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.domain.plans.fields import BY_PATH, LICENSES, PlanField
from app.domain.viewer import Viewer
from app.domain.visibility import MASK, plan_scope
from app.models.enums import ChangeStatus, EmploymentStatus, LabeledEnum, ReportStatus

# Rows the reports write into the history about a worker, beside the plan's own fields.
_WORKER_STATES: dict[str, tuple[str, type[LabeledEnum]]] = {
    "employmentStatus": ("従事状況", EmploymentStatus),
    "acceptanceReport": ("受入報告", ReportStatus),
    "reemployment": ("再雇用申請", ChangeStatus),
}
NOTHING = "（なし）"
WITHHELD = "（非表示）"


@dataclass(frozen=True)
class ReadableRow:
    field: str
    before: str | None
    after: str | None
    label: str
    before_text: str
    after_text: str


def text_of(spec: PlanField | None, value: Any) -> str:
    if value is None or value == "":
        return NOTHING
    return spec.display(value) if spec else str(value)


def worker_row(field: str, name: str | None, before: str | None, after: str | None, before_text: str, after_text: str) -> dict[str, Any]:
    """A stored row about a worker, named as it is now."""
    return {"field": field, "before": before, "after": after, "worker": name, "beforeText": before_text, "afterText": after_text}


def _worker_part(field: str) -> tuple[str, bool, str | None]:
    """`workers.<id|new<n>>[.<item>]` → (the worker's key, added by the change, the item)."""
    parts = field.split(".")
    return parts[1], parts[1].startswith("new"), parts[2] if len(parts) > 2 else None


def _label(field: str, name: str) -> str:
    if field == LICENSES.name:
        return LICENSES.label
    if field.startswith("attachments."):
        return "添付書類"
    if not field.startswith("workers."):
        spec = BY_PATH.get(field)
        return spec.label if spec else field
    _, added, item = _worker_part(field)
    if item is None:
        return f"外国人の追加：{name}" if added else f"外国人 {name}：リストから削除"
    spec = BY_PATH.get(f"workers.{item}")
    item_label = spec.label if spec else _WORKER_STATES.get(item, (item, None))[0]
    return f"外国人 {name}{'（追加）' if added else ''}：{item_label}"


def _spec_and_enum(field: str) -> tuple[PlanField | None, type[LabeledEnum] | None]:
    if field.startswith("workers."):
        item = _worker_part(field)[2]
        if item in _WORKER_STATES:
            return None, _WORKER_STATES[item][1]
        return (BY_PATH.get(f"workers.{item}") if item else None), None
    return BY_PATH.get(field), None


def _derived_text(field: str, value: str | None) -> str:
    spec, states = _spec_and_enum(field)
    if states is not None and value is not None:
        return next((m.label for m in states if m.value == value), value)
    return text_of(spec, value)


def _personal(field: str) -> bool:
    if not field.startswith("workers."):
        return False
    item = _worker_part(field)[2]
    spec = BY_PATH.get(f"workers.{item}") if item else None
    return item is None or (spec is not None and spec.masked)  # a whole worker's summary carries the name


def readable_rows(rows: list[dict[str, Any]] | None, worker_names: Mapping[int, str] | None = None, *,
                  mask_personal_data: bool = False, withhold_file_names: bool = False) -> list[ReadableRow]:
    """The rows with their Japanese label and texts; `worker_names` names workers of rows written
    before rows kept the name."""
    readable = []
    for row in rows or []:
        field, before, after = row["field"], row.get("before"), row.get("after")
        name = row.get("worker")
        if field.startswith("workers.") and not name:
            key, _, item = _worker_part(field)
            name = (worker_names or {}).get(int(key)) if key.isdigit() else None
            if not name and item is None:  # a whole worker's row begins with the name
                name = str(before or after or "").split("（")[0]
        name = name or "（氏名未入力）"
        before_text = row.get("beforeText") or _derived_text(field, before)
        after_text = row.get("afterText") or _derived_text(field, after)
        if mask_personal_data and field.startswith("workers."):
            name = MASK
            if _personal(field):
                before, after = (MASK if before else None), (MASK if after else None)
                before_text, after_text = (MASK if before else NOTHING), (MASK if after else NOTHING)
        if withhold_file_names and field.startswith("attachments."):
            before, after = (WITHHELD if before else None), (WITHHELD if after else None)
            before_text, after_text = before or NOTHING, after or NOTHING
        readable.append(ReadableRow(field, before, after, _label(field, name), before_text, after_text))
    return readable


def readable_for(viewer: Viewer | None, rows: list[dict[str, Any]] | None, worker_names: Mapping[int, str] | None = None) -> list[ReadableRow]:
    """The rows as this viewer may read them (analysts: personal values masked, file names withheld)."""
    scope = plan_scope(viewer)
    return readable_rows(rows, worker_names, mask_personal_data=scope.mask_personal_data, withhold_file_names=scope.withhold_file_names)
