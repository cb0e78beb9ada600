"""Changed fields as a person reads them (D2): the change application page and the plan history read
the rows through the domain's one reading (`plans.readable`), masked as the viewer's scope says."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.domain.plans.readable import ReadableRow, readable_rows
from app.domain.viewer import Viewer
from app.domain.visibility import plan_scope


def readable_for(viewer: Viewer | None, rows: list[dict[str, Any]] | None, workers: Mapping[int, str] | None = None) -> list[ReadableRow]:
    scope = plan_scope(viewer)
    return readable_rows(rows, workers, mask_personal_data=scope.mask_personal_data, withhold_file_names=scope.withhold_file_names)


def change_summary(viewer: Viewer | None, rows: list[dict[str, Any]], workers: Mapping[int, str]) -> str:
    """A change's rows in one text: 「項目：変更前 → 変更後」 per line."""
    return "\n".join(f"{row.label}：{row.before_text} → {row.after_text}" for row in readable_for(viewer, rows, workers))
