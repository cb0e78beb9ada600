"""One command for the numbers the product is judged on (issue #7). Run by hand, never in tests:

    .venv/bin/python -m bench.run                       # fresh SQLite under a temp folder
    .venv/bin/python -m bench.run --database-url postgres://user@127.0.0.1:5432/empty_db

It seeds the demo data (timing `seed-demo`), adds one company whose plan has 5 workers and 30
attachments, starts the server, and sends a bounded load on 127.0.0.1 only. It prints a table:
requests/s of the staff queue and of `myPlan` through GraphQL against a plain Starlette JSON route
(the floor), SQL statements per request, and p50/p95 of statistics and filtered searches.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
QUEUE_QUERY = """query { plans(first: 50) { totalCount edges { cursor node { id applicationNumber status companyName queuedAt
  workers { id name nationality } } } } }"""
MY_PLAN_QUERY = """query { myPlan { id applicationNumber status companyName queuedAt workers { id name nationality }
  attachments { id fileName size } } }"""
STATISTICS = [
    ["STATUS"], ["BUREAU", "STATUS"], ["PREFECTURE"], ["NATIONALITY"], ["JOB_CATEGORY", "APPLIED_MONTH"],
]
SEARCHES = [
    {"statuses": ["CERTIFIED"], "bureaus": ["KANTO"]}, {"prefectures": ["13", "14"]}, {"companyName": "東和"},
    {"nationalities": ["PH"]}, {"appliedFrom": "2026-01-01", "appliedTo": "2026-06-30"}, {"licenseNumber": "123456"},
    {"jobCategories": ["LIFELINE"], "statuses": ["UNDER_REVIEW"]},
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


async def _prepare(url: str, upload_dir: Path) -> tuple[str, str]:
    """A bench company (5 workers, 30 attachments) and tokens for it and for MLIT staff."""
    from app.domain import clock
    from app.domain.accounts.authentication import log_in
    from app.domain.accounts.sessions import viewer_of_company
    from app.domain.plans.attachments import add_attachment
    from app.domain.plans.draft import save_plan_draft
    from app.infra.database import database
    from app.infra.storage import FolderStorage
    from app.models import CompanyAccount
    from tests.plan_builder import PDF, BytesSource, complete_changes

    async with database(url, migrate=False):
        company = await CompanyAccount.create(
            login_id="bench-company", license_authority="MINISTER", license_number="999999", license_key="MINISTER:999999:bench",
            license_text="国土交通大臣許可(般-1)第999999号", company_name="ベンチ建設株式会社", email="bench@example.jp",
            password_hash=(await CompanyAccount.get(login_id="demo-000001")).password_hash,
            password_changed_at=clock.now(),
        )
        viewer = viewer_of_company(company)
        await save_plan_draft(viewer, complete_changes(workers=5))
        for n in range(30):
            await add_attachment(viewer, FolderStorage(upload_dir), BytesSource(PDF + str(n).encode()), f"{n}.pdf", None, "REMARKS")
        company_token = (await log_in("bench-company", "Demo2026pass", None)).token
        staff_token = (await log_in("demo-mlit", "Demo2026pass", None)).token
        return company_token, staff_token


async def _load(client: httpx.AsyncClient, method: str, path: str, token: str, body: dict | None, requests: int, concurrency: int) -> tuple[float, float]:
    """requests/s and p95 latency (ms) for a bounded number of requests."""
    latencies: list[float] = []
    queue: asyncio.Queue[int] = asyncio.Queue()
    for n in range(requests):
        queue.put_nowait(n)

    async def worker() -> None:
        while not queue.empty():
            queue.get_nowait()
            started = time.perf_counter()
            response = await client.request(method, path, json=body, headers={"Authorization": f"Bearer {token}"})
            assert response.status_code == 200 and "errors" not in response.json(), response.text[:300]
            latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return requests / (time.perf_counter() - started), percentile(latencies, 0.95) * 1000


async def _timings(client: httpx.AsyncClient, token: str, bodies: list[dict], rounds: int) -> tuple[float, float]:
    latencies = []
    for _ in range(rounds):
        for body in bodies:
            started = time.perf_counter()
            response = await client.post("/graphql", json=body, headers={"Authorization": f"Bearer {token}"})
            assert response.status_code == 200 and "errors" not in response.json(), response.text[:300]
            latencies.append((time.perf_counter() - started) * 1000)
    return percentile(latencies, 0.5), percentile(latencies, 0.95)


async def _statements(url: str, company_token: str, staff_token: str) -> dict[str, int]:
    """SQL statements per request, counted in process from Tortoise's query log."""
    from starlette.routing import Route

    from app.http.app import create_app
    from app.infra.settings import load_settings
    from bench.floor_app import my_plan, queue
    from tests.query_count import count_queries

    settings = load_settings({"SHURO_DATABASE_URL": url, "SHURO_SECRET_KEY": "bench", "SHURO_ENV": "development"}, dotenv=None)
    app = create_app(settings.with_overrides(outbox_sender=False))
    app.router.routes.extend([Route("/bench/queue", queue), Route("/bench/my-plan", my_plan)])
    counts = {}
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench") as client:
            for name, method, path, token, body in (
                ("queue GraphQL", "POST", "/graphql", staff_token, {"query": QUEUE_QUERY}),
                ("queue floor", "GET", "/bench/queue", staff_token, None),
                ("myPlan GraphQL", "POST", "/graphql", company_token, {"query": MY_PLAN_QUERY}),
                ("myPlan floor", "GET", "/bench/my-plan", company_token, None),
            ):
                await client.request(method, path, json=body, headers={"Authorization": f"Bearer {token}"})  # warm
                with count_queries() as statements:
                    await client.request(method, path, json=body, headers={"Authorization": f"Bearer {token}"})
                counts[name] = len(statements)
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description="shuro benchmark (bounded load on 127.0.0.1)")
    parser.add_argument("--companies", type=int, default=25000)
    parser.add_argument("--database-url", help="an empty PostgreSQL database; default: a fresh SQLite file")
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="shuro-bench-"))
    url = args.database_url or f"sqlite://{work / 'bench.sqlite3'}"
    env = {**os.environ, "SHURO_DATABASE_URL": url, "SHURO_UPLOAD_DIR": str(work / "uploads"), "SHURO_ENV": "development",
           "SHURO_SECRET_KEY": "bench-secret", "SHURO_MAINTENANCE": ""}
    os.environ.update(env)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "app", "seed-demo", "--companies", str(args.companies)], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=work)
    seed_seconds = time.perf_counter() - started
    from app.domain.accounts.passwords import configure_hashing

    configure_hashing(3, 65536)
    company_token, staff_token = asyncio.run(_prepare(url, work / "uploads"))
    statements = asyncio.run(_statements(url, company_token, staff_token))

    port = 18000 + os.getpid() % 1000
    server = subprocess.Popen([sys.executable, "-m", "uvicorn", "bench.floor_app:app", "--host", "127.0.0.1", "--port", str(port),
                               "--log-level", "warning"], env=env, cwd=ROOT)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                httpx.get(f"{base}/health", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        results = asyncio.run(_measure(base, company_token, staff_token, args))
    finally:
        server.terminate()
        server.wait(timeout=20)

    rows = [
        ("seed-demo", f"{args.companies} companies", f"{seed_seconds:.1f} s"),
        *results,
        ("SQL statements per request", "queue GraphQL / floor", f"{statements['queue GraphQL']} / {statements['queue floor']}"),
        ("SQL statements per request", "myPlan GraphQL / floor", f"{statements['myPlan GraphQL']} / {statements['myPlan floor']}"),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"\nshuro benchmark — {'PostgreSQL' if args.database_url else 'SQLite'}, {os.cpu_count()} cores")
    for name, what, value in rows:
        print(f"{name:<{width}}  {what:<34}  {value}")
    return 0


async def _measure(base: str, company_token: str, staff_token: str, args: argparse.Namespace) -> list[tuple[str, str, str]]:
    limits = httpx.Limits(max_connections=args.concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
        rows = []
        for name, token, graphql, floor in (
            ("staff queue plans(first: 50)", staff_token, {"query": QUEUE_QUERY}, "/bench/queue"),
            ("company myPlan (5 workers, 30 files)", company_token, {"query": MY_PLAN_QUERY}, "/bench/my-plan"),
        ):
            await _load(client, "POST", "/graphql", token, graphql, 20, 2)
            await _load(client, "GET", floor, token, None, 20, 2)
            gql_rps, gql_p95 = await _load(client, "POST", "/graphql", token, graphql, args.requests, args.concurrency)
            floor_rps, floor_p95 = await _load(client, "GET", floor, token, None, args.requests, args.concurrency)
            rows.append((name, "GraphQL / floor req/s (ratio)", f"{gql_rps:.0f} / {floor_rps:.0f} ({gql_rps / floor_rps:.2f}×)"))
            rows.append((name, "p95 GraphQL / floor", f"{gql_p95:.1f} ms / {floor_p95:.1f} ms"))
        stats_bodies = [{"query": "query($g: [PlanDimension!]!) { planStatistics(groupBy: $g) { key plans workers } }", "variables": {"g": g}} for g in STATISTICS]
        p50, p95 = await _timings(client, staff_token, stats_bodies, args.rounds)
        rows.append(("planStatistics", f"{len(STATISTICS)} groupings × {args.rounds}", f"p50 {p50:.1f} ms, p95 {p95:.1f} ms"))
        search_bodies = [{"query": "query($f: PlanFilter) { plans(filter: $f, first: 50) { totalCount edges { node { id } } } }", "variables": {"f": f}} for f in SEARCHES]
        p50, p95 = await _timings(client, staff_token, search_bodies, args.rounds)
        rows.append(("filtered plans searches", f"{len(SEARCHES)} filters × {args.rounds}", f"p50 {p50:.1f} ms, p95 {p95:.1f} ms"))
        return rows


if __name__ == "__main__":

    raise SystemExit(main())
