"""CSV exports of the admin lists (F1, issue #14): exactly the rows the list shows (scope, filters,
search, sort, masking), with plain cell values (a plan as its application number and company name, as the list
shows it, never HTML), a Japanese dated file name, and the real condition recorded.

A list whose every column has its cell in SQL (`export_cells`) is written by the database from the list's own
statement (#28: a national worker list); the others are read from one cursor a batch at a time and formatted
by the list's formatters."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import sqlalchemy as sa
from markupsafe import Markup
from sqlalchemy.orm import selectinload
from starlette.requests import Request
from starlette.responses import StreamingResponse

from admin.auth import current_viewer
from admin.export_cells import LISTED_PLAN, Cells
from admin.tables import mapped
from app.domain import clock
from app.http.csv_text import csv_stream
from app.http.display_sql import csv_columns_sql
from app.http.export_statements import statement_csv
from app.models.conditions import database_dialect

if TYPE_CHECKING:
    from admin.views.base import ShuroView

BATCH = 500


@dataclass(frozen=True)
class ListedRows:
    """The list page's statement, to be read in batches, and what it was asked in words."""

    statement: sa.Select
    condition: str


async def listed_rows(view: ShuroView, request: Request) -> ListedRows:
    """The statement of the list page as this request asks it, as sqladmin's list page builds it."""
    stmt = view.list_query(request)
    said: list[str] = []
    for list_filter in view.get_filters():
        value = request.query_params.get(list_filter.parameter_name)
        if value:
            stmt = await list_filter.get_filtered_query(stmt, value, view.model)
            shown = dict(await list_filter.lookups(request, view.model, view._run_arbitrary_query)).get(value, value)
            said.append(f"{list_filter.title}：{shown}")
    stmt = view.sort_query(stmt, request)
    if sort_by := request.query_params.get("sortBy"):
        direction = "降順" if request.query_params.get("sort") == "desc" else "昇順"
        said.append(f"並び順：{view._column_labels.get(sort_by, sort_by)}（{direction}）")
    if search := request.query_params.get("search"):
        stmt = view.search_query(stmt, search)
        said.append(f"検索：「{search}」")
    return ListedRows(stmt, "、".join(said) or "（条件なし）")


def plain(value: Any) -> Any:
    if isinstance(value, Markup):
        return value.striptags()
    if isinstance(value, bool):
        return "はい" if value else "いいえ"
    return "" if value is None else value


def cell(value: Any, formatted: Any) -> Any:
    """A list cell as CSV text: what the list shows, a flag (an icon on the list) as はい・いいえ."""
    return plain(value if isinstance(value, bool) else formatted)


def cells_statement(view: ShuroView, rows: ListedRows, request: Request, lines: bool) -> tuple[str, list[Any]]:
    """The list's statement selecting its cells as the list shows them, compiled for the database with its
    values in order (the list's filters and search are values, never SQL text); with `lines` (SQLite), each
    row as its line of CSV."""
    engine = view.session_maker.kw["bind"]
    table = view.model.__table__
    context = Cells(database_dialect(), engine.dialect.identifier_preparer.format_table(table), current_viewer(request))
    cells = [view.column_sql[name](context) for name in view._export_prop_names]
    columns = [sa.literal_column(column) for column in csv_columns_sql(cells, lines)]
    statement = rows.statement.with_only_columns(*columns, maintain_column_froms=True)
    if "plan" in view._export_prop_names and "plan_id" in table.c:
        plan = mapped["Plan"].__table__.alias(LISTED_PLAN)
        statement = statement.select_from(table.join(plan, plan.c.id == table.c.plan_id))
    compiled = statement.compile(dialect=engine.dialect, compile_kwargs={"render_postcompile": True})
    processors = compiled._bind_processors  # how SQLAlchemy would pass each value to the driver
    values = [processors[key](compiled.params[key]) if key in processors else compiled.params[key] for key in compiled.positiontup or ()]
    return compiled.string, values


def written_by_database(view: type[ShuroView] | ShuroView) -> bool:
    return all(name in view.column_sql for name in view.column_export_list)


async def export_response(view: ShuroView, rows: ListedRows, request: Request) -> StreamingResponse:
    names = list(view._export_prop_names)
    header = [str(view._column_labels.get(name, name)) for name in names]

    async def batches() -> AsyncIterator[list[list[object]]]:
        """The list's statement read once, on a server-side cursor, BATCH rows at a time (#28: reading it page
        by page with OFFSET made a national export quadratic)."""
        statement = rows.statement
        for relation in view._list_relations:  # what the list shows of related rows, loaded with it
            statement = statement.options(selectinload(relation))
        async with view.session_maker(expire_on_commit=False) as session:
            result = await session.stream(statement.execution_options(yield_per=BATCH))
            async for partition in result.scalars().partitions(BATCH):
                yield [[cell(*(await view.get_list_value(row, name, request))) for name in names] for row in partition]

    if written_by_database(view):
        body = statement_csv(header, partial(cells_statement, view, rows, request))
    else:
        body = csv_stream(header, batches())
    day = clock.to_jst(clock.now()).strftime("%Y%m%d")
    file_name = f"{view.name_plural}_{day}.csv"
    disposition = f"attachment; filename=\"{view.identity}_{day}.csv\"; filename*=UTF-8''{quote(file_name)}"
    return StreamingResponse(
        body,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": disposition, "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store"},
    )
