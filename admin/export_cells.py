"""A list's cells as SQL (#28): what each column's formatter shows, written for the database, so that the CSV of a
national list is written by PostgreSQL's COPY (or SQLite in a thread) rather than row by row in Python. A list
whose every column has its cell here exports that way; `tests/test_admin_export_sql.py` compares each such list's
CSV with its formatters' for every staff role, filtered, searched and sorted."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from admin.auth import reads_masked
from app.domain.viewer import Viewer
from app.graphql.compiled.plan_json import labels_of, named_sql
from app.graphql.compiled.sql import literal
from app.http.display_sql import CsvCell, cell_sql, japan_time_sql, quotable_cell, text_sql, typed_cell
from app.models.enums import LabeledEnum

LISTED_PLAN = "listed_plan"  # a listed row's plan, joined under a name of its own: the scope's subquery reads `plan`
UNNUMBERED = "（未申請）"  # a plan without an application number, as a list names it


@dataclass(frozen=True)
class Cells:
    """What a cell's SQL depends on: the database, the listed table as the statement names it, and who reads."""

    dialect: str
    table: str
    viewer: Viewer | None

    @property
    def mask(self) -> bool:
        return reads_masked(self.viewer)

    def column(self, name: str) -> str:
        return f"{self.table}.{name}"


CellSql = Callable[[Cells], CsvCell]  # a cell's SQL: text as the list shows it, NULL or '' for an empty cell


def stored_cell(column: str) -> CellSql:
    """A column as stored, guarded against formulas (`csv_text.neutralise`)."""
    return lambda c: typed_cell(c.dialect, text_sql(c.column(column)))


def stored_cells(*columns: str) -> dict[str, CellSql]:
    return {column: stored_cell(column) for column in columns}


def label_cell(column: str, enum_type: type[LabeledEnum]) -> CellSql:
    """`base.label`: a code as its label."""
    return lambda c: CsvCell(named_sql(c.column(column), labels_of(enum_type)))


def time_cell(column: str) -> CellSql:
    """`base.jst`."""
    return lambda c: CsvCell(japan_time_sql(c.dialect, c.column(column)))


def flag_cell(column: str) -> CellSql:
    """`export.plain` of a flag: はい・いいえ."""
    return lambda c: CsvCell(f"(CASE WHEN {c.column(column)} IS NULL THEN NULL WHEN {c.column(column)} THEN 'はい' ELSE 'いいえ' END)")


def staff_name_cell(column: str) -> CellSql:
    """`base.staff_name` of the staff member a column refers to (one lookup per row, guarded inside it)."""
    name = "COALESCE(NULLIF(s.display_name, ''), s.login_id)"

    def cell(c: Cells) -> CsvCell:
        def looked_up(expression: str) -> str:
            return f"(SELECT {expression} FROM staff_user s WHERE s.id = {c.column(column)})"

        return CsvCell(looked_up(cell_sql(c.dialect, name)), looked_up(name))

    return cell


def plan_label_sql(plan: str) -> str:
    """`plans.plan_label`: the application number (or （未申請）) and the company name."""
    number = f"COALESCE(NULLIF({plan}.application_number, ''), {literal(UNNUMBERED)})"
    return f"({number} || COALESCE(' ' || NULLIF({plan}.company_name, ''), ''))"


def listed_plan_cell(c: Cells) -> CsvCell:
    """The plan of a listed worker, attachment or event, as its link reads (never a formula: it starts with
    the application number or （未申請）)."""
    return quotable_cell(plan_label_sql(LISTED_PLAN))
