"""How a person reads a stored value, written in SQL for the CSV exports (#28): `PlanField.display`, the
lists' labels, Japan times, masks and the formula guard of `csv_text`. The database then writes every cell,
and a national export costs about what its own CSV output does. Differential tests hold each function to
the Python it mirrors (`tests/test_display_sql.py`, `tests/test_admin_export_sql.py`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.catalogue import nationalities
from app.domain.plans.fields import UNSET, Format, PlanField
from app.graphql.compiled.plan_json import labels_of, masked_sql, named_sql, prefecture_names
from app.graphql.compiled.sql import literal
from app.http.csv_text import APOSTROPHE, FORMULA_STARTS


def text_sql(expression: str) -> str:
    return f"CAST({expression} AS TEXT)"


def cell_sql(dialect: str, expression: str) -> str:
    """A text cell as `csv_text.neutralise` writes it: a leading apostrophe before what could start a
    formula, and an empty text as an empty cell (NULL)."""
    first = f"ascii({expression})" if dialect == "postgres" else f"unicode({expression})"
    starts = ", ".join(str(ord(start)) for start in FORMULA_STARTS)
    return f"(CASE WHEN {first} IN ({starts}) THEN {literal(APOSTROPHE)} || {expression} ELSE NULLIF({expression}, '') END)"


CSV_SPECIALS = ",\"\n\r"  # what makes the csv module quote a cell (QUOTE_MINIMAL, lines ending in LF)


@dataclass(frozen=True)
class CsvCell:
    """A cell of a CSV export: `sql`, its text (NULL for an empty cell); `quotable`, text that holds a comma, a
    quote or a line break whenever the cell's text does (what a person typed; a stored code shown by its name).
    A cell without it shows only what we write (labels, times, dates), which never does
    (`tests/test_display_sql.py` holds every label to that). Quoting more than needed changes no value."""

    sql: str
    quotable: str | None = None


def typed_cell(dialect: str, expression: str) -> CsvCell:
    """Typed text as a cell, guarded against formulas (`cell_sql`)."""
    return CsvCell(cell_sql(dialect, expression), expression)


def quotable_cell(sql: str) -> CsvCell:
    """A cell whose own text may hold a comma, a quote or a line break (an amount: 1,234円), checked as it is."""
    return CsvCell(sql, sql)


def csv_line_sql(cells: Sequence[CsvCell]) -> str:
    """SQLite: a row's cells as one line of CSV, as the csv module writes it (a cell quoted when its `quotable`
    holds a comma, a quote or a line break, its quotes doubled; NULL as an empty cell)."""
    special = literal(f"*[{CSV_SPECIALS}]*")

    def written(cell: CsvCell) -> str:
        if cell.quotable is None:
            return f"COALESCE({cell.sql}, '')"
        quoted = f"""'"' || replace({cell.sql}, '"', '""') || '"'"""
        return f"(CASE WHEN {cell.quotable} GLOB {special} THEN {quoted} ELSE COALESCE({cell.sql}, '') END)"

    return f"printf({literal(','.join('%s' for _ in cells))}, {', '.join(written(cell) for cell in cells)})"


def csv_columns_sql(cells: Sequence[CsvCell], lines: bool) -> list[str]:
    """What a CSV statement selects: a column per cell (PostgreSQL's COPY writes the CSV), or the row's line."""
    return [csv_line_sql(cells)] if lines else [cell.sql for cell in cells]


def japan_time_sql(dialect: str, column: str) -> str:
    """A moment as YYYY-MM-DD HH:MM in Japan time (`admin.views.base.jst`)."""
    if dialect == "postgres":
        return f"left(CAST({column} AT TIME ZONE 'Asia/Tokyo' AS TEXT), 16)"  # ISO DateStyle; to_char costs twice as much
    return f"strftime('%Y-%m-%d %H:%M', {column}, '+9 hours')"


def japanese_date_sql(dialect: str, column: str) -> str:
    """`fields.japanese_date`: 2027年4月1日."""
    if dialect == "postgres":
        return f"""to_char({column}, 'FMYYYY"年"FMMM"月"FMDD"日"')"""
    parts = [f"CAST(substr({column}, {start}, {length}) AS INTEGER)" for start, length in ((1, 4), (6, 2), (9, 2))]
    return f"({parts[0]} || '年' || {parts[1]} || '月' || {parts[2]} || '日')"


def amount_sql(dialect: str, column: str, unit: str) -> str:
    """An integer with thousands separators and its unit (1,234円)."""
    digits = f"to_char({column}, 'FM999,999,999,999,990')" if dialect == "postgres" else f"printf('%,d', {column})"
    return f"({digits} || {literal(unit)})"


def named_or_stored_sql(expression: str, names: tuple[tuple[str, str], ...]) -> str:
    """A code's name; a code without one as it is stored."""
    return f"COALESCE({named_sql(expression, names)}, {text_sql(expression)})"


def display_sql(dialect: str, spec: PlanField, column: str) -> str:
    """`PlanField.display` of a stored value that is there (NULL stays NULL: callers say what it reads as)."""
    if spec.options is not None:
        return named_or_stored_sql(column, labels_of(spec.options))
    if spec.format is Format.PREFECTURE:
        return named_or_stored_sql(column, prefecture_names())
    if spec.format is Format.COUNTRY:
        return named_or_stored_sql(column, tuple(nationalities().items()))
    if spec.format is Format.BOOLEAN:
        return f"(CASE WHEN {column} IS NULL THEN NULL WHEN {column} THEN 'あり' ELSE 'なし' END)"
    if spec.format in (Format.YEN, Format.COUNT):
        return amount_sql(dialect, column, "円" if spec.format is Format.YEN else "人")
    if spec.format is Format.DATE:
        return japanese_date_sql(dialect, column)
    return text_sql(column)


_NOT_TEXT = (Format.DATE, Format.YEN, Format.COUNT, Format.BOOLEAN)  # stored as dates, numbers and flags


def display_or_unset_sql(dialect: str, spec: PlanField, column: str) -> str:
    """`PlanField.display` of any stored value: a missing one reads （未入力）."""
    empty = f"{column} IS NULL" if spec.format in _NOT_TEXT else f"NULLIF({text_sql(column)}, '') IS NULL"
    return f"(CASE WHEN {empty} THEN {literal(UNSET)} ELSE {display_sql(dialect, spec, column)} END)"


def typed(spec: PlanField) -> bool:
    """Whether a field's display is the text a person typed (names, numbers), which could start a formula;
    labels, names of codes, dates and amounts are ours and never do (the exports' differential tests hold that)."""
    return spec.options is None and spec.format not in (*_NOT_TEXT, Format.PREFECTURE, Format.COUNTRY)


def shown_sql(dialect: str, spec: PlanField, column: str, mask: bool) -> CsvCell:
    """A described field as a list's cell shows it: masked for viewers who may not read it, else its display,
    typed text guarded against formulas (`cell_sql`)."""
    if spec.masked and mask:
        return CsvCell(masked_sql(text_sql(column)))
    shown = display_sql(dialect, spec, column)
    if typed(spec):
        return typed_cell(dialect, shown)
    if spec.format in (Format.YEN, Format.COUNT):
        return quotable_cell(shown)
    if spec.options is not None or spec.format in (Format.PREFECTURE, Format.COUNTRY):  # an unknown code reads as stored
        return CsvCell(shown, text_sql(column))
    return CsvCell(shown)
