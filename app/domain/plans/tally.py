"""The statistics cube (F3, issue #16): `plan_tally` keeps plans and workers per cell, so a breakdown
sums cells instead of joining every visible plan to its workers.

Writes never touch the cube. The database's triggers (migration 9) note the cells that a committed
write to `plan` or `worker` touched in `plan_tally_change`; `refresh_tally` takes those notes and
counts just their cells again, from the plans and workers as they are now. Every read refreshes
first, so the cube is as current as the rows it counts, whoever wrote them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.functions import Coalesce, Sum
from tortoise.queryset import QuerySet, ValuesQuery
from tortoise.transactions import in_transaction

from app.models import Plan, PlanTally, PlanTallyChange
from app.models.conditions import database_dialect

# The plan's columns a cell is keyed by; each plan is in exactly one such cell.
PLAN_COLUMNS = ("status", "bureau", "prefecture", "applied_month")
# Worker attributes; a grain is the bit set of the ones its cells are keyed by (bit i: WORKER_COLUMNS[i]).
WORKER_COLUMNS = ("nationality", "job_category", "employment_status")
GRAINS = range(1 << len(WORKER_COLUMNS))
# Changed cells are counted again this many per statement; past REBUILD_ABOVE of them, counting
# everything again is cheaper (#28: a flood of transitions touches a few plans in each of many cells,
# and counting all 100 000 plans again took 4 s of a core where 600 cells took a few ms).
CELLS_PER_STATEMENT = 200
REBUILD_ABOVE = 5000
# The served process also refreshes in the background, so a read after writes seldom waits for it.
REFRESH_INTERVAL_SECONDS = 30.0
# Any constant: the PostgreSQL advisory lock that one refresh holds at a time.
REFRESH_LOCK_KEY = 7_160_016


def japan_month(dialect: str, column: str) -> str:
    """SQL for the month of a stored UTC date-time in Japan time, as YYYY-MM."""
    if dialect == "postgres":
        return f"to_char({column} AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM')"
    return f"strftime('%Y-%m', {column}, '+9 hours')"


def grain_of(columns: Sequence[str]) -> int:
    return sum(1 << index for index, column in enumerate(WORKER_COLUMNS) if column in columns)


def _cell_key_sql(dialect: str) -> list[str]:
    return ["p.status", "COALESCE(p.bureau, '')", "COALESCE(p.head_office_prefecture, '')",
            f"COALESCE({japan_month(dialect, 'p.applied_at')}, '')"]


def _count_cells_sql(dialect: str, where: str) -> str:
    """INSERT of the cells of every grain for the plans that `where` keeps (on `p`)."""
    grains = " UNION ALL ".join(f"SELECT {grain} AS grain" for grain in GRAINS)
    workers = [f"CASE WHEN (g.grain & {1 << i}) <> 0 THEN COALESCE(w.{c}, '') ELSE '' END" for i, c in enumerate(WORKER_COLUMNS)]
    columns = ", ".join(("grain", *PLAN_COLUMNS, *WORKER_COLUMNS))
    keys = ", ".join(["g.grain", *_cell_key_sql(dialect), *workers])
    positions = ", ".join(str(n) for n in range(1, 2 + len(PLAN_COLUMNS) + len(WORKER_COLUMNS)))
    return (
        f"INSERT INTO plan_tally ({columns}, plans, workers) "
        f"SELECT {keys}, COUNT(DISTINCT p.id), COUNT(w.id) "
        f"FROM plan p LEFT JOIN worker w ON w.plan_id = p.id CROSS JOIN ({grains}) g "
        f"WHERE {where} GROUP BY {positions}"
    )


def _placeholders(dialect: str, first: int, count: int) -> str:
    if dialect == "postgres":
        return ", ".join(f"${n}" for n in range(first, first + count))
    return ", ".join("?" for _ in range(count))


def _keys_values_sql(dialect: str, keys: Sequence[tuple[str, ...]]) -> str:
    width = len(PLAN_COLUMNS)
    return ", ".join(f"({_placeholders(dialect, 1 + index * width, width)})" for index in range(len(keys)))


def _month_bounds(month: str) -> tuple[date, date]:
    """Dates around a YYYY-MM month, a day wider on each side than the month in Japan time (in UTC
    it starts the evening before); only to narrow the search, the month itself is compared exactly."""
    year, number = int(month[:4]), int(month[5:7])
    first = date(year, number, 1)
    following = date(year + number // 12, number % 12 + 1, 1)
    return first - timedelta(days=1), following + timedelta(days=1)


def _narrowing(dialect: str, key: tuple[str, ...], first: int) -> tuple[str, list[Any]]:
    """A condition that the plans of the cell `key` meet, answered from the plan's indexes on state,
    prefecture and application date; parameters numbered from `first`."""
    status, _, prefecture, month = key
    conditions, values = ["p.status = {}"], [status]
    if prefecture:
        conditions.append("p.head_office_prefecture = {}")
        values.append(prefecture)
    if month:
        after, before = _month_bounds(month)
        conditions += ["p.applied_at >= {}", "p.applied_at < {}"]
        # SQLite keeps date-times as ISO text, which a date compares with as its prefix.
        values += [datetime.combine(d, time.min, timezone.utc) if dialect == "postgres" else d.isoformat() for d in (after, before)]
    marks = _placeholders(dialect, first, len(values)).split(", ")
    return "(" + " AND ".join(c.format(m) for c, m in zip(conditions, marks)) + ")", values


async def _count_again(connection: BaseDBAsyncClient, dialect: str, keys: Sequence[tuple[str, ...]]) -> None:
    values: list[Any] = [value for key in keys for value in key]
    listed = _keys_values_sql(dialect, keys)
    await connection.execute_query(f"DELETE FROM plan_tally WHERE ({', '.join(PLAN_COLUMNS)}) IN (VALUES {listed})", values)
    narrowings = []
    for key in keys:
        condition, more = _narrowing(dialect, key, len(values) + 1)
        narrowings.append(condition)
        values += more
    # In the order of `values`: SQLite numbers its placeholders as they appear.
    where = f"({', '.join(_cell_key_sql(dialect))}) IN (VALUES {listed}) AND ({' OR '.join(narrowings)})"
    await connection.execute_query(_count_cells_sql(dialect, where), values)


async def _count_everything(connection: BaseDBAsyncClient, dialect: str) -> None:
    await connection.execute_query("DELETE FROM plan_tally")
    await connection.execute_query(_count_cells_sql(dialect, "1 = 1"))


@asynccontextmanager
async def _one_refresh_at_a_time(dialect: str) -> AsyncIterator[BaseDBAsyncClient]:
    """A transaction that no other refresh runs beside (SQLite has one writer anyway)."""
    async with in_transaction(Plan._meta.default_connection) as connection:
        if dialect == "postgres":
            await connection.execute_query("SELECT pg_advisory_xact_lock($1)", [REFRESH_LOCK_KEY])
        yield connection


async def refresh_tally() -> int:
    """Count again the cells that committed writes touched since the last refresh; the number of
    cells. One refresh at a time: the notes it takes are gone for the next one."""
    if not await PlanTallyChange.exists():
        return 0
    dialect = database_dialect()
    async with _one_refresh_at_a_time(dialect) as connection:
        # Taken before counting: a note committed after this is left for the next refresh, and
        # what this one counts was committed no later than the notes it took.
        rows = await connection.execute_query_dict(f"DELETE FROM plan_tally_change RETURNING {', '.join(PLAN_COLUMNS)}")
        keys = sorted({tuple(row[c] for c in PLAN_COLUMNS) for row in rows})
        if len(keys) > REBUILD_ABOVE:
            await _count_everything(connection, dialect)
        else:
            for start in range(0, len(keys), CELLS_PER_STATEMENT):
                await _count_again(connection, dialect, keys[start:start + CELLS_PER_STATEMENT])
    return len(keys)


async def rebuild_tally() -> None:
    """Count every cell again (after a bulk load, or to repair)."""
    dialect = database_dialect()
    async with _one_refresh_at_a_time(dialect) as connection:
        await connection.execute_query("DELETE FROM plan_tally_change")
        await _count_everything(connection, dialect)


@dataclass(frozen=True)
class CellFilter:
    """Which cells a breakdown adds up: every condition holds together; None places no condition."""

    statuses: tuple[str, ...] | None = None
    hidden_statuses: tuple[str, ...] = ()
    bureaus: tuple[str, ...] | None = None
    prefectures: tuple[str, ...] | None = None
    months_from: str | None = None  # YYYY-MM, inclusive; a plan never applied for has no month
    months_to: str | None = None
    # A worker attribute (WORKER_COLUMNS) and its one value: the plans with such a worker. A cell keyed by
    # one counts a plan once but only its workers with the value, so only plan counts may use these.
    workers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Tally:
    key: tuple[str, ...]
    plans: int
    workers: int


def cells_of_grain(columns: Sequence[str], cells: CellFilter) -> QuerySet[PlanTally]:
    """The cells that a breakdown by `columns` adds up, as they stand (no refresh)."""
    query = PlanTally.filter(grain=grain_of([*columns, *(column for column, _ in cells.workers)]))
    conditions: dict[str, Any] = dict(cells.workers)
    if cells.statuses is not None:
        conditions["status__in"] = list(cells.statuses)
    if cells.hidden_statuses:
        conditions["status__not_in"] = list(cells.hidden_statuses)
    if cells.bureaus is not None:
        conditions["bureau__in"] = list(cells.bureaus)
    if cells.prefectures is not None:
        conditions["prefecture__in"] = list(cells.prefectures)
    if cells.months_from is not None:
        conditions["applied_month__gte"] = cells.months_from
    if cells.months_to is not None:
        conditions["applied_month__lte"] = cells.months_to
    if cells.months_from is not None or cells.months_to is not None:
        query = query.exclude(applied_month="")
    return query.filter(**conditions)


def applied_plans_total(cells: CellFilter) -> ValuesQuery[Any]:
    """The number of plans applied for in the cells, as a query of one row and column; it is right
    only while nothing waits in `plan_tally_change` (see `PENDING_CHANGES_SQL`)."""
    counted = cells_of_grain((), cells).exclude(applied_month="").annotate(total=Coalesce(Sum("plans"), 0))
    return counted.values("total")


# True while some committed write is not yet counted into the cells.
PENDING_CHANGES_SQL = "EXISTS (SELECT 1 FROM plan_tally_change)"


async def tally(columns: Sequence[str], cells: CellFilter) -> list[Tally]:
    """Plans and workers grouped by `columns` (of PLAN_COLUMNS and WORKER_COLUMNS), current as of now."""
    assert not cells.workers, "a cell keyed by a worker attribute counts only the workers with it"
    await refresh_tally()
    query = cells_of_grain(columns, cells).annotate(plan_total=Sum("plans"), worker_total=Sum("workers"))
    if not columns:
        rows = await query.values("plan_total", "worker_total")
        return [Tally(key=(), plans=int(rows[0]["plan_total"] or 0), workers=int(rows[0]["worker_total"] or 0))]
    rows = await query.group_by(*columns).values(*columns, "plan_total", "worker_total")
    return [Tally(key=tuple(row[c] for c in columns), plans=int(row["plan_total"]), workers=int(row["worker_total"])) for row in rows]
