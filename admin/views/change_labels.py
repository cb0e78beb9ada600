"""Changed fields as a person reads them (D2) in one text, for the plan page's history: the domain's
one reading of the rows (`plans.readable`), masked as the viewer's scope says."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.domain.plans.readable import readable_for
from app.domain.viewer import Viewer


def change_summary(viewer: Viewer | None, rows: list[dict[str, Any]], workers: Mapping[int, str]) -> str:
    """A change's rows in one text: 「項目：変更前 → 変更後」 per line."""
    return "\n".join(f"{row.label}：{row.before_text} → {row.after_text}" for row in readable_for(viewer, rows, workers))
