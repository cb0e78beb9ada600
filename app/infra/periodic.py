"""Background work of the served process: a job run again and again until the process stops, by one
process of the installation at a time (a row lease, `leases.py`)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta

from app.infra.leases import take_lease
from app.infra.metrics import PERIODIC_RUNS

log = logging.getLogger(__name__)

# The lease outlives two missed rounds of its holder before another process takes the task over.
LEASE_ROUNDS = 2.5


async def run_periodically(job: Callable[[], Awaitable[object]], interval_seconds: float, stop: asyncio.Event, name: str) -> None:
    """Run `job` when this process holds the task's lease, then wait `interval_seconds` or until
    `stop`; a failing round is logged and the next one runs as planned (the rows the job works on say
    what is left)."""
    lease = timedelta(seconds=interval_seconds * LEASE_ROUNDS)
    while not stop.is_set():
        try:
            if await take_lease(name, lease):
                await job()
                PERIODIC_RUNS.labels(task=name).inc()
        except Exception:
            log.exception("%s failed", name)
        try:
            await asyncio.wait_for(stop.wait(), timeout=interval_seconds)
        except asyncio.TimeoutError:
            pass
