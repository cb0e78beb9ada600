"""Writes at national scale (#28, goal 4). Run by hand on a PostgreSQL database seeded by `bench.run`:

    .venv/bin/python -m bench.writes --database-url postgres://…/b100k

1. Latency: `--companies` (30) fresh companies file complete drafts; through the served GraphQL API (the documented
   operations of graphql/operations/) each is submitted, half are remanded and half accepted, certified,
   changed by a 変更申請 that MLIT certifies, notified of a new phone number and given an acceptance report.
   p50 and p95 of each mutation. (The SQL statements of each are counted by tests/test_write_statements.py,
   the same for plans of 2 and 14 workers.)
2. Throughput: MLIT accepts distinct 申請中 plans of the seeded data from 4 connections for a fixed time
   (wrk, every request a different plan), against one server process and then against `--workers 2`."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import httpx

from bench.load import ROOT, print_table, server_env
from bench.run import percentile
from tests.operations import documents

COMPANIES = 30


async def _prepare(url: str, upload_dir: Path, companies: int = COMPANIES) -> list[str]:
    """Login IDs of fresh companies whose drafts are complete (5 workers, every required file)."""
    from app.domain import clock
    from app.domain.accounts.sessions import viewer_of_company
    from app.domain.plans.draft import save_plan_draft
    from app.infra.database import database
    from app.models import CompanyAccount
    from tests.plan_builder import attach_required, complete_changes

    logins = []
    async with database(url, migrate=False):
        password_hash = (await CompanyAccount.get(login_id="demo-000001")).password_hash
        stamp = int(time.time()) % 100000
        for n in range(companies):
            number = f"{stamp:05d}{n:02d}"[-6:]
            company = await CompanyAccount.create(
                login_id=f"bench-writes-{stamp}-{n}", license_authority="MINISTER", license_number=number, license_key=f"MINISTER:{number}:w{stamp}",
                license_text=f"国土交通大臣許可(般-1)第{number}号", company_name=f"書込計測{n}建設株式会社", email=f"writes{stamp}-{n}@example.jp",
                password_hash=password_hash, password_changed_at=clock.now())
            viewer = viewer_of_company(company)
            await save_plan_draft(viewer, complete_changes(workers=5))
            await attach_required(viewer, upload_dir)
            logins.append(company.login_id)
    return logins


def _stop(server: subprocess.Popen) -> None:
    server.terminate()
    try:
        server.wait(timeout=60)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def _serve(url: str, port: int, workers: int, upload_dir: Path) -> subprocess.Popen:
    env = server_env(url, upload_dir)
    server = subprocess.Popen([sys.executable, "-m", "app", "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)],
                              env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(150):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    raise RuntimeError("shuro did not start")


class Client:
    def __init__(self, base: str) -> None:
        self.http = httpx.Client(base_url=base, timeout=60)
        self.times: dict[str, list[float]] = {}

    def call(self, name: str, variables: dict | None = None, token: str | None = None, timed: bool = True) -> dict:
        started = time.perf_counter()
        response = self.http.post("/graphql", json={"query": documents()[name], "operationName": name, "variables": variables or {}},
                                  headers={"Authorization": f"Bearer {token}"} if token else {})
        elapsed = (time.perf_counter() - started) * 1000
        body = response.json()
        assert response.status_code == 200 and "errors" not in body, body
        payload = next(iter(body["data"].values()))
        assert not (isinstance(payload, dict) and payload.get("errors")), payload
        if timed:
            self.times.setdefault(name, []).append(elapsed)
        return payload

    def login(self, login_id: str) -> str:
        return self.call("Login", {"input": {"loginId": login_id, "password": "Demo2026pass"}}, timed=False)["token"]


TIMED = ("SubmitPlan", "RemandPlan", "AcceptPlan", "CertifyPlan", "ApplyForChange", "AcceptChangeApplication", "CertifyChangeApplication",
         "FileChangeNotification", "RegisterAcceptanceReport")
# The served process's first rounds of its periodic tasks (reminders, the cube, storage) start with it.
SETTLE_SECONDS = 5


def _warm_up(client: Client) -> None:
    """What a served process does once: its periodic tasks' first rounds, and parsing and validating each
    timed document (sent without a token, refused before anything is written)."""
    time.sleep(SETTLE_SECONDS)
    for name in TIMED:
        client.http.post("/graphql", json={"query": documents()[name], "operationName": name, "variables": {}})


def _latencies(base: str, logins: list[str]) -> dict[str, list[float]]:
    client = Client(base)
    _warm_up(client)
    mlit = client.login("demo-mlit")
    companies = [(login, client.login(login)) for login in logins]
    plans = {login: client.call("SubmitPlan", token=token)["plan"]["id"] for login, token in companies}
    for n, (login, token) in enumerate(companies):
        plan_id = plans[login]
        if n % 2:
            client.call("RemandPlan", {"input": {"planId": plan_id, "comment": "添付書類を確認してください。"}}, mlit)
            continue
        client.call("AcceptPlan", {"input": {"planId": plan_id}}, mlit)
        client.call("CertifyPlan", {"input": {"planId": plan_id}}, mlit)
        change = client.call("ApplyForChange", {"input": {"changes": {"representativeName": "新 代表"}}}, token)["changeApplication"]["id"]
        client.call("AcceptChangeApplication", {"input": {"changeApplicationId": change}}, mlit, timed=False)
        client.call("CertifyChangeApplication", {"input": {"changeApplicationId": change}}, mlit)
        client.call("FileChangeNotification", {"input": {"changes": {"phone": "03-1111-2222"}}}, token)
        worker = _first_worker(client, token)
        client.call("RegisterAcceptanceReport", {"input": {"workerId": worker, "employmentStatus": "CANCELLED"}}, token)
    return client.times


def _first_worker(client: Client, token: str) -> str:
    response = client.http.post("/graphql", json={"query": "{ myPlan { workers { id } } }"}, headers={"Authorization": f"Bearer {token}"})
    return response.json()["data"]["myPlan"]["workers"][0]["id"]


async def _applied_plans(url: str, count: int) -> list[int]:
    from app.infra.database import database
    from app.models import Plan

    async with database(url, migrate=False):
        return list(await Plan.filter(status="APPLIED").order_by("id").limit(count).values_list("id", flat=True))


def _accepts_per_second(base: str, token: str, plan_ids: list[int], seconds: int) -> tuple[float, int]:
    """wrk from 4 connections, each request accepting the next plan of the list (Lua cycles through them):
    the seconds it ran and the requests it sent. Against two workers wrk sends some bodies twice (the
    second is refused, 申請状態が「審査中」), so what counts is the plans moved in that time, not wrk's rate."""
    from app.graphql.core.ids import encode_id

    bodies = [json.dumps({"query": documents()["AcceptPlan"], "operationName": "AcceptPlan",
                          "variables": {"input": {"planId": encode_id("Plan", pid)}}}) for pid in plan_ids]
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "accept.lua"
        # Each wrk thread has its own Lua state: thread n takes bodies n, n + THREADS, … (no plan twice).
        lines = ["bodies = {"] + [f"[==[{body}]==]," for body in bodies] + ["}", "started = 0",
                 "function setup(thread) thread:set('offset', started); started = started + 1 end",
                 "counter = 0", "request = function()",
                 "  local body = bodies[((counter * 4 + offset) % #bodies) + 1]", "  counter = counter + 1",
                 f'  return wrk.format("POST", nil, {{["Content-Type"] = "application/json", ["Authorization"] = "Bearer {token}"}}, body)',
                 "end"]
        script.write_text("\n".join(lines), encoding="utf-8")
        result = subprocess.run(["wrk", "-t", "4", "-c", "4", "-d", f"{seconds}s", "-s", str(script), f"{base}/graphql"],
                                check=True, capture_output=True, text=True)
    found = re.search(r"(\d+) requests in ([\d.]+)s", result.stdout)
    assert found is not None, result.stdout
    return float(found.group(2)), int(found.group(1))


@dataclass(frozen=True)
class CpuUse:
    """CPU seconds over a timed run, read from /proc: the machine's (busy and stolen by the host), shuro's
    processes, PostgreSQL's and wrk's. With `--workers 2` they show whether the cores, not shuro, set the rate."""

    seconds: float
    busy: float  # cores, on average
    steal: float
    shuro: float
    database: float
    wrk: float


def _machine_ticks() -> tuple[int, int, int]:
    """All, busy and stolen ticks of every core since boot (/proc/stat)."""
    user, nice, system, idle, iowait, irq, softirq, steal = (int(v) for v in Path("/proc/stat").read_text().split("\n")[0].split()[1:9])
    total = user + nice + system + idle + iowait + irq + softirq + steal
    return total, total - idle - iowait - steal, steal


def _process_seconds(server_pid: int) -> tuple[float, float]:
    """CPU seconds so far of the server's process tree and of PostgreSQL's processes."""
    shuro = database = 0.0
    parents: dict[int, int] = {}
    used: dict[int, tuple[str, float]] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            text = (entry / "stat").read_text()
        except OSError:
            continue
        name, _, rest = text.partition(" (")[2].rpartition(") ")
        fields = rest.split()
        parents[int(entry.name)] = int(fields[1])
        used[int(entry.name)] = (name, (int(fields[11]) + int(fields[12])) / tick)
    for pid, (name, seconds) in used.items():
        ancestor = pid
        while ancestor not in (0, 1, server_pid) and ancestor in parents:
            ancestor = parents[ancestor]
        if ancestor == server_pid:
            shuro += seconds
        elif name.startswith("postgres"):
            database += seconds
    return shuro, database


def _timed_run(server_pid: int, run: Callable[[], tuple[float, int]]) -> tuple[float, int, CpuUse]:
    """`run` (wrk), with the CPU each part used meanwhile."""
    ticks, processes, children = _machine_ticks(), _process_seconds(server_pid), resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    ran, sent = run()
    seconds = time.perf_counter() - started
    ticks_after, processes_after, children_after = _machine_ticks(), _process_seconds(server_pid), resource.getrusage(resource.RUSAGE_CHILDREN)
    total = ticks_after[0] - ticks[0]
    cores = os.cpu_count() or 1
    wrk = children_after.ru_utime + children_after.ru_stime - children.ru_utime - children.ru_stime
    use = CpuUse(seconds, (ticks_after[1] - ticks[1]) / total * cores, (ticks_after[2] - ticks[2]) / total * cores,
                 processes_after[0] - processes[0], processes_after[1] - processes[1], wrk)
    return ran, sent, use


async def _accepted(url: str, plan_ids: list[int]) -> int:
    from app.infra.database import database
    from app.models import Plan

    async with database(url, migrate=False):
        return await Plan.filter(id__in=plan_ids, status="UNDER_REVIEW").count()


def main() -> int:
    parser = argparse.ArgumentParser(description="writes at scale (127.0.0.1 only)")
    parser.add_argument("--database-url", required=True, help="a PostgreSQL database seeded by bench.run")
    parser.add_argument("--port", type=int, default=18900 + os.getpid() % 50)
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--companies", type=int, default=COMPANIES, help="companies whose writes are timed (half of them for each step after submit)")
    parser.add_argument("--latency-only", action="store_true", help="time the mutations, leave the seeded 申請中 plans for a throughput run")
    args = parser.parse_args()
    upload_dir = Path(tempfile.mkdtemp(prefix="shuro-bench-writes-"))
    from app.domain.accounts.passwords import configure_hashing

    configure_hashing(3, 65536)
    logins = asyncio.run(_prepare(args.database_url, upload_dir, args.companies))
    # The served process's first reminder round over seeded data would run beside the measured writes: run it first.
    subprocess.run([sys.executable, "-m", "app", "send-reminders"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
                   env=server_env(args.database_url, upload_dir))
    rows = []
    server = _serve(args.database_url, args.port, 1, upload_dir)
    base = f"http://127.0.0.1:{args.port}"
    try:
        for name, times in _latencies(base, logins).items():
            rows.append((name, f"{len(times)} requests", f"p50 {percentile(times, 0.5):.1f} ms, p95 {percentile(times, 0.95):.1f} ms"))
        mlit = Client(base).login("demo-mlit")
    finally:
        _stop(server)
    if args.latency_only:
        print_table(f"shuro writes — PostgreSQL, {os.cpu_count()} cores", rows)
        return 0
    pool = asyncio.run(_applied_plans(args.database_url, 6000))
    halves = {1: pool[: len(pool) // 2], 2: pool[len(pool) // 2:]}
    rates = {}
    for workers, plan_ids in halves.items():
        server = _serve(args.database_url, args.port, workers, upload_dir)
        try:
            time.sleep(SETTLE_SECONDS)  # the new processes' first rounds of their periodic tasks (the cube after the last run's moves)
            ran, sent, use = _timed_run(server.pid, partial(_accepts_per_second, base, mlit, plan_ids, args.seconds))
        finally:
            _stop(server)
        moved = asyncio.run(_accepted(args.database_url, plan_ids))
        rates[workers] = rate = moved / ran
        label = f"AcceptPlan, {workers} worker{'s' if workers > 1 else ''}"
        rows.append((label, f"{sent} requests, {moved} plans moved", f"{rate:.0f} transitions/s"))
        rows.append((f"  CPU, {workers} worker{'s' if workers > 1 else ''}", f"cores busy {use.busy:.2f} of {os.cpu_count()}",
                     (f"per transition: shuro {use.shuro / moved * 1000:.1f} ms, PostgreSQL {use.database / moved * 1000:.1f} ms, "
                     f"wrk {use.wrk / moved * 1000:.1f} ms; stolen by the host {use.steal:.2f} cores")))
    rows.append(("--workers 2 / 1", "", f"{rates[2] / rates[1]:.2f}×"))
    print_table(f"shuro writes — PostgreSQL, {os.cpu_count()} cores", rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
