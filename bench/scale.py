"""Whether the reads slow down with the data (issue #16): two databases that `bench.run` seeded
(say 25 000 and 100 000 companies), one server on each, loaded in turn with wrk so that both see
the same machine. Run by hand, never in tests:

    .venv/bin/python -m bench.scale --database-url postgres://…/small --database-url postgres://…/large
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys

from bench.load import Target, requests_per_second, serve, server_env, wrk_available
from bench.run import MY_PLAN_QUERY, QUEUE_QUERY


async def _tokens(url: str) -> tuple[str, str]:
    """Tokens of MLIT staff and of the company that `bench.run` added (its plan: 5 workers, 30 files)."""
    from app.domain.accounts.authentication import log_in
    from app.infra.database import database

    async with database(url, migrate=False):
        return (await log_in("demo-mlit", "Demo2026pass", None)).token, (await log_in("bench-company", "Demo2026pass", None)).token


def _serve(url: str, port: int) -> subprocess.Popen:
    return serve(server_env(url), port)


def main() -> int:
    parser = argparse.ArgumentParser(description="the same reads on two databases, loaded in turn (127.0.0.1 only)")
    parser.add_argument("--database-url", action="append", required=True, help="a database seeded by bench.run; give two")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--connections", type=int, default=4)
    args = parser.parse_args()
    if len(args.database_url) != 2 or not wrk_available():
        print("two --database-url and wrk (Debian: apt-get install wrk) are needed", file=sys.stderr)
        return 2
    from app.domain.accounts.passwords import configure_hashing

    configure_hashing(3, 65536)
    servers, bases = [], []
    try:
        for index, url in enumerate(args.database_url):
            port = 18600 + index + os.getpid() % 100 * 2
            servers.append(_serve(url, port))
            bases.append(f"http://127.0.0.1:{port}")
        tokens = [asyncio.run(_tokens(url)) for url in args.database_url]
        rows = []
        for name, query, which in (("staff queue (50 UNDER_REVIEW plans)", QUEUE_QUERY, 0), ("company myPlan", MY_PLAN_QUERY, 1)):
            targets = [Target(f"{base}/graphql", {"query": query}, token[which]) for base, token in zip(bases, tokens)]
            figures: list[list[float]] = [[], []]
            for _ in range(args.runs):
                for index, target in enumerate(targets):
                    figures[index].append(requests_per_second(target, args.seconds, args.connections))
            medians = [statistics.median(f) for f in figures]
            spans = " / ".join(f"{min(f):.0f}–{max(f):.0f}" for f in figures)
            rows.append(f"{name:<38} first / second database req/s {spans} (second at {medians[1] / medians[0]:.2f}× the first)")
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=20)
    print(f"\nshuro scale check — {os.cpu_count()} cores, {args.connections} connections, {args.runs} alternating runs of {args.seconds} s")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
