"""The admin panel at national scale (#28, goal 5). Run by hand on a database seeded by `bench.run`:

    .venv/bin/python -m bench.admin --database-url postgres://…/b100k

It serves shuro on 127.0.0.1, logs in as MLIT staff as a browser does (the form's CSRF token, then the post)
and walks the pages a reviewer and an analyst open: the queue, a plan's page, each list's first page and a
filtered list, ROUNDS times each, printing p50 and p95; then it downloads the worker list's CSV export."""

from __future__ import annotations

import argparse
import os
import re
import sys
import time

import httpx

from bench.load import print_table, serve, server_env
from bench.run import percentile

LISTS = ("plan", "change-application", "worker-report", "worker", "attachment", "plan-event", "company-account", "staff-user")
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "20"))


def _log_in(client: httpx.Client, login_id: str) -> None:
    form = client.get("/admin/login").text
    token = re.search(r'name="csrf" value="([^"]+)"', form)
    assert token, "no CSRF token on the login page"
    answer = client.post("/admin/login", data={"username": login_id, "password": "Demo2026pass", "csrf": token.group(1)})
    assert answer.status_code in (302, 303), answer.status_code


def _timed(client: httpx.Client, path: str) -> list[float]:
    client.get(path)  # warm
    times = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        response = client.get(path)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (path, response.status_code)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description="admin pages at scale (127.0.0.1 only)")
    parser.add_argument("--database-url", required=True, help="a database seeded by bench.run")
    parser.add_argument("--port", type=int, default=18800 + os.getpid() % 100)
    args = parser.parse_args()
    server = serve(server_env(args.database_url), args.port)
    rows = []
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{args.port}", timeout=600) as client:
            _log_in(client, "demo-mlit")
            queue = client.get("/admin/plan/queue").text
            plan_page = re.search(r'href="[^"]*?(/admin/plan/details/\d+)', queue)
            assert plan_page, "the queue lists no plan"
            pages = [("queue", "/admin/plan/queue"), ("queue, page 20", "/admin/plan/queue?page=20"),
                     ("a plan's page", plan_page.group(1)),
                     *((f"list: {name}", f"/admin/{name}/list") for name in LISTS),
                     ("filtered list: plans 審査中 in 関東", "/admin/plan/list?status=UNDER_REVIEW&bureau=KANTO"),
                     ("searched list: workers ベトナム", "/admin/worker/list?search=ベトナム")]
            for name, path in pages:
                times = _timed(client, path)
                rows.append((name, f"p50 {percentile(times, 0.5):.0f} ms, p95 {percentile(times, 0.95):.0f} ms"))
            started, size = time.perf_counter(), 0
            with client.stream("GET", "/admin/worker/export/csv") as response:
                response.raise_for_status()
                for chunk in response.iter_bytes():
                    size += len(chunk)
            rows.append(("worker list CSV export", f"{time.perf_counter() - started:.2f} s, {size / 1e6:.1f} MB"))
    finally:
        server.terminate()
        server.wait(timeout=20)
    print_table(f"shuro admin panel — {'SQLite' if args.database_url.startswith('sqlite') else 'PostgreSQL'}, "
                f"{os.cpu_count()} cores, {ROUNDS} requests each", rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
