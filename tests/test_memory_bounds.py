"""#24.2: nobody, logged in or not, makes a server process hold memory by sending many large distinct
documents: the per-process caches are bounded by bytes, a large document is never kept, and a JSON
body past what any real document needs is refused before it is parsed. Measured on a real served
process (its resident memory), on SQLite."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from app.graphql.core.document_cache import BoundedCache
from tests.served import ServedApp

MB = 1024 * 1024


def _resident(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


def _document(n: int, size: int) -> str:
    """A valid anonymous query padded with a comment to `size` characters, distinct per `n`."""
    head = f"query Padded{n} {{ __typename }}\n# "
    return head + (f"{n:08d}" * (size // 8))[: size - len(head)]


@pytest.mark.parametrize("dialect", ["sqlite"], indirect=True)
async def test_large_distinct_documents_leave_memory_flat(db_url: str, tmp_path: Path) -> None:
    server = ServedApp(db_url, tmp_path / "served")
    with server:
        async with httpx.AsyncClient(timeout=60) as http:
            async def send(n: int, size: int) -> int:
                response = await http.post(f"{server.base}/graphql", json={"query": _document(n, size)})
                return response.status_code

            assert await send(0, 2000) == 200
            for n in range(1, 21):  # warm up: the allocator's and the caches' steady state with small documents
                await send(n, 2000)
            assert server.process is not None
            before = _resident(server.process.pid)
            statuses = []
            for start in range(0, 200, 10):
                statuses += await asyncio.gather(*(send(1000 + n, MB) for n in range(start, start + 10)))
            after = _resident(server.process.pid)
            assert set(statuses) == {200}, set(statuses)  # a 1 MB document is still answered
            assert after - before < 64 * MB, f"resident memory grew by {(after - before) / MB:.0f} MB"
            over = await http.post(f"{server.base}/graphql", json={"query": _document(9999, 3 * MB)})
            assert over.status_code == 413 and over.json()["errors"][0]["extensions"]["code"] == "PAYLOAD_TOO_LARGE"


def test_the_cache_keeps_within_its_bytes_and_never_a_large_entry() -> None:
    cache: BoundedCache[str, str] = BoundedCache(max_entries=100, max_bytes=1000, max_item_bytes=300)
    made = []
    for n in range(50):
        cache.get_or_make(f"k{n}", 100, lambda n=n: made.append(n) or f"v{n}")
    assert len(cache) == 10 and cache.bytes == 1000
    assert cache.get_or_make("k49", 100, lambda: "again") == "v49"  # kept: not made again
    cache.get_or_make("big", 301, lambda: "big value")
    assert "big" not in cache._entries and cache.bytes == 1000
    assert cache.get_or_make("big", 301, lambda: "made anew") == "made anew"
