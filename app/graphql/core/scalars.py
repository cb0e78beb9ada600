"""Scalars as CONTRACT.md states them: `Date` is exactly `YYYY-MM-DD` (Python's own parser would also
take `20261125` or `2026-W48-3`, which no client means)."""

from __future__ import annotations

import re
from datetime import date

import strawberry

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_date(value: object) -> date:
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        raise ValueError("日付は YYYY-MM-DD の形で指定してください。")
    return date.fromisoformat(value)


SCALAR_MAP = {date: strawberry.scalar(name="Date", description="Date (isoformat)", serialize=date.isoformat, parse_value=parse_date)}
