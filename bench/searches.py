"""Filtered searches filter by filter (#28, goal 3). Run by hand on a database seeded by `seed-demo`:

    .venv/bin/python -m bench.searches --database-url postgres://…/b100k

It adds `bench.run`'s company if it is not there, serves shuro on 127.0.0.1, logs in as MLIT staff and asks `plans(filter:, first: 50)` with
`totalCount` for each of `bench.run`'s filters, ROUNDS times each in turn, printing p50 and p95 per
filter and over all of them (the figure of `bench.run`)."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import time
from pathlib import Path

import httpx

from bench.load import print_table, serve, server_env
from bench.run import SEARCHES, _prepare, _tokens, percentile

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "20"))
QUERY = "query($f: PlanFilter) { plans(filter: $f, first: 50) { totalCount edges { node { id } } } }"


async def _refresh_cube(url: str) -> None:
    """As the served process does within REFRESH_INTERVAL_SECONDS of the last writes."""
    from app.domain.plans.tally import refresh_tally
    from app.infra.database import database

    async with database(url, migrate=False):
        await refresh_tally()


def _timed(client: httpx.Client, token: str) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {json.dumps(f, ensure_ascii=False): [] for f in SEARCHES}
    for _ in range(ROUNDS + 1):  # the first round warms up
        for search, latencies in times.items():
            started = time.perf_counter()
            response = client.post("/graphql", json={"query": QUERY, "variables": {"f": json.loads(search)}},
                                   headers={"Authorization": f"Bearer {token}"})
            latencies.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200 and "errors" not in response.json(), response.text[:300]
    return {search: latencies[1:] for search, latencies in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description="filtered searches at scale (127.0.0.1 only)")
    parser.add_argument("--database-url", required=True, help="a database seeded by seed-demo")
    parser.add_argument("--port", type=int, default=18900 + os.getpid() % 100)
    args = parser.parse_args()
    env = server_env(args.database_url)
    os.environ.update(env)
    tokens = asyncio.run(_tokens(args.database_url)) or asyncio.run(_prepare(args.database_url, Path(env["SHURO_UPLOAD_DIR"])))
    asyncio.run(_refresh_cube(args.database_url))
    server = serve(env, args.port)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{args.port}", timeout=60) as client:
            times = _timed(client, tokens[1])
    finally:
        server.terminate()
        server.wait()
    rows = [(search, f"{ROUNDS} requests", f"p50 {percentile(t, 0.5):.1f} ms, p95 {percentile(t, 0.95):.1f} ms") for search, t in times.items()]
    every = [latency for t in times.values() for latency in t]
    rows.append(("all filters", f"{len(every)} requests", f"p50 {percentile(every, 0.5):.1f} ms, p95 {percentile(every, 0.95):.1f} ms"))
    print_table(f"shuro filtered searches — {args.database_url.split(':')[0]}", rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
