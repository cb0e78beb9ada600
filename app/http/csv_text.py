"""CSV that opens safely in Excel: UTF-8 with BOM, and cells that could start a formula
neutralised. Shared by the admin panel's exports and the API's."""

from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator, Iterable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"
APOSTROPHE = "'"  # what neutralises a formula


def neutralise(value: object) -> str:
    text = "" if value is None else str(value)
    return APOSTROPHE + text if text.startswith(FORMULA_STARTS) else text


def csv_line(values: Iterable[object]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow([neutralise(v) for v in values])
    return buffer.getvalue()


async def csv_stream(header: list[str], batches: AsyncIterator[list[list[object]]]) -> AsyncIterator[bytes]:
    """The header, then one chunk per batch of rows (a chunk per row made a national export mostly sends)."""
    yield (BOM + csv_line(header)).encode("utf-8")
    async for batch in batches:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\r\n").writerows([neutralise(v) for v in row] for row in batch)
        yield buffer.getvalue().encode("utf-8")
