"""One command for the numbers the product is judged on (issues #7, #16). Run by hand, never in tests:

    .venv/bin/python -m bench.run                       # fresh SQLite under a temp folder (removed at the end)
    .venv/bin/python -m bench.run --quick --port 18500  # a smoke run in under a minute
    .venv/bin/python -m bench.run --database-url postgres://user@127.0.0.1:5432/empty_db --peer postgraphile

It seeds the demo data (timing `seed-demo`), adds one company whose plan has 5 workers and 30
attachments, starts the server (and PostGraphile 4 on the same database with `--peer`), and loads
each with wrk on 127.0.0.1, one run of each in turn. It prints requests/s of the staff queue and of
`myPlan` through GraphQL against a plain Starlette JSON route (the floor) and against the peer, SQL
statements per request, and p50/p95 of statistics and filtered searches.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx

from bench.load import Target, print_table, requests_per_second, serve, server_env, wrk_available
from bench.peer import PostGraphile, queries

QUEUE_QUERY = """query { plans(first: 50, filter: {statuses: [UNDER_REVIEW]}) { totalCount edges { cursor node { id applicationNumber status companyName queuedAt
  workers { id name nationality } } } } }"""
MY_PLAN_QUERY = """query { myPlan { id applicationNumber status companyName queuedAt workers { id name nationality }
  attachments { id fileName size } } }"""
CASE_QUERY = """query($id: ID!) { plan(id: $id) { id applicationNumber status companyName queuedAt
  workers { id name nationality birthDate sex jobCategory workStart workEnd salaryMode salaryAmount ccusWorkerId ccusWorkerIdReason
    employmentStatus }
  attachments { id documentItem fileName contentType size uploadedAt }
  history { at action fromStatus toStatus actorRole comment } } }"""
PEERS = {"postgraphile": (4, 5), "postgraphile4": (4,), "postgraphile5": (5,)}
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


async def _case(url: str) -> int:
    """The case a reviewer opens: the oldest UNDER_REVIEW plan with the most workers among the first 50."""
    from app.domain.plans.tally import refresh_tally
    from app.infra.database import database
    from app.models import Plan

    async with database(url, migrate=False):
        await refresh_tally()  # as the served process would within REFRESH_INTERVAL_SECONDS of the bench company's writes
        plans = await Plan.filter(status="UNDER_REVIEW").order_by("queued_at", "id").limit(50).values("id", "worker_count")
        return max(plans, key=lambda p: (p["worker_count"] or 0, -p["id"]))["id"]


async def _tokens(url: str) -> tuple[str, str, int] | None:
    """Tokens of the bench company and of MLIT staff, and the bench company's plan, in a database seeded
    before (None when the bench company is not there yet)."""
    from app.domain.accounts.authentication import log_in
    from app.infra.database import database
    from app.models import Plan

    async with database(url, migrate=False):
        plan = await Plan.get_or_none(company__login_id="bench-company")
        if plan is None:
            return None
        return (await log_in("bench-company", "Demo2026pass", None)).token, (await log_in("demo-mlit", "Demo2026pass", None)).token, plan.id


async def _prepare(url: str, upload_dir: Path) -> tuple[str, str, int]:
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
        plan = await save_plan_draft(viewer, complete_changes(workers=5))
        for n in range(30):
            await add_attachment(viewer, FolderStorage(upload_dir), BytesSource(PDF + str(n).encode()), f"{n}.pdf", None, "REMARKS")
        company_token = (await log_in("bench-company", "Demo2026pass", None)).token
        staff_token = (await log_in("demo-mlit", "Demo2026pass", None)).token
        return company_token, staff_token, plan.id


async def _timings(client: httpx.AsyncClient, token: str, bodies: list[dict], rounds: int,
                   before_each: Callable[[int], Awaitable[None]] | None = None) -> tuple[float, float]:
    """p50 and p95 in ms; `before_each` (not timed) runs before every request."""
    latencies = []
    for _ in range(rounds):
        for body in bodies:
            if before_each is not None:
                await before_each(len(latencies))
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
    parser.add_argument("--peer", choices=sorted(PEERS),
                        help="also measure PostGraphile 4 and 5 (postgraphile) or one of them on the same database (PostgreSQL only)")
    parser.add_argument("--seeded", action="store_true",
                        help="the database was seeded by an earlier run (bench company included): skip seeding")
    parser.add_argument("--seconds", type=int, default=10, help="length of each load run")
    parser.add_argument("--runs", type=int, default=2, help="alternating runs per server and request")
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=10, help="rounds of the statistics and search timings")
    parser.add_argument("--port", type=int, default=18000 + os.getpid() % 1000,
                        help="shuro's port on 127.0.0.1 (the peer takes the next one)")
    parser.add_argument("--quick", action="store_true",
                        help="a smoke run: 200 companies, one run of 2 s, 3 rounds (overrides those options)")
    args = parser.parse_args()
    if args.quick:
        args.companies, args.seconds, args.runs, args.rounds = 200, 2, 1, 3
    if not wrk_available():
        print("wrk is needed for the load (Debian: apt-get install wrk)", file=sys.stderr)
        return 2

    work = Path(tempfile.mkdtemp(prefix="shuro-bench-"))
    try:
        return _run(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)  # the SQLite file and the uploads


def _run(args: argparse.Namespace, work: Path) -> int:
    url = args.database_url or f"sqlite://{work / 'bench.sqlite3'}"
    env = server_env(url, work / "uploads")
    os.environ.update(env)
    from app.domain.accounts.passwords import configure_hashing

    configure_hashing(3, 65536)
    seed_row: list[tuple[str, str, str]] = []
    if args.seeded:
        company_token, staff_token, plan_id = asyncio.run(_tokens(url)) or asyncio.run(_prepare(url, work / "uploads"))
    else:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "app", "seed-demo", "--companies", str(args.companies)], env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=work)
        seed_row = [("seed-demo", f"{args.companies} companies", f"{time.perf_counter() - started:.1f} s")]
        company_token, staff_token, plan_id = asyncio.run(_prepare(url, work / "uploads"))
    case_id = asyncio.run(_case(url))  # also counts again the cube's cells the bench company touched
    statements = asyncio.run(_statements(url, company_token, staff_token))

    peers: list[PostGraphile] = []
    if args.peer and not args.database_url:
        print("the peers need PostgreSQL (--database-url): measuring without them", file=sys.stderr)
    elif args.peer:
        for number, major in enumerate(PEERS[args.peer], start=1):
            try:
                peer = PostGraphile(major, url, args.port + number)
            except RuntimeError as error:
                print(f"{error}: measuring without it", file=sys.stderr)
                continue
            peer.install()
            peers.append(peer)

    port = args.port
    server = serve(env, port)
    try:
        base = f"http://127.0.0.1:{port}"
        for peer in peers:
            peer.start()
        results = _throughput(base, peers, company_token, staff_token, plan_id, case_id, args)
        results += asyncio.run(_latencies(base, url, staff_token, args))
    finally:
        server.terminate()
        server.wait(timeout=20)
        for peer in peers:
            peer.stop()

    rows = [
        *seed_row,
        *results,
        ("SQL statements per request", "queue GraphQL / floor", f"{statements['queue GraphQL']} / {statements['queue floor']}"),
        ("SQL statements per request", "myPlan GraphQL / floor", f"{statements['myPlan GraphQL']} / {statements['myPlan floor']}"),
    ]
    print_table(f"shuro benchmark — {'PostgreSQL' if args.database_url else 'SQLite'}, {os.cpu_count()} cores, "
                f"{args.connections} connections, {args.runs} alternating runs of {args.seconds} s", rows)
    return 0


def _span(values: list[float]) -> str:
    return f"{min(values):.0f}–{max(values):.0f}" if len(values) > 1 else f"{values[0]:.0f}"


def _throughput(base: str, peers: list[PostGraphile], company_token: str, staff_token: str, plan_id: int, case_id: int,
                args: argparse.Namespace) -> list[tuple[str, str, str]]:
    """Requests/s of shuro, the floor and each peer, one run of each in turn, `runs` times."""
    from app.graphql.core.ids import encode_id

    scenarios = [
        ("staff queue (50 UNDER_REVIEW plans)", Target(f"{base}/graphql", {"query": QUEUE_QUERY}, staff_token),
         Target(f"{base}/bench/queue", None, staff_token), {peer: Target(peer.url, {"query": queries(peer.major)["queue"]}) for peer in peers}),
        ("company myPlan (5 workers, 30 files)", Target(f"{base}/graphql", {"query": MY_PLAN_QUERY}, company_token),
         Target(f"{base}/bench/my-plan", None, company_token),
         {peer: Target(peer.url, {"query": queries(peer.major)["plan"], "variables": {"id": plan_id}}) for peer in peers}),
        ("case: a reviewer opens a plan", Target(f"{base}/graphql", {"query": CASE_QUERY, "variables": {"id": encode_id("Plan", case_id)}},
                                                 staff_token),
         None, {peer: Target(peer.url, {"query": queries(peer.major)["case"], "variables": {"id": case_id}}) for peer in peers}),
    ]
    rows = []
    for name, shuro, floor, others in scenarios:
        for other in others.values():
            _check_same_answer(shuro, other)
        figures: dict[str, list[float]] = {"shuro": [], "floor": [], **{peer.name: [] for peer in others}}
        for _ in range(args.runs):
            for key, target in (("shuro", shuro), *((peer.name, t) for peer, t in others.items()), ("floor", floor)):
                if target is not None:
                    figures[key].append(requests_per_second(target, args.seconds, args.connections))
        median = {k: max(statistics.median(v), 0.01) for k, v in figures.items() if v}
        if floor is not None:
            rows.append((name, "shuro / floor req/s (ratio)", f"{_span(figures['shuro'])} / {_span(figures['floor'])} "
                                                             f"({median['shuro'] / median['floor']:.2f}×)"))
        else:
            rows.append((name, "shuro req/s", _span(figures["shuro"])))
        for peer in others:
            rows.append((name, f"shuro / {peer.name} {peer.version} req/s (ratio)",
                         f"{_span(figures['shuro'])} / {_span(figures[peer.name])} ({median['shuro'] / median[peer.name]:.2f}×)"))
    return rows


def _check_same_answer(shuro: Target, peer: Target) -> None:
    """Both answer without errors and with as many plans, workers, files and history events (the peer reads the same rows)."""
    mine = httpx.post(shuro.url, json=shuro.body, headers={"Authorization": f"Bearer {shuro.token}"}, timeout=30).json()
    assert "errors" not in mine, mine
    theirs = httpx.post(peer.url, json=peer.body, timeout=30).json()
    assert "errors" not in theirs, theirs
    if "plans" in mine["data"]:
        ours, other = mine["data"]["plans"], theirs["data"]["allPlans"]
        assert ours["totalCount"] == other["totalCount"], (ours["totalCount"], other["totalCount"])
        assert [len(e["node"]["workers"]) for e in ours["edges"]] == [len(e["node"]["workersByPlanId"]["nodes"]) for e in other["edges"]]
        return
    ours, other = mine["data"].get("myPlan") or mine["data"]["plan"], theirs["data"].get("planById") or theirs["data"]["planByRowId"]
    assert len(ours["workers"]) == len(other["workersByPlanId"]["nodes"])
    assert len(ours["attachments"]) == len(other["attachmentsByPlanId"]["nodes"])
    if "history" in ours:
        assert len(ours["history"]) == len(other["planEventsByPlanId"]["nodes"])


async def _latencies(base: str, url: str, staff_token: str, args: argparse.Namespace) -> list[tuple[str, str, str]]:
    from app.domain.plans.tally import refresh_tally
    from app.infra.database import database
    from app.models import Worker

    async with httpx.AsyncClient(base_url=base, timeout=30) as client, database(url, migrate=False):
        rows = []
        stats_bodies = [{"query": "query($g: [PlanDimension!]!) { planStatistics(groupBy: $g) { key plans workers } }", "variables": {"g": g}} for g in STATISTICS]
        p50, p95 = await _timings(client, staff_token, stats_bodies, args.rounds)
        rows.append(("planStatistics", f"{len(STATISTICS)} groupings × {args.rounds}", f"p50 {p50:.1f} ms, p95 {p95:.1f} ms"))
        # Each request right after a write to a certified plan's worker: its cells are counted again first.
        worker = await Worker.filter(plan__status="CERTIFIED").order_by("id").first()
        assert worker is not None
        categories = ["CIVIL", "BUILDING"]

        async def write(round_number: int) -> None:
            await Worker.filter(id=worker.id).update(job_category=categories[round_number % 2])

        p50, p95 = await _timings(client, staff_token, stats_bodies, args.rounds, before_each=write)
        rows.append(("planStatistics after a write", f"{len(STATISTICS)} groupings × {args.rounds}", f"p50 {p50:.1f} ms, p95 {p95:.1f} ms"))
        await refresh_tally()  # what the served process does within REFRESH_INTERVAL_SECONDS (the bench server runs no jobs)
        search_bodies = [{"query": "query($f: PlanFilter) { plans(filter: $f, first: 50) { totalCount edges { node { id } } } }", "variables": {"f": f}} for f in SEARCHES]
        p50, p95 = await _timings(client, staff_token, search_bodies, args.rounds)
        rows.append(("filtered plans searches", f"{len(SEARCHES)} filters × {args.rounds}", f"p50 {p50:.1f} ms, p95 {p95:.1f} ms"))
        return rows


if __name__ == "__main__":

    raise SystemExit(main())
