"""The CSV exports as one SQL statement each (#28): the rows the viewer may see, their labels, masks, Japan
times and neutralised formulas all computed by the database, so that a national export costs about what the
database's own CSV output does. PostgreSQL writes the CSV itself (`COPY (…) TO STDOUT`, streamed as it comes);
SQLite selects each row as its line of CSV, read on a read-only connection of the export's own, in a thread.
Memory stays flat either way: a few chunks are in flight, never the export.

The scope is the domain's (`search_plans`, embedded as SQL); the values are those of `app.domain.plans.export`
(headers) and of the compiled reads' SQL for labels, masks and the effective salary."""

from __future__ import annotations

import asyncio
import csv
import io
import os
import queue
import sqlite3
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import closing
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from app.domain.plans.search import PlanSearch, search_plans, worker_values
from app.domain.viewer import Viewer
from app.domain.visibility import plan_scope
from app.graphql.compiled.plan_json import effective_salary_sql, labels_of, masked_sql, named_sql, prefecture_names
from app.graphql.compiled.roots import Statement
from app.http.csv_text import BOM
from app.http.display_sql import CsvCell, csv_columns_sql, japan_time_sql, text_sql, typed_cell
from app.models import Plan, Worker
from app.models.conditions import database_dialect
from app.models.enums import Bureau, EmploymentStatus, JobCategory, PlanStatus, Sex

BATCH = 2000  # SQLite rows per read and per chunk
IN_FLIGHT = 8  # chunks waiting for the client at most


def _plan_cells(dialect: str) -> list[CsvCell]:
    number, company, corporate, certificate = (
        typed_cell(dialect, f"p.{column}") for column in ("application_number", "company_name", "corporate_number", "certificate_number"))
    return [number, CsvCell(named_sql("p.status", labels_of(PlanStatus))), company, corporate,
            CsvCell(named_sql("p.bureau", labels_of(Bureau))), CsvCell(named_sql("p.head_office_prefecture", prefecture_names())),
            CsvCell(japan_time_sql(dialect, "p.applied_at")), certificate, CsvCell(japan_time_sql(dialect, "p.certified_at")),
            CsvCell("p.worker_count")]


def _worker_cells(dialect: str, mask: bool) -> list[CsvCell]:
    def personal(expression: str, typed: bool = True) -> CsvCell:
        if mask:  # the mark or nothing: ours, never a formula, never quoted
            return CsvCell(f"NULLIF({masked_sql(text_sql(expression))}, '')")
        return typed_cell(dialect, expression) if typed else CsvCell(expression)

    return [typed_cell(dialect, "p.application_number"), typed_cell(dialect, "p.company_name"), personal("w.name"),
            typed_cell(dialect, "w.nationality"), personal("w.birth_date", typed=False), CsvCell(named_sql("w.sex", labels_of(Sex))),
            CsvCell(named_sql("w.job_category", labels_of(JobCategory))), CsvCell("w.work_start"), CsvCell("w.work_end"),
            CsvCell(effective_salary_sql("w", "p")), CsvCell(named_sql("w.employment_status", labels_of(EmploymentStatus))),
            personal("w.ccus_worker_id")]


@dataclass(frozen=True)
class CsvStatement:
    """An export's cells and the rest of its statement (FROM … ORDER BY …), with its values."""

    cells: list[CsvCell]
    rest: str
    values: list[Any]

    def select(self, lines: bool) -> tuple[str, list[Any]]:
        """The statement and its values: a column per cell, or (`lines`) each row's line of CSV."""
        return f"SELECT {', '.join(csv_columns_sql(self.cells, lines))} {self.rest}", self.values


def plans_statement(viewer: Viewer, search: PlanSearch, dialect: str) -> CsvStatement:
    statement = Statement()
    plans = statement.embed(search_plans(viewer, search).values())
    return CsvStatement(_plan_cells(dialect), f"FROM ({plans}) p ORDER BY p.id", statement.values)


def workers_statement(viewer: Viewer, search: PlanSearch, dialect: str) -> CsvStatement:
    # Both scopes as tables the database merges into one join (never `id IN (…)`: on PostgreSQL that was a
    # second pass over the workers and a sort of every row on disk, twice the COPY of the same columns).
    # Worker-level filters pick the workers, not only their plans.
    statement = Statement()
    workers = statement.embed(Worker.filter(**{f"{column}__in": values for column, values in worker_values(search).items()}).values())
    plans = statement.embed(search_plans(viewer, search).values())
    cells = _worker_cells(dialect, plan_scope(viewer).mask_personal_data)
    rest = f"FROM ({workers}) w JOIN ({plans}) p ON p.id = w.plan_id ORDER BY w.plan_id, w.position, w.id"
    return CsvStatement(cells, rest, statement.values)


@dataclass(frozen=True)
class Export:
    header: list[str]
    statement: Callable[[Viewer, PlanSearch, str], CsvStatement]


def _header_line(header: list[str]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(header)
    return (BOM + buffer.getvalue()).encode("utf-8")


async def csv_chunks(export: Export, viewer: Viewer, search: PlanSearch) -> AsyncIterator[bytes]:
    """The export's body as chunks of UTF-8 CSV (BOM and header first, lines ending in LF)."""
    async for chunk in statement_csv(export.header, export.statement(viewer, search, database_dialect()).select):
        yield chunk


Selected = Callable[[bool], tuple[str, list[Any]]]  # a statement and its values: cells, or (True) lines of CSV


async def statement_csv(header: list[str], select: Selected) -> AsyncIterator[bytes]:
    """A statement's rows as chunks of UTF-8 CSV, written by the database (BOM and header first, lines ending
    in LF): the API's exports and the admin lists' (`admin.export`). PostgreSQL's COPY writes the cells; SQLite
    selects each row's line (`display_sql.csv_line_sql`)."""
    client: Any = Plan._meta.db
    postgres = database_dialect() == "postgres"
    sql, values = select(not postgres)
    yield _header_line(header)
    rows = _postgres_copy(client, sql, values) if postgres else _sqlite_lines(client, sql, values)
    async for chunk in rows:
        yield chunk


async def _postgres_copy(client: Any, sql: str, values: list[Any]) -> AsyncIterator[bytes]:
    """PostgreSQL's own CSV of the statement, passed on chunk by chunk (at most IN_FLIGHT held)."""
    chunks: asyncio.Queue[bytes | BaseException | None] = asyncio.Queue(IN_FLIGHT)

    async def keep(chunk: bytes | bytearray | memoryview) -> None:
        await chunks.put(bytes(chunk))  # asyncpg reuses its buffer

    async def copy() -> None:
        try:
            async with client.acquire_connection() as connection:
                await connection.copy_from_query(sql, *values, output=keep, format="csv")
            await chunks.put(None)
        except BaseException as error:  # noqa: BLE001 - handed to the reader, which raises it
            await chunks.put(error)

    task = asyncio.create_task(copy())
    try:
        while (chunk := await chunks.get()) is not None:
            if isinstance(chunk, BaseException):
                raise chunk
            yield chunk
    finally:
        if not task.done():  # the client went away: stop copying
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)


def read_only_uri(path: str) -> str:
    """A database file as a read-only SQLite URI, whatever its name holds (`?`, `#`, `%`, a leading `//`)."""
    return "file:///" + quote(os.path.abspath(path).lstrip("/")) + "?mode=ro"


def _sqlite_csv(path: str, sql: str, values: list[Any], chunks: queue.Queue[bytes | BaseException | None], stop: threading.Event) -> None:
    """In a thread of its own: the lines SQLite writes, BATCH at a time."""
    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as connection:
            cursor = connection.execute(sql, values)
            while not stop.is_set() and (rows := cursor.fetchmany(BATCH)):
                text = "\n".join([row[0] for row in rows]) + "\n"
                while not stop.is_set():
                    try:
                        chunks.put(text.encode("utf-8"), timeout=0.5)
                        break
                    except queue.Full:
                        continue
        chunks.put(None)
    except BaseException as error:  # noqa: BLE001 - handed to the reader, which raises it
        chunks.put(error)


async def _sqlite_lines(client: Any, sql: str, values: list[Any]) -> AsyncIterator[bytes]:
    """SQLite's rows on a read-only connection of the export's own, in a thread (the application's connection
    and the event loop stay free), at most IN_FLIGHT chunks ahead of the client."""
    chunks: queue.Queue[bytes | BaseException | None] = queue.Queue(IN_FLIGHT)
    stop = threading.Event()
    reader = threading.Thread(target=_sqlite_csv, args=(client.filename, sql, values, chunks, stop), daemon=True)
    reader.start()
    try:
        while (chunk := await asyncio.to_thread(chunks.get)) is not None:
            if isinstance(chunk, BaseException):
                raise chunk
            yield chunk
    finally:
        stop.set()  # the client went away, or the export is done
