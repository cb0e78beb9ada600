"""National exports against the database's own CSV (#28, goal 2). Run by hand on a database seeded by
`bench.run` (PostgreSQL or SQLite):

    .venv/bin/python -m bench.exports --database-url postgres://…/b100k
    .venv/bin/python -m bench.exports --database-url sqlite:///tmp/…/bench.sqlite3

It serves shuro on 127.0.0.1, downloads `/export/workers.csv` and `/export/plans.csv` as MLIT staff (every
plan, masks off) and as an analyst (masks on), and the admin panel's worker list CSV as MLIT staff, timing each and sampling the server's resident memory while
it streams; then it times the floor, the database writing the same rows as CSV itself (`COPY (SELECT …) TO
STDOUT WITH CSV` on PostgreSQL, the `sqlite3` command line's `-csv` on SQLite), once for the raw columns and
once for the export's own statement (labels, masks, Japan times)."""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

from bench.admin import _log_in
from bench.load import print_table, serve, server_env

FLOOR_WORKERS = ("SELECT p.application_number, p.company_name, w.name, w.nationality, w.birth_date, w.sex, w.job_category, "
                 "w.work_start, w.work_end, w.salary_amount, w.employment_status, w.ccus_worker_id "
                 "FROM worker w JOIN plan p ON p.id = w.plan_id "
                 "WHERE p.status NOT IN ('DRAFT', 'WITHDRAWN', 'REMANDED') ORDER BY w.plan_id, w.position, w.id")
FLOOR_PLANS = ("SELECT application_number, status, company_name, corporate_number, bureau, head_office_prefecture, applied_at, "
               "certificate_number, certified_at, worker_count FROM plan "
               "WHERE status NOT IN ('DRAFT', 'WITHDRAWN', 'REMANDED') ORDER BY id")
# The admin worker list's columns (氏名, 国籍, 職種, 就労予定期間, 従事状況, 受入計画) in the list's order.
FLOOR_ADMIN_WORKERS = ("SELECT w.name, w.nationality, w.job_category, w.work_start, w.work_end, w.employment_status, "
                       "p.application_number, p.company_name FROM worker w JOIN plan p ON p.id = w.plan_id "
                       "WHERE p.status NOT IN ('DRAFT', 'WITHDRAWN', 'REMANDED') ORDER BY w.id")
ROUNDS = 5


def _rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def _download(base: str, path: str, credentials: str | httpx.Cookies, pid: int) -> tuple[float, int, int, int]:
    """Seconds, bytes, lines, and the server's largest resident memory growth (KiB) while streaming."""
    before, peak, done = _rss_kib(pid), 0, threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _rss_kib(pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    started, size, lines = time.perf_counter(), 0, 0
    sent: dict = {"headers": {"Authorization": f"Bearer {credentials}"}} if isinstance(credentials, str) else {"cookies": credentials}
    with httpx.stream("GET", f"{base}{path}", timeout=600, **sent) as response:
        response.raise_for_status()
        for chunk in response.iter_bytes():
            size += len(chunk)
            lines += chunk.count(b"\n")
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    return seconds, size, lines, max(0, peak - before)


async def _postgres_floor(url: str, sql: str) -> tuple[float, int]:
    import asyncpg

    connection = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
    size = 0

    async def count(chunk: bytes) -> None:
        nonlocal size
        size += len(chunk)

    try:
        started = time.perf_counter()
        await connection.copy_from_query(sql, output=count, format="csv")
        return time.perf_counter() - started, size
    finally:
        await connection.close()


def _sqlite_floor(path: str, sql: str) -> tuple[float, int]:
    if shutil.which("sqlite3") is None:
        raise RuntimeError("the sqlite3 command line is needed for the SQLite floor (Debian: apt-get install sqlite3)")
    started = time.perf_counter()
    result = subprocess.run(["sqlite3", "-csv", path, sql], check=True, capture_output=True)
    return time.perf_counter() - started, len(result.stdout)


async def _own_statements(url: str) -> dict[str, str]:
    """The statements the server runs for MLIT staff, with their values written in (ours: statuses, never a client's)."""
    from app.domain.accounts.sessions import viewer_of_staff
    from app.domain.plans.search import PlanSearch
    from app.http.export_statements import plans_statement, workers_statement
    from app.infra.database import database
    from app.models import StaffUser

    dialect = "sqlite" if url.startswith("sqlite") else "postgres"
    async with database(url, migrate=False):
        viewer = viewer_of_staff(await StaffUser.get(login_id="demo-mlit"))
        exports = {"workers": workers_statement(viewer, PlanSearch(), dialect), "plans": plans_statement(viewer, PlanSearch(), dialect)}
        statements = {name: export.select(False) for name, export in exports.items()}
        statements["admin workers"] = await _admin_statement(url, viewer)
    written = {}
    for name, (sql, values) in statements.items():
        for number, value in reversed(list(enumerate(values, start=1))):
            text = str(value) if isinstance(value, int) else "'" + str(value).replace("'", "''") + "'"
            sql = sql.replace(f"${number}", text) if dialect == "postgres" else sql
        if dialect == "sqlite":
            for value in values:
                sql = sql.replace("?", str(value) if isinstance(value, int) else "'" + str(value).replace("'", "''") + "'", 1)
        written[name] = sql
    return written


async def _admin_statement(url: str, viewer: object) -> tuple[str, list]:
    """The admin worker list's CSV statement for MLIT staff, as the list with no condition builds it."""
    from sqlalchemy.ext.asyncio import async_sessionmaker
    from starlette.requests import Request

    from admin import create_engine
    from admin.export import cells_statement, listed_rows
    from admin.views.plans import WorkerAdmin

    view = WorkerAdmin()
    engine = create_engine(url)
    view.session_maker = async_sessionmaker(bind=engine)
    request = Request({"type": "http", "method": "GET", "path": "/", "query_string": b"", "headers": [], "state": {"viewer": viewer}})
    try:
        return cells_statement(view, await listed_rows(view, request), request, lines=False)
    finally:
        await engine.dispose()


async def _tokens(url: str) -> tuple[str, str]:
    from app.domain.accounts.authentication import log_in
    from app.domain.accounts.passwords import configure_hashing
    from app.infra.database import database

    configure_hashing(3, 65536)
    async with database(url, migrate=False):
        return (await log_in("demo-mlit", "Demo2026pass", None)).token, (await log_in("demo-analyst", "Demo2026pass", None)).token


def main() -> int:
    parser = argparse.ArgumentParser(description="CSV exports against the database's own CSV (127.0.0.1 only)")
    parser.add_argument("--database-url", required=True, help="a database seeded by bench.run")
    parser.add_argument("--port", type=int, default=18700 + os.getpid() % 100)
    args = parser.parse_args()
    url = args.database_url
    mlit, analyst = asyncio.run(_tokens(url))
    own = asyncio.run(_own_statements(url))
    sqlite = url.startswith("sqlite")
    floor_name = "sqlite3 -csv" if sqlite else "COPY … TO STDOUT"

    def floor(sql: str) -> tuple[float, int]:
        return _sqlite_floor(url.split("://", 1)[1], sql) if sqlite else asyncio.run(_postgres_floor(url, sql))

    server = serve(server_env(url), args.port)
    measured: dict[str, list[tuple[float, int, int, int]]] = {}
    try:
        base = f"http://127.0.0.1:{args.port}"
        with httpx.Client(base_url=base, timeout=60) as browser:
            _log_in(browser, "demo-mlit")
            admin_session = browser.cookies
        exports = (("workers", "/export/workers.csv", FLOOR_WORKERS, (("MLIT", mlit), ("analyst", analyst))),
                   ("plans", "/export/plans.csv", FLOOR_PLANS, (("MLIT", mlit),)),
                   ("admin workers", "/admin/worker/export/csv", FLOOR_ADMIN_WORKERS, (("MLIT", admin_session),)))
        # Rounds alternate each export with its floors: on a shared machine the speed drifts over minutes.
        for _ in range(ROUNDS):
            for name, path, floor_sql, downloads in exports:
                for who, token in downloads:
                    measured.setdefault(f"{path} ({who})", []).append(_download(base, path, token, server.pid))
                for what, sql in (("raw columns", floor_sql), ("the export's statement", own[name])):
                    seconds, size = floor(sql)
                    measured.setdefault(f"{name}: {floor_name}, {what}", []).append((seconds, size, 0, 0))
    finally:
        server.terminate()
        server.wait(timeout=20)
    rows = []
    for label, runs in measured.items():
        seconds = sorted(run[0] for run in runs)
        size = f"{runs[0][1] / 1e6:.1f} MB"
        timing = f"{seconds[0]:.2f} s best, {statistics.median(seconds):.2f} s median of {ROUNDS}"
        if label.startswith("/"):
            rows.append((label, f"{runs[0][2] - 1:,} rows, {size}", f"{timing}, server memory +{max(run[3] for run in runs) / 1024:.0f} MiB"))
        else:
            rows.append((label, size, timing))
    print_table(f"shuro exports — {'SQLite' if sqlite else 'PostgreSQL'}, {os.cpu_count()} cores", rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
